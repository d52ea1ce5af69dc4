package rustle.check;

import java.util.List;
import rustle.ast.Expr;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/** Typing of {@code for} loops: what the iterable yields, recorded for the interpreter as an IterKind. */
final class ForCk {
  private final FnCk cx;

  ForCk(FnCk cx) {
    this.cx = cx;
  }

  Ty forLoop(Expr.For f) {
    Ty it = cx.exprs.check(f.iter(), null);
    Ty item = itemType(it, f.iter());
    if (item == null && cx.resolve(it) instanceof Ty.Param ip) item = IterParams.intoItem(cx, ip);
    if (item == null && cx.resolve(it) instanceof Ty.Param gp
        && (cx.methods.natives.hasBound(gp, "Iterator") || cx.methods.natives.hasBound(gp, "IntoIterator"))) {
      // As MethodLookup says for its methods: valid Rust, but rustle needs the iterator's concrete type.
      cx.error(Errors.unsupported("`for` over a generic iterator parameter (`" + cx.show(it) + "`)", f.iter().span()));
      item = cx.infer.fresh();
    } else if (item == null) {
      cx.error(Errors.coded("E0277", "`" + cx.show(it) + "` is not an iterator", f.iter().span(),
          "`" + cx.show(it) + "` is not an iterator"));
      item = cx.infer.fresh();
    }
    cx.pushScope();
    cx.pats.check(f.pattern(), item, true);
    cx.loops.add(new FnCk.LoopCtx(f.label(), Ty.UNIT, false, f.id()));
    cx.exprs.check(f.body(), Ty.UNIT);
    cx.loops.remove(cx.loops.size() - 1);
    cx.popScope();
    return Ty.UNIT;
  }

  /** The item type of iterating a value of type t (IntoIterator), or null when it is not iterable. */
  Ty itemType(Ty t, Expr at) {
    Ty r = cx.resolve(t);
    Ty coll = r instanceof Ty.Ref ref ? cx.resolve(ref.inner()) : r;
    if (coll instanceof Ty.Adt ca && CollFroms.isBTree(ca)) {
      // The prelude's BTreeMap and BTreeSet: what their iter / iter_mut / into_iter yield.
      Ty it = new IterMethods(cx).intoIter(r);
      return it == null ? null : Iterators.itemOf((Ty.Adt) it, cx.items);
    }
    if (r instanceof Ty.Adt a) {
      Ty item = Iterators.itemOf(a, cx.items);
      if (item != null) return item;
      if (a.def().builtin == AdtDef.Builtin.VEC || CollFroms.isDeque(a) || CollFroms.isHeap(a)) return a.args().get(0);
      // IntoIterator for Option<T>: its value, if any (the loop runs at most once).
      if (a.def().builtin == AdtDef.Builtin.OPTION) return a.args().get(0);
    }
    if (r instanceof Ty.Array a) return a.elem();
    if (r instanceof Ty.Param) return Iterators.itemOfTy(r, cx.items);
    Ty table = Iterators.tableItem(r, cx.resolve(r instanceof Ty.Ref ref ? ref.inner() : r));
    if (table != null) return table;
    if (r instanceof Ty.Ref ref) {
      Ty in = cx.resolve(ref.inner());
      if (in instanceof Ty.Adt a && (a.def().builtin == AdtDef.Builtin.VEC || CollFroms.isDeque(a)
          || CollFroms.isHeap(a) && !ref.mutable())) {
        return new Ty.Ref(a.args().get(0), ref.mutable());
      }
      if (in instanceof Ty.Array a) return new Ty.Ref(a.elem(), ref.mutable());
      if (in instanceof Ty.Slice s) return new Ty.Ref(s.elem(), ref.mutable());
      // std's IntoIterator for &Option<T> and &mut Option<T>: a reference to the value, if any.
      if (in instanceof Ty.Adt o && o.def().builtin == AdtDef.Builtin.OPTION) return new Ty.Ref(o.args().get(0), ref.mutable());
      if ((in instanceof Ty.Adt || in instanceof Ty.Param) && ref.mutable() && Iterators.itemOfTy(in, cx.items) != null) {
        return Iterators.itemOfTy(in, cx.items);
      }
    }
    if (r instanceof Infer) return null;
    return null;
  }

  static boolean isRangeOfInts(Ty t) {
    return t instanceof Ty.Adt a && (a.def().builtin == AdtDef.Builtin.RANGE || a.def().builtin == AdtDef.Builtin.RANGE_INCLUSIVE)
        && Infer.shallow(a.args().get(0)) instanceof Prim;
  }

  static List<Ty> none() {
    return List.of();
  }
}
