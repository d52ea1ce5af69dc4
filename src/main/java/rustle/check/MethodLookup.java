package rustle.check;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Subst;
import rustle.types.Ty;

/**
 * Method resolution as rustc probes it: walk the receiver's auto-deref steps; at each step try the
 * methods whose receiver type matches by value, then with {@code &} and {@code &mut} auto-ref. Inherent
 * and trait impls (prelude and user) are searched, then bounds of generic parameters, then the methods
 * rustle types natively ({@link NativeMethods}).
 */
final class MethodLookup {
  private final FnCk cx;
  final NativeMethods natives;

  MethodLookup(FnCk cx) {
    this.cx = cx;
    this.natives = new NativeMethods(cx);
  }

  /** The deref steps of a receiver: the type itself, then what each deref (or unsizing) yields. */
  List<Ty> steps(Ty t) {
    List<Ty> out = new ArrayList<>();
    Ty cur = cx.resolve(t);
    while (cur != null && out.size() < 10) {
      out.add(cur);
      Ty next = PlaceCk.derefStep(cur);
      if (next == null && cur instanceof Ty.Adt a) {
        if (a.def().builtin == AdtDef.Builtin.STRING) next = Prim.STR;
        else if (a.def().builtin == AdtDef.Builtin.VEC) next = new Ty.Slice(a.args().get(0));
      }
      if (next == null && cur instanceof Ty.Array ar) next = new Ty.Slice(ar.elem());
      if (next == null) next = new OpTraits(cx).derefTarget(cur);
      cur = next == null ? null : cx.resolve(next);
    }
    return out;
  }

  /**
   * rustc's E0282 for a method called on a value of unknown type: at the `let` of the local it reads when
   * that local's type is the unknown one (where an annotation would go), else at the receiver.
   */
  private rustle.diag.Diagnostic unknownReceiver(Expr recv, Infer v) {
    if (recv instanceof Expr.PathExpr p && cx.tables.res[p.id()] instanceof Res.Local l && Infer.shallow(l.var().ty) == v) {
      return Errors.coded("E0282", "type annotations needed", l.var().span, null)
          .withLabel(recv.span(), "type must be known at this point");
    }
    return Errors.coded("E0282", "type annotations needed", recv.span(), "type must be known at this point");
  }

  Ty methodCall(Expr.MethodCall m, Ty expected) {
    Ty recv = cx.exprs.check(m.receiver(), null);
    Ty r0 = cx.resolve(recv);
    if (r0 instanceof Infer v && InferAccess.kind(v) == Infer.Kind.GENERAL) {
      if (!cx.failed()) cx.error(unknownReceiver(m.receiver(), v));
      for (Expr a : m.args()) cx.exprs.check(a, null);
      return null;
    }
    if (r0 instanceof Infer && (m.name().equals("cmp") || m.name().equals("partial_cmp")) && m.args().size() == 1
        && simple(m.args().get(0))) {
      // `4.cmp(p)`: rustc's Self is the literal's type, which the argument (`&Self`) fixes. Checking a
      // path or a borrow of one again below is harmless.
      if (cx.resolve(cx.exprs.check(m.args().get(0), null)) instanceof Ty.Ref r) cx.infer.unify(r0, r.inner());
      recv = cx.resolve(recv);
      if (recv instanceof Infer v && (m.name().equals("partial_cmp") || InferAccess.kind(v) == Infer.Kind.INT)) {
        // Still a literal's type (`vec![3, 1]`'s elements): every integer (float) type has the method, so
        // it is std's for whatever the type becomes; probing the inherent impls would pick the first.
        MethodRes res = new MethodRes(null, m.name(), List.of(), 0, 1, steps(recv), recv);
        cx.tables.res[m.id()] = res;
        cx.tables.derefs[m.id()] = 0;
        return natives.typeCall(m, res, recv, expected);
      }
    }
    List<Ty> steps = steps(recv);
    MethodRes ordOnLiteral = r0 instanceof Infer v && InferAccess.kind(v) == Infer.Kind.INT ? ordMethod(m, r0, steps) : null;
    if (ordOnLiteral != null) return resolved(m, ordOnLiteral, r0, expected);
    for (int k = 0; k < steps.size(); k++) {
      Ty u = steps.get(k);
      for (int autoref = 0; autoref < 3; autoref++) {
        Ty probeTy = autoref == 0 ? u : new Ty.Ref(u, autoref == 2);
        MethodRes found = findImplMethod(m, u, probeTy, k, autoref, steps, expected);
        if (found == null) found = natives.find(m, u, k, autoref, steps);
        if (found != null) return resolved(m, found, u, expected);
      }
    }
    MethodRes onLiteral = r0 instanceof Infer ? literalTraitMethod(m, (Infer) r0, steps) : null;
    if (onLiteral != null) return resolved(m, onLiteral, r0, expected);
    MethodRes conv = m.name().equals("into") ? new Conversions(cx).into(m, recv, expected) : null;
    if (conv != null) {
      cx.tables.res[m.id()] = conv;
      cx.tables.derefs[m.id()] = 0;
      return Subst.apply(conv.def().ret, conv.args());
    }
    MethodRes ord = !(r0 instanceof Infer) && new Obligations(cx).compares(r0, "Ord") ? ordMethod(m, r0, steps) : null;
    if (ord != null) return resolved(m, ord, r0, expected);
    MethodRes cmp = StdTraitFns.method(cx, m, r0, steps);
    if (cmp != null) return resolved(m, cmp, r0, expected);
    String lacking = StdUnsupported.method(steps, m.name(), cx);
    if (lacking != null) {
      // The result gets a fresh type; E0282 and friends stay quiet once the body has an error, as in rustc
      // (reported before the arguments are checked: a closure argument's untyped parameters then are too).
      cx.error(Errors.unsupported("`" + lacking + "`", m.nameSpan()));
      for (Expr a : m.args()) cx.exprs.check(a, null);
      return null;
    }
    for (Expr a : m.args()) cx.exprs.check(a, null);
    boolean floatInherent = m.name().equals("max") || m.name().equals("min") || m.name().equals("clamp");
    if (r0 instanceof Infer v && StdUnsupported.listed("any", m.name())
        && !(InferAccess.kind(v) == Infer.Kind.FLOAT && floatInherent)) {
      // A trait method every number has (`3.partial_cmp(&3)`): rustc accepts it, the literal falling back.
      String fallback = InferAccess.kind(v) == Infer.Kind.FLOAT ? "f64" : "i32";
      cx.error(Errors.unsupported("`" + fallback + "::" + m.name() + "`", m.nameSpan()));
      return null;
    }
    if (cx.resolve(recv) instanceof Ty.Param gp && (natives.hasBound(gp, "Iterator") && !Iterators.isIterator(gp, cx.items)
        || natives.hasBound(gp, "DoubleEndedIterator") && java.util.Set.of("next_back", "nth_back", "rfold", "rfind").contains(m.name()))) {
      // An iterator parameter of a trait's method or a supertrait's: its item has no parameter (IterParams).
      cx.error(Errors.unsupported("`" + m.name() + "` on a generic iterator parameter (`" + cx.show(recv) + "`)", m.nameSpan()));
      return null;
    }
    if (r0 instanceof Infer) {
      cx.error(Errors.coded("E0689", "can't call method `" + m.name() + "` on ambiguous numeric type `"
          + cx.show(recv) + "`", m.nameSpan(), null));
      return null;
    }
    cx.error(Errors.coded("E0599", "no method named `" + m.name() + "` found for " + PathCk.kindWord(cx.resolve(recv))
        + " `" + cx.show(recv) + "` in the current scope", m.nameSpan(), "method not found in `" + cx.show(recv) + "`"));
    return null;
  }

  /** Types a call to the method the probe found ({@code u} is the probe step's type). */
  private Ty resolved(Expr.MethodCall m, MethodRes found, Ty u, Ty expected) {
    int k = found.derefs();
    if (found.def() != null && "Drop".equals(found.def().trait) && m.name().equals("drop")) {
      cx.error(Errors.coded("E0040", "explicit use of destructor method", m.nameSpan(),
          "explicit destructor calls not allowed").withHelp("consider using `drop` function"));
    }
    if (found.def() != null && found.def().item != null && found.def().item.selfSized() != null && u instanceof Ty.Dyn) {
      cx.error(Errors.notOnTraitObject(m.name(), m.nameSpan(), found.def().item.selfSized()));
    }
    if (found.def() != null && found.def().path().equals("str::parse")) {
      MethodRes user = new Conversions(cx).fromStr(m, found, expected);
      if (user != null) found = user;
      else if (!found.args().isEmpty()) cx.parseTargets.add(new Object[] {found.args().get(0), m.nameSpan()});
    }
    if (found.def() != null && found.def().fromPrelude && found.def().name.equals("try_into")
        && found.def().selfTy instanceof Prim source && !found.args().isEmpty()) {
      IntFroms.tryInto(cx, source, found.args().get(found.args().size() - 1), m.nameSpan());
    }
    cx.tables.res[m.id()] = found;
    cx.tables.derefs[m.id()] = k;
    if (found.autoref() == 2) new IndexTraits(cx).markMut(m.receiver(), m.receiver().span(), false);
    // `(&mut it).take(2)`: the receiver is the reference itself, as the prelude's ByRef<I> (NativeMethods).
    Ty self = found.receiverTy() instanceof Ty.Adt ra && ra.def().fromPrelude && ra.def().name.equals("ByRef") ? ra : u;
    if (found.def() == null) return natives.typeCall(m, found, self, expected);
    List<Ty> params = Subst.all(found.def().params, found.args());
    Ty ret = Subst.apply(found.def().ret, found.args());
    if (expected != null) cx.infer.probe(ret, expected);
    List<Ty> hints = cx.exprs.paths.fnHints(found.def(), found.args());
    List<String> kinds = cx.exprs.paths.fnKinds(found.def());
    new StrPatternCk(cx).hint(found.def(), hints, kinds);
    boolean[] known = Obligations.known(found.def(), found.args());
    new BTreeKeyCk(cx).before(m, found.def(), found.args());
    cx.exprs.paths.checkArgs(m, m.args(), params.subList(1, params.size()), found.def().path(),
        hints.subList(1, hints.size()), kinds.subList(1, kinds.size()));
    if (found.def().fromPrelude) fnPointerArgs(m, kinds.subList(1, kinds.size()));
    new BTreeKeyCk(cx).rangeArg(m, found.def(), found.args());
    borrowedKey(m, found.def(), found.args());
    new Obligations(cx).method(m, found.def(), found.args(), known);
    new TableKeyCk(cx).tableKey(m, found.def(), found.args());
    if (new StrPatternCk(cx).check(m, found.def())) return null;
    if (found.def().fromPrelude && found.def().path().equals("str::trim_matches")) strTrimPattern(m);
    return ret;
  }

  /**
   * Ord's provided methods max, min and clamp, called on a type that is Ord and has no inherent method
   * of the name: resolved to the prelude's generic {@code __cmp_max} (min, clamp) with the receiver's
   * type as T. Also on an integer literal's type ({@code best.max(x)} with {@code best = 0}), which
   * rustc accepts through Ord, unlike the inherent {@code pow} or {@code checked_add} (E0689),
   * whatever the literal's type becomes.
   */
  private MethodRes ordMethod(Expr.MethodCall m, Ty r0, List<Ty> steps) {
    int arity = m.name().equals("clamp") ? 2 : m.name().equals("max") || m.name().equals("min") ? 1 : -1;
    if (m.args().size() != arity) return null;
    FnSig.Def d = cx.items.fns.get("__cmp_" + m.name());
    return d == null ? null : new MethodRes(d, m.name(), List.of(r0), 0, 0, steps, r0);
  }

  /**
   * A trait method on a number literal's type ({@code 42.shout()}): as in rustc, when exactly one impl
   * of a trait providing the method can be for the literal (a blanket {@code impl<T: Display> Shout for T},
   * whose T the literal's fallback then fixes, or an impl for one number type of its kind, which the
   * literal becomes), that impl's method; null otherwise (E0689 stays for inherent methods like pow).
   */
  private MethodRes literalTraitMethod(Expr.MethodCall m, Infer v, List<Ty> steps) {
    boolean isFloat = InferAccess.kind(v) == Infer.Kind.FLOAT;
    ImplDef only = null;
    for (ImplDef impl : cx.items.impls) {
      if (impl.trait == null || !provides(impl, m.name())) continue;
      boolean fits = impl.selfTy instanceof Ty.Param
          || impl.selfTy instanceof Prim p && (isFloat ? p.isFloat() : p.isInt());
      if (!fits) continue;
      if (only != null) return null;
      only = impl;
    }
    if (only == null) return null;
    if (only.selfTy instanceof Prim p) cx.infer.unify(v, p);
    Ty u = cx.resolve(v);
    FnSig.Def f = only.methods.get(m.name());
    for (int autoref = 0; autoref < 3; autoref++) {
      Ty probeTy = autoref == 0 ? u : new Ty.Ref(u, autoref == 2);
      MethodRes res = f != null ? tryImpl(m, only, f, u, probeTy, 0, autoref, steps)
          : tryDefault(m, only, cx.items.traits.get(only.trait).methods.get(m.name()), probeTy, 0, autoref, steps);
      if (res != null) return res;
    }
    return null;
  }

  /** Whether the program's impl has a method named name taking self, its own or its trait's provided one. */
  private boolean provides(ImplDef impl, String name) {
    FnSig.Def f = impl.methods.get(name);
    if (f != null) return !f.fromPrelude && f.selfKind != Item.SelfKind.NONE;
    TraitDef td = cx.items.traits.get(impl.trait);
    FnSig.Def d = td == null ? null : td.methods.get(name);
    return d != null && !d.fromPrelude && d.item.hasBody() && d.selfKind != Item.SelfKind.NONE;
  }

  /** A local, a field of one, or a borrow of either: an expression whose checking has no side effects. */
  private static boolean simple(Expr e) {
    if (e instanceof Expr.Borrow b) return simple(b.operand());
    if (e instanceof Expr.Field f) return simple(f.receiver());
    return e instanceof Expr.PathExpr;
  }

  /**
   * {@code trim_matches} strips from both ends, so std wants a pattern that searches the same from
   * either end (DoubleEndedSearcher): a char, chars, or a predicate, not a string (E0277).
   */
  private void strTrimPattern(Expr.MethodCall m) {
    if (m.args().size() != 1) return;
    Ty t = cx.resolve(cx.tables.types[m.args().get(0).id()]);
    while (t instanceof Ty.Ref r) t = cx.resolve(r.inner());
    if (t != Prim.STR && !(t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.STRING)) return;
    // Added directly: the searcher's `'_` is no type left unknown (FnCk.error would drop a second one).
    cx.errors.add(Errors.coded("E0277", "the trait bound `for<'a> StrSearcher<'a, '_>: DoubleEndedSearcher<'a>` is not satisfied",
        m.args().get(0).span(), "the nightly-only, unstable trait `for<'a> DoubleEndedSearcher<'a>` is not implemented for `StrSearcher<'a, '_>`")
        .withLabel(m.nameSpan(), "required by a bound introduced by this call")
        .withSub(Diagnostic.Sub.note("required by a bound in `core::str::<impl str>::trim_matches`")));
  }

  /**
   * The method at one probe step. As in rustc, inherent methods shadow trait methods; two applicable
   * trait methods from different traits are ambiguous (E0034).
   */
  private MethodRes findImplMethod(Expr.MethodCall m, Ty u, Ty probeTy, int k, int autoref, List<Ty> steps,
      Ty expected) {
    if (u instanceof Infer) return null;
    // `a.cmp(b)` with `a: &{integer}`: every integer type has the inherent method, so probing them would
    // bind the literal's type to the first (i8); rustc leaves it to inference.
    boolean literalBehindRef = u instanceof Ty.Ref r && cx.resolve(r.inner()) instanceof Infer;
    if (!literalBehindRef) {
      for (ImplDef impl : cx.items.impls) {
        if (impl.trait != null) continue;
        FnSig.Def f = impl.methods.get(m.name());
        if (f == null || f.selfKind == Item.SelfKind.NONE) continue;
        MethodRes res = tryImpl(m, impl, f, u, probeTy, k, autoref, steps);
        if (res != null) return res;
      }
    }
    MethodRes found = null;
    ImplDef foundImpl = null;
    int foundMark = 0;
    List<ImplDef> rivals = null;
    for (ImplDef impl : cx.items.impls) {
      if (impl.trait == null) continue;
      int mark = cx.infer.mark();
      MethodRes res = tryTraitImpl(m, impl, u, probeTy, k, autoref, steps);
      if (res == null) continue;
      if (found != null && impl.trait.equals(found.def().trait)) {
        // Another impl of the same generic trait (`Conv<i64>` and `Conv<String>` for S): the trait's
        // arguments choose between them once all are known.
        cx.infer.rollback(mark);
        if (rivals == null) rivals = new ArrayList<>();
        rivals.add(impl);
        continue;
      }
      if (found != null) {
        cx.error(Errors.coded("E0034", "multiple applicable items in scope", m.nameSpan(),
            "multiple `" + m.name() + "` found"));
        return found;
      }
      found = res;
      foundImpl = impl;
      foundMark = mark;
    }
    if (found != null && rivals != null) {
      rivals.add(0, foundImpl);
      cx.infer.rollback(foundMark);
      return new ImplChoice(cx).choose(m, expected, rivals, impl -> tryTraitImpl(m, impl, u, probeTy, k, autoref, steps));
    }
    if (found != null) return found;
    if (u instanceof Ty.Param p) return paramMethod(m, p, probeTy, k, autoref, steps);
    if (u instanceof Ty.Dyn d) return dynMethod(m, d, probeTy, k, autoref, steps);
    return null;
  }

  /** The method named by m in a trait impl (its own or the trait's provided one), when the receiver fits. */
  private MethodRes tryTraitImpl(Expr.MethodCall m, ImplDef impl, Ty u, Ty probeTy, int k, int autoref, List<Ty> steps) {
    FnSig.Def f = impl.methods.get(m.name());
    if (f == null) {
      TraitDef td = cx.items.traits.get(impl.trait);
      FnSig.Def d = td == null ? null : td.methods.get(m.name());
      if (d != null && d.item.hasBody() && d.selfKind != Item.SelfKind.NONE) {
        return tryDefault(m, impl, d, probeTy, k, autoref, steps);
      }
      return null;
    }
    return f.selfKind != Item.SelfKind.NONE ? tryImpl(m, impl, f, u, probeTy, k, autoref, steps) : null;
  }

  /** A method of a trait object's trait (or its supertraits): dispatched through the vtable at run time. */
  private MethodRes dynMethod(Expr.MethodCall m, Ty.Dyn d, Ty probeTy, int k, int autoref, List<Ty> steps) {
    for (TraitDef td : TraitDef.withSupertraits(cx.items.traits, d.trait())) {
      FnSig.Def def = td.methods.get(m.name());
      if (def != null && def.selfKind != Item.SelfKind.NONE) {
        List<Ty> targs = new ArrayList<>();
        targs.add(d);
        if (td.name.equals(d.trait())) targs.addAll(d.args());
        while (targs.size() < def.implGenerics) targs.add(cx.infer.fresh());
        List<Ty> args = cx.exprs.paths.instantiate(def, targs, m.generics());
        Ty recvParam = Subst.apply(def.params.get(0), args);
        if (cx.infer.probe(recvParam, probeTy)) return new MethodRes(def, null, args, k, autoref, steps, d);
        return null;
      }
    }
    return null;
  }

  private MethodRes tryImpl(Expr.MethodCall m, ImplDef impl, FnSig.Def f, Ty u, Ty probeTy, int k, int autoref,
      List<Ty> steps) {
    List<Ty> implArgs = cx.exprs.paths.freshArgs(impl.generics.size());
    List<Ty> args = cx.exprs.paths.instantiate(f, implArgs, m.generics());
    Ty recvParam = Subst.apply(f.params.get(0), args);
    return cx.infer.probe(recvParam, probeTy) ? new MethodRes(f, null, args, k, autoref, steps, u) : null;
  }

  private MethodRes tryDefault(Expr.MethodCall m, ImplDef impl, FnSig.Def d, Ty probeTy, int k, int autoref,
      List<Ty> steps) {
    List<Ty> implArgs = cx.exprs.paths.freshArgs(impl.generics.size());
    Ty self = Subst.apply(impl.selfTy, implArgs);
    List<Ty> targs = new ArrayList<>();
    targs.add(self);
    for (Ty t : impl.traitArgs) targs.add(Subst.apply(t, implArgs));
    List<Ty> args = cx.exprs.paths.instantiate(d, targs, m.generics());
    Ty recvParam = Subst.apply(d.params.get(0), args);
    if (!cx.infer.probe(recvParam, probeTy)) return null;
    new SuperBounds(cx).check(self, impl.trait, m.nameSpan());
    return new MethodRes(d, null, args, k, autoref, steps, self);
  }

  private MethodRes paramMethod(Expr.MethodCall m, Ty.Param p, Ty probeTy, int k, int autoref, List<Ty> steps) {
    if (cx.def == null || p.index() >= cx.def.generics.size()) return null;
    for (FnSig.TraitRef b : cx.def.generics.get(p.index()).bounds()) {
      if (!cx.items.traits.containsKey(b.trait())) continue;
      // The bound's supertraits' methods too (`trait Pet: Animal` calls self.name() of Animal).
      for (TraitDef td : TraitDef.withSupertraits(cx.items.traits, b.trait())) {
        FnSig.Def d = td.methods.get(m.name());
        if (d == null || d.selfKind == Item.SelfKind.NONE) continue;
        List<Ty> targs = new ArrayList<>();
        targs.add(p);
        if (td.name.equals(b.trait())) targs.addAll(b.args());
        while (targs.size() < d.implGenerics) targs.add(cx.infer.fresh());
        List<Ty> args = cx.exprs.paths.instantiate(d, targs, m.generics());
        Ty recvParam = Subst.apply(d.params.get(0), args);
        if (cx.infer.probe(recvParam, probeTy)) return new MethodRes(d, null, args, k, autoref, steps, p);
      }
    }
    return null;
  }

  /**
   * The prelude's lookups by a borrowed key (HashMap::get, get_mut, contains_key, remove; HashSet::contains,
   * remove) take {@code &Q} where std has {@code K: Borrow<Q>}. For a numeric key type the only impl is
   * {@code Borrow<T> for T}, so rustc's selection makes a literal key (`map.get(&37)`) the key type; without
   * this it would fall back to i32 and never match, say, a u8 key.
   */
  private void borrowedKey(Expr.MethodCall m, FnSig.Def def, List<Ty> args) {
    if (!def.fromPrelude || args.isEmpty()) return;
    int q = -1;
    for (int i = 0; i < def.generics.size(); i++) if (def.generics.get(i).name().equals("Q")) q = i;
    if (q < 0 || args.size() < def.generics.size()) return;
    Ty borrowed = Infer.shallow(args.get(args.size() - (def.generics.size() - q)));
    Ty key = Infer.shallow(args.get(0));
    if (borrowed instanceof Infer v && InferAccess.kind(v) != Infer.Kind.GENERAL
        && (key instanceof Prim || key instanceof Infer)) {
      // A float literal for an integer key (or the reverse) has no Borrow impl either: rustc reports the
      // argument as mismatched rather than letting the literal fall back to a type the map cannot hash.
      if (!cx.infer.unify(borrowed, key) && !m.args().isEmpty()) {
        cx.mismatch(m.args().get(0).span(), new Ty.Ref(key, false), new Ty.Ref(borrowed, false));
      }
    }
  }

  /**
   * A {@code fn} pointer value passed to a std method for a closure parameter ({@code v.sort_by_key(k)} with
   * {@code k: fn(&T) -> K}): valid Rust, but std's methods here call closures and fn items only, so it is
   * named as unsupported rather than failing when the program is compiled.
   */
  private void fnPointerArgs(Expr.MethodCall m, List<String> kinds) {
    for (int i = 0; i < m.args().size() && i < kinds.size(); i++) {
      if (kinds.get(i) == null) continue;
      Ty t = cx.resolve(cx.tables.types[m.args().get(i).id()]);
      while (t instanceof Ty.Ref r) t = cx.resolve(r.inner());
      if (t instanceof Ty.FnPtr) {
        cx.error(Errors.unsupported("a `fn` pointer value as the closure of `" + m.name() + "`", m.args().get(i).span()));
      }
    }
  }
}
