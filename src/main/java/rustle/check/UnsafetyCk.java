package rustle.check;

import java.lang.reflect.RecordComponent;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Span;
import rustle.ast.Stmt;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.FnSig;
import rustle.types.RawPtrs;

/**
 * rustc's unsafety check (E0133): outside an {@code unsafe} block or {@code unsafe fn} body, dereferencing a
 * raw pointer, calling an unsafe function and using a {@code static mut} are errors. Runs over each checked
 * user body with the type tables; nested items are bodies of their own and are not entered.
 */
final class UnsafetyCk {
  private final Tables tables;
  private final List<Diagnostic> errors;

  private UnsafetyCk(Tables tables, List<Diagnostic> errors) {
    this.tables = tables;
    this.errors = errors;
  }

  static void check(Items items, Tables tables, List<Diagnostic> errors) {
    UnsafetyCk ck = new UnsafetyCk(tables, errors);
    for (FnSig.Def d : items.bodies) {
      if (d.fromPrelude || !d.item.hasBody() || d.item.isForeign()) continue;
      ck.walk(d.item.body(), d.item.isUnsafe());
    }
    for (ConstDef c : items.consts.values()) if (c.item.value() != null) ck.walk(c.item.value(), false);
  }

  private void walk(Object n, boolean safe) {
    if (n == null || n instanceof Item) return;
    if (n instanceof List<?> l) {
      for (Object o : l) walk(o, safe);
      return;
    }
    if (n instanceof Expr e) {
      if (e instanceof Expr.Block b && b.unsafe()) safe = true;
      if (!safe) visit(e);
      if (e instanceof Expr.Cast c && c.operand() instanceof Expr.Borrow b && RawPtrs.is(tables.types[c.id()])
          && isStaticMut(b.operand())) {
        return; // `&raw const STATIC` (and `&STATIC as *const _`) only takes the address.
      }
    } else if (!(n instanceof Stmt || n instanceof Expr.Arm || n instanceof Expr.FieldInit
        || n instanceof Expr.MacroArg)) {
      return;
    }
    for (RecordComponent rc : n.getClass().getRecordComponents()) {
      Class<?> t = rc.getType();
      if (t.isPrimitive() || t == String.class || t == Span.class) continue;
      try {
        walk(rc.getAccessor().invoke(n), safe);
      } catch (ReflectiveOperationException ex) {
        throw new IllegalStateException(ex);
      }
    }
  }

  private void visit(Expr e) {
    if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF && RawPtrs.is(tables.types[u.operand().id()])) {
      error("dereference of raw pointer", e.span(), "raw pointers may be null, dangling or unaligned; they can "
          + "violate aliasing rules and cause data races: all of these are undefined behavior");
    } else if (e instanceof Expr.Call c && c.callee() instanceof Expr.PathExpr p) {
      String name = unsafeCallee(tables.res[p.id()]);
      if (name != null) callError(name, e.span());
    } else if (e instanceof Expr.MethodCall m && tables.res[m.id()] instanceof MethodRes r && r.def() != null
        && r.def().item.isUnsafe()) {
      callError(methodPath(r.def()), e.span());
    } else if (isStaticMut(e)) {
      error("use of mutable static", e.span(),
          "mutable statics can be mutated by multiple threads: aliasing violations or data races will cause "
          + "undefined behavior");
    }
  }

  private boolean isStaticMut(Expr e) {
    return e instanceof Expr.PathExpr p && tables.res[p.id()] instanceof Res.Const c && c.def().item.isStatic()
        && c.def().item.mutable();
  }

  /** rustc's name of an unsafe callee, or null when the callee is safe. */
  private static String unsafeCallee(Object res) {
    if (res instanceof Res.Fn f && f.def().item != null && f.def().item.isUnsafe()) {
      return f.def().fromPrelude ? methodPath(f.def()) : f.def().path();
    }
    if (res instanceof Res.Intrinsic in && RawPtrIntrinsicNames.UNSAFE.contains(in.name())) {
      return "std::" + in.name();
    }
    return null;
  }

  /** How rustc names a std method of a raw pointer: {@code std::ptr::const_ptr::<impl *const T>::add}. */
  private static String methodPath(FnSig.Def d) {
    if (!d.fromPrelude) return d.path();
    String owner = d.path().substring(0, d.path().indexOf("::"));
    if (owner.equals(RawPtrs.CONST)) return "std::ptr::const_ptr::<impl *const T>::" + d.name;
    if (owner.equals(RawPtrs.MUT)) return "std::ptr::mut_ptr::<impl *mut T>::" + d.name;
    return d.path();
  }

  private void callError(String name, Span span) {
    error("call to unsafe function `" + name + "`", span, "consult the function's documentation for information "
        + "on how to avoid undefined behavior");
  }

  private void error(String what, Span span, String note) {
    errors.add(Errors.coded("E0133", what + " is unsafe and requires unsafe function or block", span,
        what.startsWith("call") ? "call to unsafe function" : what).withNote(note));
  }
}
