package rustle.check;

import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Prim;
import rustle.types.Subst;
import rustle.types.Ty;

/**
 * The pattern argument of std's str methods (the prelude's type parameter {@code P}): std's
 * {@code Pattern} is a char, a string, chars, or a {@code FnMut(char) -> bool}. A closure there gets its
 * signature from that bound as in rustc; any other type is E0277.
 */
final class StrPatternCk {
  private final FnCk cx;

  StrPatternCk(FnCk cx) {
    this.cx = cx;
  }

  /** The index among def's parameters (self first) of the pattern, or -1 when def takes none. */
  static int patternParam(FnSig.Def def) {
    if (!def.fromPrelude || !def.path().startsWith("str::")) return -1;
    for (int i = 0; i < def.params.size(); i++) {
      if (def.params.get(i) instanceof Ty.Param gp && gp.index() < def.generics.size()
          && def.generics.get(gp.index()).name().equals("P")) return i;
    }
    return -1;
  }

  /**
   * Hints a closure passed as the pattern (parameter i, self first) with std's FnMut(char); its return
   * type is left to its body, then checked to be bool (E0271 as rustc, not E0308).
   */
  void hint(FnSig.Def def, List<Ty> hints, List<String> kinds) {
    int i = patternParam(def);
    if (i < 0) return;
    hints.set(i, new Ty.FnPtr(List.of(Prim.CHAR), cx.infer.fresh()));
    kinds.set(i, "FnMut");
  }

  /** Reports a pattern argument of a type std's Pattern is not implemented for; true when it did. */
  boolean check(Expr.MethodCall m, FnSig.Def def) {
    if (def.fromPrelude && def.path().equals("str::get")) return rangeIndex(m);
    int i = patternParam(def) - 1;
    if (i < 0 || i >= m.args().size()) return false;
    Expr a = m.args().get(i);
    Ty t0 = cx.resolve(cx.tables.types[a.id()]);
    if (t0 == null || t0 instanceof rustle.types.Infer || t0 instanceof Ty.Param) return false;
    Ty t = t0;
    int refs = 0;
    while (t instanceof Ty.Ref r) {
      t = cx.resolve(r.inner());
      refs++;
    }
    if (refs == 0 && t == Prim.CHAR) return false;
    if (refs == 1 && (t == Prim.STR || t instanceof Ty.Adt ad && ad.def().builtin == AdtDef.Builtin.STRING)) return false;
    if (refs == 2 && t == Prim.STR) return false;
    if (refs <= 1 && t instanceof Ty.Array arr && cx.resolve(arr.elem()) == Prim.CHAR) return false;
    if (refs == 1 && t instanceof Ty.Slice sl && cx.resolve(sl.elem()) == Prim.CHAR) return false;
    if (t instanceof Ty.Closure || t instanceof Ty.FnDef) return fnPattern(m, a, t);
    // A fn pointer: named unsupported already (MethodLookup.fnPointerArgs, the pattern hinted as FnMut).
    if (t instanceof Ty.FnPtr) return true;
    cx.error(Errors.coded("E0277", "the trait bound `" + cx.show(t0) + ": Pattern` is not satisfied", a.span(),
        "the trait `FnMut(char)` is not implemented for `" + cx.show(t0) + "`")
        .withLabel(m.nameSpan(), "required by a bound introduced by this call"));
    return true;
  }

  /** str::get takes a range of usize (SliceIndex<str>): its bounds are usize; anything else is E0277. */
  private boolean rangeIndex(Expr.MethodCall m) {
    if (m.args().size() != 1) return false;
    Expr a = m.args().get(0);
    Ty t = cx.resolve(cx.tables.types[a.id()]);
    if (t == null || t instanceof rustle.types.Infer v && InferAccess.kind(v) == rustle.types.Infer.Kind.GENERAL) return false;
    if (t instanceof Ty.Adt r && r.def().fromPrelude && r.def().name.startsWith("Range")) {
      boolean ok = true;
      for (Ty b : r.args()) ok &= cx.infer.unify(b, Prim.USIZE);
      if (ok) return false;
    }
    cx.error(Errors.coded("E0277", "the type `str` cannot be indexed by `" + cx.show(t) + "`", a.span(),
        "string indices are ranges of `usize`").withLabel(m.nameSpan(), "required by a bound introduced by this call"));
    return true;
  }

  /** A closure or fn item: it must take one char and return bool (E0631, E0271 as rustc). */
  private boolean fnPattern(Expr.MethodCall m, Expr a, Ty t) {
    List<Ty> params;
    Ty ret;
    if (t instanceof Ty.Closure c) {
      params = c.params();
      ret = c.ret();
    } else {
      Ty.FnDef fd = (Ty.FnDef) t;
      params = Subst.all(fd.def().params, fd.args());
      ret = Subst.apply(fd.def().ret, fd.args());
    }
    if (params.size() != 1 || cx.resolve(params.get(0)) != Prim.CHAR) {
      String what = t instanceof Ty.Closure ? "closure" : "function";
      cx.error(Errors.coded("E0631", "type mismatch in " + what + " arguments", m.nameSpan(), "expected due to this")
          .withNote("expected " + what + " signature `fn(char) -> _`"));
      return true;
    }
    Ty r = cx.resolve(ret);
    boolean open = r instanceof rustle.types.Infer v && InferAccess.kind(v) == rustle.types.Infer.Kind.GENERAL;
    if (r != Prim.BOOL && !open) {
      // rustc points at a closure's body, and says "integer" for a literal not yet typed.
      Span at = a instanceof Expr.Closure c ? c.body().span() : a.span();
      String found = r instanceof rustle.types.Infer v && InferAccess.kind(v) == rustle.types.Infer.Kind.INT ? "integer"
          : r instanceof rustle.types.Infer ? "floating-point number" : "`" + cx.show(r) + "`";
      cx.error(Errors.coded("E0271", "expected `" + cx.show(t) + "` to return `bool`, but it returns `" + cx.show(r) + "`",
          at, "expected `bool`, found " + found)
          .withLabel(m.nameSpan(), "required by a bound introduced by this call"));
      return true;
    }
    return false;
  }
}
