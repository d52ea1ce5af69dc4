package rustle.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import rustle.ast.Expr;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Typing of the iterator methods that take closures or other iterators (std's {@code Iterator}
 * provided methods): each closure argument is checked against the {@code FnMut} signature std gives it,
 * so its parameters get their types from the item type, and adapters return the std struct that holds
 * the inner iterator and the closure ({@code Map<I, F>}, ...).
 */
final class IterMethods {
  /** Methods taking {@code &mut self} (they leave the iterator usable); the others consume it. */
  private static final java.util.Set<String> BY_MUT = java.util.Set.of("any", "all", "find", "position", "rposition",
      "find_map", "nth", "peek");
  static final java.util.Set<String> NAMES = java.util.Set.of("map", "filter", "filter_map", "take_while",
      "skip_while", "inspect", "zip", "chain", "cloned", "copied", "flat_map", "flatten", "peekable", "collect",
      "product", "fold", "for_each", "any", "all", "find", "position", "find_map", "max_by_key", "min_by_key",
      "max_by", "min_by", "nth", "peek", "reduce", "partition", "unzip", "scan", "fuse", "cycle", "eq", "ne", "rposition");

  private final FnCk cx;

  IterMethods(FnCk cx) {
    this.cx = cx;
  }

  /** The autoref the method takes its receiver with (0 by value, 2 by {@code &mut}). */
  static int autoref(String name) {
    return BY_MUT.contains(name) ? 2 : 0;
  }

  Ty typeCall(Expr.MethodCall m, Ty it, Ty item, Ty expected) {
    String n = m.name();
    switch (n) {
      case "map":
      case "inspect":
      case "for_each": {
        Ty ret = n.equals("map") ? cx.infer.fresh() : Ty.UNIT;
        Ty arg = n.equals("inspect") ? new Ty.Ref(item, false) : item;
        Ty f = closureArg(m, List.of(arg), ret);
        if (n.equals("for_each")) return Ty.UNIT;
        return adt(n.equals("map") ? "Map" : "Inspect", it, f);
      }
      case "filter":
      case "take_while":
      case "skip_while": {
        Ty f = closureArg(m, List.of(new Ty.Ref(item, false)), Prim.BOOL);
        String s = n.equals("filter") ? "Filter" : n.equals("take_while") ? "TakeWhile" : "SkipWhile";
        return adt(s, it, f);
      }
      case "filter_map": {
        Ty f = closureArg(m, List.of(item), cx.items.option(cx.infer.fresh()));
        return adt("FilterMap", it, f);
      }
      case "find_map": {
        Ty out = cx.infer.fresh();
        closureArg(m, List.of(item), cx.items.option(out));
        return cx.items.option(out);
      }
      case "any":
      case "all":
        closureArg(m, List.of(item), Prim.BOOL);
        return Prim.BOOL;
      case "position":
        closureArg(m, List.of(item), Prim.BOOL);
        return cx.items.option(Prim.USIZE);
      case "rposition": {
        closureArg(m, List.of(item), Prim.BOOL);
        // std's bound: Self: ExactSizeIterator + DoubleEndedIterator.
        DoubleEnded.Answer de = DoubleEnded.of(it);
        if (de == DoubleEnded.Answer.UNSUPPORTED) {
          cx.error(Errors.unsupported("`rposition` of `" + cx.show(it) + "`", m.nameSpan()));
        } else if (de == DoubleEnded.Answer.NOT_IN_RUST || !cx.methods.natives.exactSize(it)) {
          String trait = de == DoubleEnded.Answer.NOT_IN_RUST ? "DoubleEndedIterator" : "ExactSizeIterator";
          cx.error(Errors.coded("E0277", "the trait bound `" + cx.show(it) + ": " + trait + "` is not satisfied", m.nameSpan(),
              "the trait `" + trait + "` is not implemented for `" + cx.show(it) + "`"));
        }
        return cx.items.option(Prim.USIZE);
      }
      case "find":
        closureArg(m, List.of(new Ty.Ref(item, false)), Prim.BOOL);
        return cx.items.option(item);
      case "max_by_key":
      case "min_by_key":
        closureArg(m, List.of(new Ty.Ref(item, false)), cx.infer.fresh());
        return cx.items.option(item);
      case "max_by":
      case "min_by":
        closureArg(m, List.of(new Ty.Ref(item, false), new Ty.Ref(item, false)),
            new Ty.Adt(cx.items.stdAdt("Ordering"), List.of()));
        return cx.items.option(item);
      case "reduce":
        closureArg(m, List.of(item, item), item);
        return cx.items.option(item);
      case "partition": {
        // std's B: Default + Extend<Item>; rustle builds Vecs, the common case.
        Ty b;
        if (m.generics().size() == 1) {
          b = cx.lowering.lower(m.generics().get(0), cx.tyScope, cx.infer);
          if (b == null) return null;
        } else {
          b = cx.infer.fresh();
        }
        Ty pair = new Ty.Tuple(List.of(b, b));
        if (expected != null) cx.infer.probe(pair, expected);
        closureArg(m, List.of(new Ty.Ref(item, false)), Prim.BOOL);
        Ty r = cx.resolve(b);
        if (r instanceof rustle.types.Infer || !(r instanceof Ty.Adt a && a.def().builtin == rustle.types.AdtDef.Builtin.VEC)) {
          if (!(r instanceof rustle.types.Infer)) {
            cx.error(Errors.unsupported("`partition` into `" + cx.show(r) + "`", m.nameSpan()));
            return null;
          }
          cx.infer.unify(b, new Ty.Adt(cx.items.stdAdt("Vec"), List.of(item)));
        } else if (!cx.infer.probe(a.args().get(0), item)
            && !(cx.resolve(item) instanceof Ty.Ref ref && cx.infer.probe(a.args().get(0), ref.inner())
                && CopyRules.isCopy(cx.resolve(ref.inner())))) {
          // Vec<T> is Extend<T> and, for T: Copy, Extend<&T> (the items copied out).
          cx.error(Errors.unsupported("`partition` into `" + cx.show(r) + "`", m.nameSpan()));
          return null;
        }
        return pair;
      }
      case "unzip": {
        // std's FromA/FromB: Default + Extend; rustle builds Vecs, the common case.
        cx.exprs.paths.checkArgs(m, m.args(), List.of(), n);
        Ty ri = cx.resolve(item);
        Ty want = expected == null ? null : cx.resolve(expected);
        boolean vecs = !(want instanceof Ty.Tuple wt) || wt.elems().stream().allMatch(e -> !(cx.resolve(e) instanceof Ty.Adt a)
            || a.def().builtin == rustle.types.AdtDef.Builtin.VEC);
        boolean open = !(want instanceof Ty.Tuple wt) || wt.elems().size() != 2
            || wt.elems().stream().anyMatch(e -> cx.resolve(e) instanceof rustle.types.Infer);
        if (ri instanceof Ty.Tuple t && t.elems().size() == 2 && open) return new UnzipCk(cx).open(m, t, expected);
        if (!(ri instanceof Ty.Tuple t) || t.elems().size() != 2 || !vecs) {
          cx.error(Errors.unsupported("`unzip` into `" + (want == null ? "_" : cx.show(want)) + "` of items `" + cx.show(ri) + "`", m.nameSpan()));
          return null;
        }
        Ty pair = new Ty.Tuple(List.of(new Ty.Adt(cx.items.stdAdt("Vec"), List.of(t.elems().get(0))),
            new Ty.Adt(cx.items.stdAdt("Vec"), List.of(t.elems().get(1)))));
        return pair;
      }
      case "nth":
        cx.exprs.paths.checkArgs(m, m.args(), List.of(Prim.USIZE), n);
        return cx.items.option(item);
      case "peek":
        cx.exprs.paths.checkArgs(m, m.args(), List.of(), n);
        return cx.items.option(new Ty.Ref(item, false));
      case "fold": {
        Ty acc = cx.infer.fresh();
        if (expected != null) cx.infer.probe(acc, expected);
        Ty f = cx.infer.fresh();
        cx.exprs.paths.checkArgs(m, m.args(), List.of(acc, f), n,
            Arrays.asList(null, new Ty.FnPtr(List.of(acc, item), acc)), Arrays.asList(null, "FnMut"));
        return acc;
      }
      case "cloned":
      case "copied": {
        cx.exprs.paths.checkArgs(m, m.args(), List.of(), n);
        if (!(cx.resolve(item) instanceof Ty.Ref)) {
          cx.error(Errors.coded("E0271", "expected an iterator over references, found items of type `"
              + cx.show(item) + "`", m.nameSpan(), null));
          return null;
        }
        return adt(n.equals("cloned") ? "Cloned" : "Copied", it);
      }
      case "peekable":
        cx.exprs.paths.checkArgs(m, m.args(), List.of(), n);
        return adt("Peekable", it, item);
      case "zip":
      case "chain": {
        Ty other = iterArg(m);
        if (other == null) return null;
        if (n.equals("chain")) {
          Ty oi = Iterators.itemOfTy(other, cx.items);
          if (!cx.infer.unify(oi, item)) {
            cx.error(Errors.coded("E0271", "type mismatch resolving `<" + cx.show(other) + " as IntoIterator>::Item == "
                + cx.show(item) + "`", m.args().get(0).span(), "expected `" + cx.show(item) + "`, found `"
                + cx.show(oi) + "`"));
          }
        }
        return adt(n.equals("zip") ? "Zip" : "Chain", it, other);
      }
      case "flat_map": {
        Ty r = cx.infer.fresh();
        Ty f = closureArg(m, List.of(item), r);
        Ty u = intoIter(r);
        // An array's IntoIter would have to hold the array itself; rustle's points into a copy.
        if (u == null || cx.resolve(r) instanceof Ty.Array) return unsupportedInner(m, r);
        return adt("FlatMap", it, f, u);
      }
      case "flatten": {
        cx.exprs.paths.checkArgs(m, m.args(), List.of(), n);
        Ty u = intoIter(item);
        if (u == null || cx.resolve(item) instanceof Ty.Array) return unsupportedInner(m, item);
        return adt("Flatten", it, u);
      }
      case "product":
        cx.exprs.paths.checkArgs(m, m.args(), List.of(), n);
        return numericResult(m, item, expected);
      case "scan": {
        // std's scan(initial_state, f: FnMut(&mut St, Item) -> Option<B>) yields the Bs until f says None.
        Ty st = cx.infer.fresh();
        Ty f = cx.infer.fresh();
        Ty b = cx.infer.fresh();
        cx.exprs.paths.checkArgs(m, m.args(), List.of(st, f), n,
            Arrays.asList(null, new Ty.FnPtr(List.of(new Ty.Ref(st, true), item), cx.items.option(b))),
            Arrays.asList(null, "FnMut"));
        return adt("Scan", it, st, f);
      }
      case "fuse":
        cx.exprs.paths.checkArgs(m, m.args(), List.of(), n);
        return adt("Fuse", it);
      case "cycle":
        cx.exprs.paths.checkArgs(m, m.args(), List.of(), n);
        return new IterCycleCk(cx).cycle(m, it);
      case "eq":
      case "ne": {
        Ty other = iterArg(m);
        if (other == null) return Prim.BOOL;
        return new IterCycleCk(cx).eq(m, item, Iterators.itemOfTy(other, cx.items));
      }
      case "collect":
        return new CollectCk(cx).collect(m, item, expected);
      default:
        return null;
    }
  }

  private Ty unsupportedInner(Expr.MethodCall m, Ty r) {
    cx.error(Errors.unsupported("`" + m.name() + "` over items of type `" + cx.show(r) + "`", m.nameSpan()));
    return null;
  }

  private Ty numericResult(Expr.MethodCall m, Ty item, Ty expected) {
    Ty s = m.generics().size() == 1 ? cx.lowering.lower(m.generics().get(0), cx.tyScope, cx.infer)
        : expected != null ? expected : cx.infer.fresh();
    Ty base = cx.resolve(item);
    while (base instanceof Ty.Ref ref) base = cx.resolve(ref.inner());
    if (s != null && cx.resolve(s) instanceof Infer v && InferAccess.kind(v) == Infer.Kind.GENERAL) {
      cx.sums.add(s, base, item, m, true);
    } else if (!cx.infer.unify(s, base)) {
      SumTargets.mismatch(cx, m, s, item, true);
    }
    return s;
  }

  /** Checks the one closure argument against {@code FnMut(params) -> ret}; returns its type. */
  private Ty closureArg(Expr.MethodCall m, List<Ty> params, Ty ret) {
    Ty f = cx.infer.fresh();
    cx.exprs.paths.checkArgs(m, m.args(), List.of(f), m.name(), List.of(new Ty.FnPtr(params, ret)), List.of("FnMut"));
    Ty t = cx.resolve(f);
    Ty callee = t;
    while (callee instanceof Ty.Ref r) callee = cx.resolve(r.inner());
    if (m.args().size() == 1 && callee instanceof Ty.FnPtr) {
      // Valid Rust (`let f: fn(i32) -> i32 = ..; it.map(f)`); rustle's adapters call closures and fn items.
      cx.error(Errors.unsupported("a `fn` pointer value as the closure of `" + m.name() + "`", m.args().get(0).span()));
    } else if (m.args().size() == 1 && callee == t && callee instanceof Ty.Param p && fnParam(p, params, ret)) {
      // A generic `F: FnMut(Item) -> R` passed by value: each instance calls the closure it was given.
    } else if (m.args().size() == 1 && callee instanceof Ty.FnDef fd && refMismatch(fd, params)) {
      cx.error(Errors.coded("E0631", "type mismatch in function arguments", m.args().get(0).span(), "expected due to this")
          .withLabel(m.nameSpan(), "required by a bound introduced by this call"));
    } else if (m.args().size() == 1 && !(callee instanceof Ty.Closure) && !(callee instanceof Ty.FnDef)
        && !(callee instanceof rustle.types.Infer)) {
      cx.error(Errors.coded("E0277", "expected a `FnMut(" + show(params) + ")` closure, found `" + cx.show(t) + "`",
          m.args().get(0).span(), "expected an `FnMut(" + show(params) + ")` closure, found `" + cx.show(t) + "`"));
    }
    return f;
  }

  /** Whether generic p's Fn / FnMut bound takes params and returns ret (unified with them). */
  private boolean fnParam(Ty.Param p, List<Ty> params, Ty ret) {
    if (cx.def == null || p.index() >= cx.def.generics.size()) return false;
    FnSig.TraitRef b = IterParams.fnMut(cx.def.generics.get(p.index()));
    if (b == null || b.fnParams().size() != params.size()) return false;
    for (int i = 0; i < params.size(); i++) if (!cx.infer.unify(b.fnParams().get(i), params.get(i))) return false;
    return cx.infer.unify(b.fnRet() == null ? Ty.UNIT : b.fnRet(), ret);
  }

  /**
   * A fn item taking a value where the adapter passes a reference, or the reverse
   * (`chars().filter(char::is_alphabetic)`): no instance of it fits (rustc's E0631); it was run with the
   * reference read as the value.
   */
  private boolean refMismatch(Ty.FnDef fd, List<Ty> params) {
    if (fd.def().params.size() != params.size()) return false;
    for (int j = 0; j < params.size(); j++) {
      Ty want = cx.resolve(params.get(j));
      Ty got = cx.resolve(rustle.types.Subst.apply(fd.def().params.get(j), fd.args()));
      if (concrete(want) && concrete(got) && (want instanceof Ty.Ref) != (got instanceof Ty.Ref)) return true;
    }
    return false;
  }

  private static boolean concrete(Ty t) {
    return t instanceof Ty.Ref || t instanceof Prim || t instanceof Ty.Adt || t instanceof Ty.Tuple;
  }

  private String show(List<Ty> ts) {
    List<String> s = new ArrayList<>();
    for (Ty t : ts) s.add(cx.show(t));
    return String.join(", ", s);
  }

  /** The argument of zip/chain: an iterator, or a collection reference turned into one. */
  private Ty iterArg(Expr.MethodCall m) {
    if (m.args().size() != 1) {
      cx.exprs.paths.checkArgs(m, m.args(), List.of(cx.infer.fresh()), m.name());
      return null;
    }
    Ty t = cx.exprs.check(m.args().get(0), null);
    Ty u = intoIter(t);
    if (u == null) {
      cx.error(Errors.coded("E0277", "`" + cx.show(t) + "` is not an iterator", m.args().get(0).span(),
          "`" + cx.show(t) + "` is not an iterator"));
    }
    return u;
  }

  /** The iterator type {@code IntoIterator::into_iter} gives for t, or null. */
  Ty intoIter(Ty t) {
    Ty r = cx.resolve(t);
    if (r instanceof Ty.Adt a) {
      if (a.def().builtin == AdtDef.Builtin.VEC) return adt("IntoIter", a.args().get(0));
      if (a.def().builtin == AdtDef.Builtin.OPTION) return adt("OptionIntoIter", a.args().get(0));
      // A table by value: its owning iterator (as a `for` loop makes it, interp.TableLoops).
      if (a.def().builtin == AdtDef.Builtin.HASH_MAP) return adt("MapIntoIter", a.args().get(0), a.args().get(1));
      if (a.def().builtin == AdtDef.Builtin.HASH_SET) return adt("SetIntoIter", a.args().get(0));
      if (CollFroms.isDeque(a)) return adt("DequeIntoIter", a.args().get(0));
      if (CollFroms.isHeap(a)) return adt("IntoIter", a.args().get(0));
      if (CollFroms.isBTree(a)) {
        return a.def().name.equals("BTreeSet") ? adt("BTreeSetIntoIter", a.args().get(0))
            : adt("BTreeIntoIter", a.args().get(0), a.args().get(1));
      }
      if (Iterators.itemOf(a, cx.items) != null) return a;
    }
    if (r instanceof Ty.Param && Iterators.isIterator(r, cx.items)) return r;
    if (r instanceof Ty.Array a) return adt("IntoIter", a.elem());
    if (r instanceof Ty.Ref ref) {
      Ty in = cx.resolve(ref.inner());
      Ty elem = null;
      if (in instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.VEC) elem = a.args().get(0);
      if (in instanceof Ty.Array a) elem = a.elem();
      if (in instanceof Ty.Slice s) elem = s.elem();
      if (elem != null) return adt(ref.mutable() ? "IterMut" : "Iter", elem);
      if (in instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.HASH_MAP) {
        return adt(ref.mutable() ? "MapIterMut" : "MapIter", a.args().get(0), a.args().get(1));
      }
      if (in instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.HASH_SET && !ref.mutable()) return adt("SetIter", a.args().get(0));
      if (in instanceof Ty.Adt a && CollFroms.isDeque(a)) return adt(ref.mutable() ? "DequeIterMut" : "DequeIter", a.args().get(0));
      if (in instanceof Ty.Adt a && CollFroms.isHeap(a) && !ref.mutable()) return adt("Iter", a.args().get(0));
      if (in instanceof Ty.Adt a && CollFroms.isBTree(a)) {
        if (a.def().name.equals("BTreeSet")) return ref.mutable() ? null : adt("BTreeSetIter", a.args().get(0));
        return adt(ref.mutable() ? "BTreeIterMut" : "BTreeIter", a.args().get(0), a.args().get(1));
      }
    }
    return null;
  }

  private Ty.Adt adt(String name, Ty... args) {
    return new Ty.Adt(cx.items.std(name), List.of(args));
  }
}
