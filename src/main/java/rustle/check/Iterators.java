package rustle.check;

import java.util.List;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * The std iterator types rustle implements natively (declared as plain structs in the prelude) and what
 * each yields: {@code Iter<T>} yields {@code &T}, {@code Chars} yields {@code char}, adapters yield what
 * they wrap.
 */
public final class Iterators {
  private Iterators() {}

  /** The item type of an iterator ADT, or null when the ADT is not an iterator. */
  public static Ty itemOf(Ty.Adt a, Items items) {
    List<Ty> args = a.args();
    if (!a.def().fromPrelude || a.def().iterItem != null) {
      return a.def().iterItem == null ? null : rustle.types.Subst.apply(a.def().iterItem, args);
    }
    switch (a.def().name) {
      case "Range":
      case "RangeInclusive":
      case "RangeFrom":
        return args.get(0);
      case "Iter":
        return new Ty.Ref(args.get(0), false);
      case "IterMut":
        return new Ty.Ref(args.get(0), true);
      case "IntoIter":
      case "ArrayIntoIter":
        return args.get(0);
      case "Chars":
        return Prim.CHAR;
      case "Bytes":
        return Prim.U8;
      case "MapIter":
      case "MapIterMut":
        return new Ty.Tuple(List.of(new Ty.Ref(args.get(0), false), new Ty.Ref(args.get(1), a.def().name.equals("MapIterMut"))));
      case "MapIntoIter":
        return new Ty.Tuple(List.of(args.get(0), args.get(1)));
      case "Keys":
      case "SetIter":
      case "SetOp":
        return new Ty.Ref(args.get(0), false);
      case "Values":
      case "ValuesMut":
        return new Ty.Ref(args.get(1), a.def().name.equals("ValuesMut"));
      case "SetIntoIter":
        return args.get(0);
      case "Rev":
      case "StepBy":
      case "Skip":
      case "Take":
      case "ByRef":
        return itemOfTy(args.get(0), items);
      case "Filter":
      case "TakeWhile":
      case "SkipWhile":
      case "Inspect":
      case "Chain":
      case "Peekable":
      case "Fuse":
      case "Cycle":
        return itemOfTy(args.get(0), items);
      case "Scan": {
        Ty r = Infer.shallow(fnRet(args.get(2), items));
        return r instanceof Ty.Adt o && o.def().builtin == AdtDef.Builtin.OPTION ? o.args().get(0) : null;
      }
      case "Zip": {
        Ty x = itemOfTy(args.get(0), items);
        Ty y = itemOfTy(args.get(1), items);
        return x == null || y == null ? null : new Ty.Tuple(List.of(x, y));
      }
      case "Map":
        return fnRet(args.get(1), items);
      case "FilterMap": {
        Ty r = Infer.shallow(fnRet(args.get(1), items));
        return r instanceof Ty.Adt o && o.def().builtin == AdtDef.Builtin.OPTION ? o.args().get(0) : null;
      }
      case "Cloned":
      case "Copied": {
        Ty r = Infer.shallow(itemOfTy(args.get(0), items));
        return r instanceof Ty.Ref ref ? ref.inner() : null;
      }
      case "FlatMap":
        return itemOfTy(args.get(2), items);
      case "Flatten":
        return itemOfTy(args.get(1), items);
      case "SplitWhitespace":
      case "Lines":
      case "Split":
        return new Ty.Ref(Prim.STR, false);
      case "CharIndices":
        return new Ty.Tuple(List.of(Prim.USIZE, Prim.CHAR));
      case "Windows":
      case "Chunks":
        return new Ty.Ref(new Ty.Slice(args.get(0)), false);
      case "Enumerate": {
        Ty it = itemOfTy(args.get(0), items);
        return it == null ? null : new Ty.Tuple(List.of(Prim.USIZE, it));
      }
      default:
        return null;
    }
  }

  /** The item type of an iterator type, an ADT or a generic parameter bound by Iterator; else null. */
  public static Ty itemOfTy(Ty t, Items items) {
    Ty s = Infer.shallow(t);
    if (s instanceof Ty.Adt a) return itemOf(a, items);
    // std's `impl Iterator for &mut I`: what I yields (an iterator argument passed as `&mut it`).
    if (s instanceof Ty.Ref r && r.mutable()) return itemOfTy(r.inner(), items);
    if (s instanceof Ty.Param p && items != null && items.paramItems != null && p.index() < items.paramItems.length) {
      return items.paramItems[p.index()];
    }
    return null;
  }

  /** What a closure, fn item or generic parameter bound by {@code Fn(..) -> R} returns. */
  static Ty fnRet(Ty f, Items items) {
    Ty s = Infer.shallow(f);
    if (s instanceof Ty.Param p && items != null && items.paramFnRets != null && p.index() < items.paramFnRets.length) {
      return items.paramFnRets[p.index()];
    }
    return fnRet(f);
  }

  /** What a closure or fn item (or a reference to one) returns. */
  public static Ty fnRet(Ty f) {
    Ty t = Infer.shallow(f);
    while (t instanceof Ty.Ref r) t = Infer.shallow(r.inner());
    if (t instanceof Ty.Closure c) return c.ret();
    if (t instanceof Ty.FnDef d) return rustle.types.Subst.apply(d.def().ret, d.args());
    if (t instanceof Ty.FnPtr p) return p.ret();
    return null;
  }

  /**
   * What a {@code for} loop over a HashMap or HashSet yields (t is the iterable, inner its referent when
   * it is a reference): (K, V) or T by value, (&K, &V) / (&K, &mut V) or &T by reference; else null.
   */
  public static Ty tableItem(Ty t, Ty inner) {
    if (!(inner instanceof Ty.Adt a)) return null;
    boolean map = a.def().builtin == AdtDef.Builtin.HASH_MAP;
    if (!map && a.def().builtin != AdtDef.Builtin.HASH_SET) return null;
    List<Ty> args = a.args();
    if (!(t instanceof Ty.Ref r)) return map ? new Ty.Tuple(List.of(args.get(0), args.get(1))) : args.get(0);
    if (!map) return new Ty.Ref(args.get(0), false);
    return new Ty.Tuple(List.of(new Ty.Ref(args.get(0), false), new Ty.Ref(args.get(1), r.mutable())));
  }

  public static boolean isIterator(Ty t, Items items) {
    if (t instanceof Ty.Param) return itemOfTy(t, items) != null;
    return t instanceof Ty.Adt a && a.def().builtin != AdtDef.Builtin.VEC && itemOf(a, items) != null;
  }
}
