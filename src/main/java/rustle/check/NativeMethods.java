package rustle.check;

import java.util.List;
import rustle.ast.Expr;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Methods rustle types natively because their std signatures need trait machinery it does not model:
 * {@code clone}, {@code to_string}, {@code cmp} and {@code partial_cmp}, {@code extend} of Vec and String, and the iterator methods ({@code next}, {@code sum}, {@code count},
 * {@code rev}, {@code step_by}, {@code enumerate}, {@code skip}, {@code take}, {@code min}, {@code max},
 * {@code last}).
 */
final class NativeMethods {
  private final FnCk cx;

  NativeMethods(FnCk cx) {
    this.cx = cx;
  }

  MethodRes find(Expr.MethodCall m, Ty u, int k, int autoref, List<Ty> steps) {
    String n = m.name();
    switch (n) {
      case "clone":
      case "to_string":
      case "to_owned": {
        boolean display = n.equals("to_string");
        if (autoref == 0 && u instanceof Ty.Ref r) {
          Ty x = cx.resolve(r.inner());
          // A trait object is formatted through its (fat) pointer: `d.to_string()` then takes `&d`.
          if (display ? isDisplay(x) && !(x instanceof Ty.Dyn) : isClone(x) || (n.equals("to_owned") && x == Prim.STR)) {
            return new MethodRes(null, n, List.of(), k, 0, steps, x);
          }
        }
        if (autoref == 1 && (display ? isDisplay(u) : isClone(u))) return new MethodRes(null, n, List.of(), k, 1, steps, u);
        if (autoref == 1 && n.equals("clone") && elemPending(u)) {
          // `Vec::new()` cloned before its element type is known: rustc's impl Clone for Vec<T> leaves
          // T: Clone pending, an E0277 at the end if T is not Clone.
          String open = cx.show(u);
          cx.deferred.add(new Object[] {(Runnable) () -> {
            if (isClone(u) || cx.failed()) return;
            cx.error(Errors.coded("E0277", "the trait bound `" + open + ": Clone` is not satisfied", m.nameSpan(),
                "the trait `Clone` is not implemented for `" + open + "`")
                .withNote("required for `" + cx.show(Zonk.apply(u)) + "` to implement `Clone`"));
          }});
          return new MethodRes(null, n, List.of(), k, 1, steps, u);
        }
        return null;
      }
      case "cmp":
      case "partial_cmp": {
        // Ord::cmp / PartialOrd::partial_cmp (`&self, other: &Self`) of std's types and derived impls;
        // integers have their own in the prelude, a hand-written impl is found before this.
        boolean total = n.equals("cmp");
        if (autoref == 0 && u instanceof Ty.Ref r) {
          Ty x = cx.resolve(r.inner());
          if (isOrd(x, total, 0)) return new MethodRes(null, n, List.of(), k, 0, steps, x);
        }
        if (autoref == 1 && !(u instanceof Ty.Ref) && isOrd(u, total, 0)) {
          return new MethodRes(null, n, List.of(), k, 1, steps, u);
        }
        return null;
      }
      case "into_iter":
        // IntoIterator for [T; N] (edition 2021): the array moves into a std::array::IntoIter.
        // IntoIterator for &[T; N], &[T], &Vec<T> and their &mut: the slice's Iter or IterMut.
        if (k != 0 || autoref != 0) return null;
        Ty recv = cx.resolve(u);
        if (recv instanceof Ty.Array || seqElem(recv) != null) return new MethodRes(null, n, List.of(), k, 0, steps, u);
        // IntoIterator for every Iterator: `(1..=10).into_iter()` is the iterator itself.
        if (Iterators.isIterator(recv, cx.items)) return new MethodRes(null, n, List.of(), k, 0, steps, u);
        // `items.into_iter()` of an `I: IntoIterator` parameter: its IntoIter's parameter (IterParams).
        if (recv instanceof Ty.Param p && IterParams.intoIterParam(cx, p) != null) return new MethodRes(null, n, List.of(), k, 0, steps, u);
        return null;
      case "fmt": {
        // `self.0.fmt(f)` inside an impl of Display or Debug (whose trait is in scope there, as in rustc):
        // std's impl for a std type, formatted natively with f's options (interp.CallCompiler).
        String tr = cx.def == null ? null : cx.def.trait;
        if (autoref != 1 || m.args().size() != 1 || !("Display".equals(tr) || "Debug".equals(tr))) return null;
        Ty x = cx.resolve(u);
        if (x instanceof Infer || x instanceof Ty.Param || x instanceof Ty.Dyn || x instanceof Ty.Adt xa && xa.def().builtin == AdtDef.Builtin.NONE
            && !xa.def().fromPrelude) {
          return null;
        }
        if (!("Display".equals(tr) ? isDisplay(x) : new FmtTraits(cx).isDebug(x))) return null;
        rustle.types.FnSig.Def fmt = cx.items.traits.get(tr).methods.get("fmt");
        return fmt == null ? null : new MethodRes(fmt, null, List.of(x), k, 1, steps, x);
      }
      case "map":
        // [T; N]::map, by value on the array itself (an iterator's map is found below).
        if (autoref == 0 && k == 0 && cx.resolve(u) instanceof Ty.Array && m.args().size() == 1) {
          return new MethodRes(null, n, List.of(), k, 0, steps, u);
        }
        break;
      case "extend":
        if (autoref == 2 && u instanceof Ty.Adt a
            && (a.def().builtin == AdtDef.Builtin.VEC || a.def().builtin == AdtDef.Builtin.STRING
                || a.def().builtin == AdtDef.Builtin.HASH_MAP || a.def().builtin == AdtDef.Builtin.HASH_SET
                || CollFroms.isDeque(a) || CollFroms.isBTree(a) || CollFroms.isHeap(a))) {
          return new MethodRes(null, n, List.of(), k, 2, steps, u);
        }
        return null;
      default:
        break;
    }
    if ((u instanceof Ty.Adt || u instanceof Ty.Param) && Iterators.isIterator(u, cx.items)) {
      boolean peekable = u instanceof Ty.Adt a && a.def().name.equals("Peekable");
      switch (n) {
        case "next":
          return autoref == 2 ? new MethodRes(null, n, List.of(), k, 2, steps, u) : null;
        case "len":
          // ExactSizeIterator::len, of the iterators std gives it (not Chars, Filter, ...: E0599 there).
          return autoref == 1 && m.args().isEmpty() && exactSize(u) ? new MethodRes(null, n, List.of(), k, 1, steps, u) : null;
        case "sum":
        case "count":
        case "rev":
        case "step_by":
        case "enumerate":
        case "skip":
        case "take":
        case "min":
        case "max":
        case "last":
          if (autoref != 0) return null;
          MethodRes viaRef = throughRef(m, k, steps, u);
          return viaRef != null ? viaRef : new MethodRes(null, n, List.of(), k, 0, steps, u);
        case "by_ref":
          return autoref == 2 ? new MethodRes(null, n, List.of(), k, 2, steps, u) : null;
        default:
          if (!IterMethods.NAMES.contains(n) || n.equals("peek") && !peekable) return null;
          if (autoref != IterMethods.autoref(n)) return null;
          MethodRes viaRef2 = autoref == 0 ? throughRef(m, k, steps, u) : null;
          return viaRef2 != null ? viaRef2 : new MethodRes(null, n, List.of(), k, autoref, steps, u);
      }
    }
    return null;
  }

  /**
   * std's {@code impl Iterator for &mut I}: a consuming method called on a {@code &mut} iterator
   * ({@code (&mut it).take(2)}, {@code it.by_ref().count()}) takes the reference by value and leaves the
   * iterator with its owner, advanced: the receiver is the reference itself, typed as the prelude's
   * {@code ByRef<I>} (same layout: the pointer). A shared reference is no iterator (E0507, deferred).
   */
  private MethodRes throughRef(Expr.MethodCall m, int k, List<Ty> steps, Ty u) {
    if (k == 0 || !(cx.resolve(steps.get(k - 1)) instanceof Ty.Ref r)) return null;
    Ty it = cx.resolve(steps.get(k));
    if (r.mutable()) {
      Ty byRef = new Ty.Adt(cx.items.std("ByRef"), List.of(u));
      return new MethodRes(null, m.name(), List.of(), k - 1, 0, steps, byRef);
    } else if (!(it instanceof Ty.Adt a && a.def().derives("Copy"))) {
      // `(&it).count()`: a shared reference is no iterator, so the call moves the iterator out of it.
      String place = m.receiver() instanceof Expr.PathExpr p && p.qself() == null && p.path().segments().size() == 1 && k == 1
          ? "*" + p.path().segments().get(0).name() : null;
      cx.deferred.add(new Object[] {(Runnable) () -> cx.error(Errors.moveOutOfBorrow(place, false, m.receiver().span(),
          "move occurs because " + (place == null ? "value" : "`" + place + "`") + " has type `"
          + cx.show(Zonk.apply(it)) + "`, which does not implement the `Copy` trait"))});
    }
    return null;
  }

  /** Whether std implements ExactSizeIterator for iterator type t (as rustle names its iterators). */
  boolean exactSize(Ty t) {
    if (cx.resolve(t) instanceof Ty.Param p) return hasBound(p, "ExactSizeIterator");
    if (!(cx.resolve(t) instanceof Ty.Adt a) || !a.def().fromPrelude) return false;
    switch (a.def().name) {
      case "Iter": case "IterMut": case "IntoIter": case "ArrayIntoIter": case "Windows": case "Chunks": case "Bytes":
        return true;
      case "Range": {
        // Not for the 64-bit and 128-bit integers, whose length may not fit a usize on every target.
        Ty e = cx.resolve(a.args().get(0));
        if (e instanceof Infer) return true; // an integer literal's type, i32 unless fixed otherwise
        return e instanceof Prim p && p.isInt() && p != Prim.I64 && p != Prim.U64 && p != Prim.I128 && p != Prim.U128;
      }
      case "RangeInclusive": {
        Ty e = cx.resolve(a.args().get(0));
        return e == Prim.U8 || e == Prim.I8 || e == Prim.U16 || e == Prim.I16;
      }
      case "Rev": case "Enumerate": case "Skip": case "Take": case "Map": case "Inspect": case "StepBy": case "Copied":
      case "Cloned": case "Peekable": case "ByRef":
        return exactSize(a.args().get(0));
      case "Zip":
        return exactSize(a.args().get(0)) && exactSize(a.args().get(1));
      default:
        return false;
    }
  }

  /** Types the arguments and result of a natively typed method. */
  Ty typeCall(Expr.MethodCall m, MethodRes r, Ty u, Ty expected) {
    String n = r.nativeName();
    switch (n) {
      case "clone":
        args(m, List.of());
        return r.receiverTy();
      case "to_owned":
        args(m, List.of());
        return cx.resolve(r.receiverTy()) == Prim.STR ? cx.items.string() : r.receiverTy();
      case "to_string":
        args(m, List.of());
        return cx.items.string();
      case "cmp":
      case "partial_cmp": {
        args(m, List.of(new Ty.Ref(r.receiverTy(), false)));
        Ty ord = new Ty.Adt(cx.items.stdAdt("Ordering"), List.of());
        return n.equals("cmp") ? ord : cx.items.option(ord);
      }
      case "extend":
        return new ExtendCk(cx).check(m, (Ty.Adt) cx.resolve(u));
      case "map":
        if (cx.resolve(u) instanceof Ty.Array arr) {
          Ty out = cx.infer.fresh();
          Ty fn = cx.infer.fresh();
          cx.exprs.paths.checkArgs(m, m.args(), List.of(fn), n, List.of(new Ty.FnPtr(List.of(arr.elem()), out)), List.of("FnMut"));
          return new Ty.Array(out, arr.len());
        }
        break;
      case "into_iter": {
        args(m, List.of());
        Ty recv = cx.resolve(u);
        if (recv instanceof Ty.Array arr) return new Ty.Adt(cx.items.stdAdt("ArrayIntoIter"), List.of(arr.elem(), arr));
        if (Iterators.isIterator(recv, cx.items)) return recv;
        if (recv instanceof Ty.Param p) return IterParams.intoIterParam(cx, p);
        return new Ty.Adt(cx.items.stdAdt(((Ty.Ref) recv).mutable() ? "IterMut" : "Iter"), List.of(seqElem(recv)));
      }
      default:
        break;
    }
    Ty it = u;
    Ty item = Iterators.itemOfTy(it, cx.items);
    switch (n) {
      case "next":
      case "min":
      case "max":
      case "last":
        args(m, List.of());
        return cx.items.option(item);
      case "count":
      case "len":
        args(m, List.of());
        return Prim.USIZE;
      case "by_ref":
        args(m, List.of());
        return new Ty.Ref(it, true);
      case "sum": {
        args(m, List.of());
        Ty s;
        if (m.generics().size() == 1) {
          s = cx.lowering.lower(m.generics().get(0), cx.tyScope, cx.infer);
        } else if (expected != null) {
          s = expected;
        } else {
          s = cx.infer.fresh();
        }
        Ty base = cx.resolve(item);
        while (base instanceof Ty.Ref ref) base = cx.resolve(ref.inner());
        if (cx.resolve(s) instanceof Infer v && InferAccess.kind(v) == Infer.Kind.GENERAL) {
          cx.sums.add(s, base, item, m, false);
        } else if (!cx.infer.unify(s, base)) {
          SumTargets.mismatch(cx, m, s, item, false);
        }
        return s;
      }
      case "rev": {
        args(m, List.of());
        DoubleEnded.Answer de = DoubleEnded.of(it);
        if (cx.resolve(it) instanceof Ty.Param p && hasBound(p, "DoubleEndedIterator")) de = DoubleEnded.Answer.RUNS;
        if (de == DoubleEnded.Answer.NOT_IN_RUST) {
          String shown = cx.show(it);
          cx.error(Errors.coded("E0277", "the trait bound `" + shown + ": DoubleEndedIterator` is not satisfied", m.nameSpan(),
              "the trait `DoubleEndedIterator` is not implemented for `" + shown + "`"));
          return null;
        }
        if (de == DoubleEnded.Answer.UNSUPPORTED) {
          cx.error(Errors.unsupported("`rev` of `" + cx.show(it) + "`", m.nameSpan()));
          return null;
        }
        return new Ty.Adt(cx.items.std("Rev"), List.of(it));
      }
      case "enumerate":
        args(m, List.of());
        return new Ty.Adt(cx.items.std("Enumerate"), List.of(it));
      case "step_by":
        args(m, List.of(Prim.USIZE));
        return new Ty.Adt(cx.items.std("StepBy"), List.of(it));
      case "skip":
        args(m, List.of(Prim.USIZE));
        return new Ty.Adt(cx.items.std("Skip"), List.of(it));
      case "take":
        args(m, List.of(Prim.USIZE));
        return new Ty.Adt(cx.items.std("Take"), List.of(it));
      default:
        return new IterMethods(cx).typeCall(m, it, item, expected);
    }
  }

  private void args(Expr.MethodCall m, List<Ty> params) {
    cx.exprs.paths.checkArgs(m, m.args(), params, m.name());
  }

  /** A Vec, Box or Option whose element type is still unknown (Clone when that type is). */
  private boolean elemPending(Ty t) {
    return cx.resolve(t) instanceof Ty.Adt a && (a.def().builtin == AdtDef.Builtin.VEC || a.def().builtin == AdtDef.Builtin.BOX
        || a.def().builtin == AdtDef.Builtin.OPTION) && cx.resolve(a.args().get(0)) instanceof Infer v
        && InferAccess.kind(v) == Infer.Kind.GENERAL;
  }

  boolean isClone(Ty t) {
    t = cx.resolve(t);
    if (t instanceof Infer v) return InferAccess.kind(v) != Infer.Kind.GENERAL;
    if (CopyRules.isCopy(Zonk.apply(t))) return true;
    if (t instanceof Ty.Adt a) {
      switch (a.def().builtin) {
        case STRING:
        case RC:
        case WEAK:
          return true;
        case VEC:
        case BOX:
        case OPTION:
          return isClone(a.args().get(0));
        case RESULT:
          return isClone(a.args().get(0)) && isClone(a.args().get(1));
        default:
          break;
      }
      if (a.def().derives("Clone") || cx.exprs.paths.implementsTrait(a, "Clone")) return true;
      // std's iterators are Clone when what they hold is (`Range`, `Chars`, `Iter`, adapters of those).
      if (a.def().fromPrelude && Iterators.isIterator(a, cx.items)) return new IterCycleCk(cx).clonesPlainly(a);
      return false;
    }
    if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) if (!isClone(e)) return false;
      return true;
    }
    if (t instanceof Ty.Array ar) return isClone(ar.elem());
    // A generic T: Clone (or Copy): `x.clone()` on an `x: &T` clones the T, as rustc's by-value probe does.
    if (t instanceof Ty.Param p) return hasBound(p, "Clone") || hasBound(p, "Copy");
    return false;
  }

  /**
   * Whether t is Ord (total) or PartialOrd by std's impls or a derive: numbers (floats only partially),
   * char, bool, str, String, and sequences, options, tuples, boxes and references of such; rustle
   * compares them structurally, as the derives do.
   */
  boolean isOrd(Ty t, boolean total, int depth) {
    t = cx.resolve(t);
    if (depth > 16) return false;
    if (t instanceof Infer v) {
      return InferAccess.kind(v) == Infer.Kind.INT || !total && InferAccess.kind(v) == Infer.Kind.FLOAT;
    }
    if (t instanceof Prim p) return p != Prim.NEVER && !(total && (p == Prim.F32 || p == Prim.F64));
    if (t instanceof Ty.Ref r) return isOrd(r.inner(), total, depth + 1);
    if (t instanceof Ty.Slice sl) return isOrd(sl.elem(), total, depth + 1);
    if (t instanceof Ty.Array ar) return isOrd(ar.elem(), total, depth + 1);
    if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) if (!isOrd(e, total, depth + 1)) return false;
      return true;
    }
    if (t instanceof Ty.Adt a) {
      switch (a.def().builtin) {
        case STRING:
          return true;
        case VEC:
        case BOX:
        case OPTION:
          return isOrd(a.args().get(0), total, depth + 1);
        case RESULT:
          return isOrd(a.args().get(0), total, depth + 1) && isOrd(a.args().get(1), total, depth + 1);
        case NONE:
          break;
        default:
          return false;
      }
      String trait = total ? "Ord" : "PartialOrd";
      if (!a.def().derives(trait) && !cx.exprs.paths.implementsTrait(a, trait)) return false;
      for (Ty arg : a.args()) if (!isOrd(arg, total, depth + 1)) return false;
      return true;
    }
    if (t instanceof Ty.Param p) return hasBound(p, total ? "Ord" : "PartialOrd");
    return false;
  }

  boolean isDisplay(Ty t) {
    t = cx.resolve(t);
    if (t instanceof Infer) return true;
    if (t instanceof Prim p) return p != Prim.NEVER;
    if (t instanceof Ty.Ref r) return isDisplay(r.inner());
    if (t instanceof Ty.Dyn d) return Dyns.formats(cx.items, d, "Display");
    if (t instanceof Ty.Adt a) {
      if (a.def().builtin == AdtDef.Builtin.STRING) return true;
      if (a.def().builtin == AdtDef.Builtin.BOX && cx.resolve(a.args().get(0)) instanceof Ty.Dyn d) {
        return Dyns.formats(cx.items, d, "Display");
      }
      if (rustle.types.SmartPtrs.derefTarget(a) != null) return isDisplay(a.args().get(0));
      if (a.def().name.equals("ParseIntError") && a.def() == cx.items.stdAdt("ParseIntError")) return true;
      return cx.exprs.paths.implementsTrait(a, "Display");
    }
    if (t instanceof Ty.Param p) return hasBound(p, "Display");
    return false;
  }

  boolean hasBound(Ty.Param p, String trait) {
    if (cx.def == null || p.index() >= cx.def.generics.size()) return false;
    for (var b : cx.def.generics.get(p.index()).bounds()) if (implies(b.trait(), trait, 0)) return true;
    return false;
  }

  /** Whether a bound {@code T: have} gives {@code T: want}: the same trait or one of its supertraits. */
  private boolean implies(String have, String want, int depth) {
    if (have.equals(want)) return true;
    TraitDef td = cx.items.traits.get(have);
    if (td == null || depth > 8) return false;
    for (String s : td.supertraits) if (implies(s, want, depth + 1)) return true;
    return false;
  }

  static int size(Layouts l, Ty t) {
    return l.size(t);
  }

  /** The element type of a reference to an array, a slice or a Vec, else null. */
  private Ty seqElem(Ty t) {
    if (!(t instanceof Ty.Ref r)) return null;
    Ty in = cx.resolve(r.inner());
    if (in instanceof Ty.Array a) return a.elem();
    if (in instanceof Ty.Slice s) return s.elem();
    if (in instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.VEC) return a.args().get(0);
    return null;
  }
}
