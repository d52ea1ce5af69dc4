package rustle.check;

import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Prim;
import rustle.types.Subst;
import rustle.types.Ty;

/**
 * std's {@code From} impls of {@code Vec}, {@code HashMap} and {@code HashSet} that rustle has: a Vec
 * from an array (moved), from a borrowed array or slice (cloned), from {@code &str} or {@code String}
 * (bytes), from a {@code Box<[T]>} and from a Vec; a table from an array of its items. The prelude
 * declares one generic {@code from<A>} for each, so the source is matched here, fixing the element types,
 * and anything else is rustc's E0277 (checked once the body's types are known).
 */
final class CollFroms {
  private CollFroms() {}

  /** Whether def is one of the generic {@code from}s this class types. */
  static boolean handles(FnSig.Def def) {
    return def.fromPrelude && def.trait == null && "from".equals(def.name) && def.selfTy instanceof Ty.Adt a
        && (a.def().builtin == AdtDef.Builtin.VEC || a.def().builtin == AdtDef.Builtin.HASH_MAP
            || a.def().builtin == AdtDef.Builtin.HASH_SET || isDeque(a) || isHeap(a) || isBTree(a));
  }

  /** Whether a is the prelude's BTreeMap or BTreeSet (From<[(K, V); N]>, From<[T; N]>). */
  static boolean isBTree(Ty.Adt a) {
    return a.def().fromPrelude && (a.def().name.equals("BTreeMap") || a.def().name.equals("BTreeSet"));
  }

  /** Whether a is std's BinaryHeap (the prelude's), whose From impls take a Vec or an array. */
  static boolean isHeap(Ty.Adt a) {
    return a.def().fromPrelude && a.def().name.equals("BinaryHeap");
  }

  /** Whether a is std's VecDeque (the prelude's), whose From impls take a Vec or an array. */
  static boolean isDeque(Ty.Adt a) {
    return a.def().fromPrelude && a.def().name.equals("VecDeque");
  }

  /** Types the call {@code Vec::from(a)} (or a table's) of def, after its argument was checked. */
  static void call(FnCk cx, Expr.Call c, Res.Fn f) {
    if (!handles(f.def()) || f.args().size() < 2 || !(c.callee() instanceof Expr.PathExpr p)) return;
    List<Ty> args = f.args();
    Ty src = args.get(args.size() - 1);
    Ty self = Subst.apply(f.def().selfTy, args);
    AdtDef.Builtin b = ((Ty.Adt) f.def().selfTy).def().builtin;
    boolean deque = isDeque((Ty.Adt) f.def().selfTy) || isHeap((Ty.Adt) f.def().selfTy);
    boolean btree = isBTree((Ty.Adt) f.def().selfTy);
    Span at = p.path().segments().size() >= 2 ? p.path().segments().get(p.path().segments().size() - 2).span() : p.span();
    boolean ok = btree ? unifyBTree(cx, (Ty.Adt) f.def().selfTy, args, src)
        : deque ? unifyDeque(cx, args, src) : unify(cx, b, args, src);
    cx.deferred.add(new Object[] {(Runnable) () -> {
      Ty s = Zonk.apply(src);
      if (!ok && !(btree ? unifyBTree(cx, (Ty.Adt) f.def().selfTy, args, src)
          : deque ? unifyDeque(cx, args, src) : unify(cx, b, args, src))) {
        String shown = cx.show(Zonk.apply(self));
        cx.error(Errors.coded("E0277", "the trait bound `" + shown + ": From<" + cx.show(s) + ">` is not satisfied", at,
            "the trait `From<" + cx.show(s) + ">` is not implemented for `" + shown + "`"));
        return;
      }
      if (deque || btree) return;
      if (b == AdtDef.Builtin.VEC) {
        Ty e = Zonk.apply(args.get(0));
        if (s instanceof Ty.Ref && Zonk.apply(((Ty.Ref) s).inner()) != Prim.STR && Zonk.isResolved(e)
            && !Obligations.mentionsParam(e) && !new NativeMethods(cx).isClone(e)) {
          cx.error(Errors.coded("E0277", "the trait bound `" + cx.show(e) + ": Clone` is not satisfied", at,
              "the trait `Clone` is not implemented for `" + cx.show(e) + "`")
              .withSub(Diagnostic.Sub.note("required for `" + cx.show(Zonk.apply(self)) + "` to implement `From<"
                  + cx.show(s) + ">`")));
        }
      } else {
        new TableKeyCk(cx).fromKey(at, args.get(0), Zonk.apply(self), s);
      }
    }});
  }

  /** BTreeMap's From<[(K, V); N]> and BTreeSet's From<[T; N]>; false for any other source. */
  private static boolean unifyBTree(FnCk cx, Ty.Adt self, List<Ty> args, Ty src) {
    if (!(cx.resolve(src) instanceof Ty.Array arr)) return false;
    if (self.def().name.equals("BTreeSet")) return cx.infer.unify(args.get(0), arr.elem());
    if (!(cx.resolve(arr.elem()) instanceof Ty.Tuple t) || t.elems().size() != 2) return false;
    return cx.infer.unify(args.get(0), t.elems().get(0)) & cx.infer.unify(args.get(1), t.elems().get(1));
  }

  /** VecDeque's and BinaryHeap's From<Vec<T>> and From<[T; N]>: the element type; false for any other source. */
  private static boolean unifyDeque(FnCk cx, List<Ty> args, Ty src) {
    Ty s = cx.resolve(src);
    Ty elem = s instanceof Ty.Array arr ? arr.elem()
        : s instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.VEC ? a.args().get(0) : null;
    return elem != null && cx.infer.unify(args.get(0), elem);
  }

  /** Unifies the element types with what src gives; false when src is no source std converts from. */
  private static boolean unify(FnCk cx, AdtDef.Builtin b, List<Ty> args, Ty src) {
    Ty s = cx.resolve(src);
    if (b == AdtDef.Builtin.HASH_MAP) {
      if (!(s instanceof Ty.Array arr) || !(cx.resolve(arr.elem()) instanceof Ty.Tuple t) || t.elems().size() != 2) return false;
      return cx.infer.unify(args.get(0), t.elems().get(0)) & cx.infer.unify(args.get(1), t.elems().get(1));
    }
    if (b == AdtDef.Builtin.HASH_SET) return s instanceof Ty.Array arr && cx.infer.unify(args.get(0), arr.elem());
    Ty elem = vecSource(cx, s);
    return elem != null && cx.infer.unify(args.get(0), elem);
  }

  /** The element type of the Vec that std makes from s, or null when it has no such From impl. */
  private static Ty vecSource(FnCk cx, Ty s) {
    if (s instanceof Ty.Array arr) return arr.elem();
    if (s instanceof Ty.Ref r) {
      Ty in = cx.resolve(r.inner());
      if (in == Prim.STR) return r.mutable() ? null : Prim.U8;
      if (in instanceof Ty.Array arr) return arr.elem();
      if (in instanceof Ty.Slice sl) return sl.elem();
      return null;
    }
    if (s instanceof Ty.Adt a) {
      if (a.def().builtin == AdtDef.Builtin.STRING) return Prim.U8;
      if (a.def().builtin == AdtDef.Builtin.VEC) return a.args().get(0);
      if (a.def().builtin == AdtDef.Builtin.BOX && cx.resolve(a.args().get(0)) instanceof Ty.Slice sl) return sl.elem();
    }
    return null;
  }
}
