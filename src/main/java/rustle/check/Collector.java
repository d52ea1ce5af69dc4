package rustle.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustle.ast.Crate;
import rustle.ast.Item;
import rustle.ast.TypeExpr;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Prim;
import rustle.types.RawPtrs;
import rustle.types.Ty;

/** Fills the item table: first declares every type and trait name, then lowers signatures and fields. */
final class Collector {
  private static final Set<String> BUILTINS =
      Set.of("String", "Vec", "Box", "Option", "Result", "Range", "RangeInclusive", "IntoIter",
          "Rc", "Weak", "RefCell", "Ref", "RefMut", "Cell", RawPtrs.CONST, RawPtrs.MUT,
          "HashMap", "HashSet", "MapIntoIter", "SetIntoIter", "ArrayIntoIter");

  /** std traits whose methods need types rustle lacks (Formatter, associated types): not implementable yet. */
  private static final Set<String> UNIMPLEMENTABLE = Set.of("Hash", "AsRef");

  private final Items items;
  private final List<Diagnostic> errors;
  private final TyLowering lowering;
  /** Whether the bounds being lowered are the user's, whose trait names must exist (E0405). */
  private boolean userBounds;

  Collector(Items items, List<Diagnostic> errors, TyLowering lowering) {
    this.items = items;
    this.errors = errors;
    this.lowering = lowering;
  }

  void declare(Crate crate, boolean prelude) {
    for (Item it : crate.items()) declare(it, prelude);
  }

  private void declare(Item it, boolean prelude) {
    if (it instanceof Item.StructItem s) {
      if (dup(s.name(), s.nameSpan())) return;
      AdtDef.Builtin b = prelude && BUILTINS.contains(s.name()) ? builtin(s.name())
          : AdtDef.Builtin.NONE;
      items.adts.put(s.name(), new AdtDef(s.name(), false, typeParams(s.generics()), b,
          new LinkedHashSet<>(s.derives()), s));
      items.adts.get(s.name()).fromPrelude = prelude;
    } else if (it instanceof Item.EnumItem e) {
      if (dup(e.name(), e.nameSpan())) return;
      AdtDef.Builtin b = prelude && BUILTINS.contains(e.name()) ? builtin(e.name())
          : AdtDef.Builtin.NONE;
      items.adts.put(e.name(), new AdtDef(e.name(), true, typeParams(e.generics()), b,
          new LinkedHashSet<>(e.derives()), e));
      items.adts.get(e.name()).fromPrelude = prelude;
    } else if (it instanceof Item.TraitItem t) {
      List<String> supers = new ArrayList<>();
      for (TypeExpr.Bound b : t.supertraits()) if (b.path() != null) supers.add(b.path().last());
      items.traits.put(t.name(), new TraitDef(t.name(), t, supers, prelude));
    }
  }

  /**
   * The builtin a prelude type stands for. A switch, not {@code Builtin.valueOf}: that builds the enum's
   * name table by reflection on its first use, in every run's start-up.
   */
  private static AdtDef.Builtin builtin(String n) {
    switch (n) {
      case "String": return AdtDef.Builtin.STRING;
      case "Vec": return AdtDef.Builtin.VEC;
      case "Box": return AdtDef.Builtin.BOX;
      case "Option": return AdtDef.Builtin.OPTION;
      case "Result": return AdtDef.Builtin.RESULT;
      case "Range": return AdtDef.Builtin.RANGE;
      case "RangeInclusive": return AdtDef.Builtin.RANGE_INCLUSIVE;
      case "IntoIter": return AdtDef.Builtin.INTO_ITER;
      case "Rc": return AdtDef.Builtin.RC;
      case "Weak": return AdtDef.Builtin.WEAK;
      case "RefCell": return AdtDef.Builtin.REF_CELL;
      case "Ref": return AdtDef.Builtin.REF;
      case "RefMut": return AdtDef.Builtin.REF_MUT;
      case "Cell": return AdtDef.Builtin.CELL;
      case RawPtrs.CONST:
      case RawPtrs.MUT: return AdtDef.Builtin.RAW_PTR;
      case "HashMap": return AdtDef.Builtin.HASH_MAP;
      case "HashSet": return AdtDef.Builtin.HASH_SET;
      case "MapIntoIter": return AdtDef.Builtin.MAP_INTO_ITER;
      case "SetIntoIter": return AdtDef.Builtin.SET_INTO_ITER;
      case "ArrayIntoIter": return AdtDef.Builtin.ARRAY_INTO_ITER;
      default: throw new IllegalStateException("not a builtin type: " + n);
    }
  }

  private boolean dup(String name, rustle.ast.Span span) {
    // A user item may take a std type's name, as it shadows the std prelude in Rust: it replaces the
    // name in the table; std's code and Items.std still reach the prelude's type (Items.preludeAdts).
    if (items.preludeAdts.get(name) != null && items.preludeAdts.get(name) == items.adts.get(name)) return false;
    if (items.adts.containsKey(name) && !(items.adts.get(name).source == null)) {
      AdtDef prev = items.adts.get(name);
      if (prev.builtin != AdtDef.Builtin.NONE || prev.source != null) {
        errors.add(Errors.coded("E0428", "the name `" + name + "` is defined multiple times", span,
            "`" + name + "` redefined here"));
        return true;
      }
    }
    return false;
  }

  private static List<String> typeParams(List<Item.GenericParam> gs) {
    List<String> out = new ArrayList<>();
    for (Item.GenericParam g : gs) if (!g.isLifetime()) out.add(g.name());
    return out;
  }

  void define(Crate crate, boolean prelude) {
    userBounds = !prelude;
    // Aliases first: signatures and fields may name an alias declared further down.
    for (Item it : crate.items()) if (it instanceof Item.TypeAlias a) alias(a);
    for (Item it : crate.items()) define(it, prelude);
    if (!prelude) valueNamespace(crate);
  }

  /**
   * A const or static, a fn, and a unit or tuple struct (its constructor) share the value namespace: a
   * second of them with one name is E0428 (a fn twice is reported where it is defined).
   */
  private void valueNamespace(Crate crate) {
    java.util.Map<String, Item> seen = new java.util.HashMap<>();
    for (Item it : crate.items()) {
      String name;
      rustle.ast.Span span;
      if (it instanceof Item.ConstItem c) {
        name = c.name();
        span = c.span();
      } else if (it instanceof Item.StructItem st && st.kind() != Item.StructKind.NAMED) {
        name = st.name();
        span = st.span();
      } else if (it instanceof Item.FnItem f) {
        name = f.name();
        span = f.nameSpan();
      } else {
        continue;
      }
      Item prev = seen.putIfAbsent(name, it);
      if (prev == null || prev instanceof Item.FnItem && it instanceof Item.FnItem) continue;
      errors.add(Errors.coded("E0428", "the name `" + name + "` is defined multiple times", span,
          "`" + name + "` redefined here"));
    }
  }

  /** {@code type Name<T> = ...;}: the aliased type with the alias's parameters as Ty.Param 0, 1, ... */
  private void alias(Item.TypeAlias a) {
    if (a.type() == null) return;
    if (items.aliases.containsKey(a.name())) {
      errors.add(Errors.coded("E0428", "the name `" + a.name() + "` is defined multiple times", a.span(),
          "`" + a.name() + "` redefined here"));
      return;
    }
    Ty t = lowering.lower(a.type(), scopeOf(a.generics(), null), null);
    if (t != null) {
      items.aliases.put(a.name(), t);
      items.aliasArity.put(a.name(), typeParams(a.generics()).size());
    }
  }

  private void define(Item it, boolean prelude) {
    if (it instanceof Item.StructItem s) {
      AdtDef def = items.adts.get(s.name());
      if (def == null || def.source != s) return;
      TyLowering.Scope sc = scopeOf(s.generics(), new Ty.Adt(def, params(def)));
      def.variants.add(new AdtDef.VariantDef(s.name(), 0, s.kind(), fields(s.fields(), sc), 0));
    } else if (it instanceof Item.EnumItem e) {
      AdtDef def = items.adts.get(e.name());
      if (def == null || def.source != e) return;
      TyLowering.Scope sc = scopeOf(e.generics(), new Ty.Adt(def, params(def)));
      long disc = 0;
      for (int i = 0; i < e.variants().size(); i++) {
        Item.Variant v = e.variants().get(i);
        if (v.discriminant() != null) {
          Long d = lowering.constLen(v.discriminant());
          if (d == null && v.discriminant() instanceof rustle.ast.Expr.Unary u
              && u.op() == rustle.ast.Expr.UnOp.NEG) {
            Long pos = lowering.constLen(u.operand());
            d = pos == null ? null : -pos;
          }
          if (d != null) disc = d;
        }
        def.variants.add(new AdtDef.VariantDef(v.name(), i, v.kind(), fields(v.fields(), sc), disc));
        disc++;
      }
    } else if (it instanceof Item.FnItem f) {
      TyLowering.Scope sc0 = scopeOf(f.generics(), null);
      List<FnSig.Generic> gs = new ArrayList<>(generics(f.generics(), sc0));
      TyLowering.Scope sc = implTraitParams(f, sc0, gs);
      if (!prelude) sc = IterParams.projections(gs, 0, sc);
      FnSig.Def def = new FnSig.Def(f.name(), f.name(), f, gs, 0, Item.SelfKind.NONE, null, null, prelude);
      signature(def, sc);
      if (f.isForeign() && ForeignFns.check(def) != null) errors.add(ForeignFns.check(def));
      if (items.fns.containsKey(f.name())) {
        errors.add(Errors.coded("E0428", "the name `" + f.name() + "` is defined multiple times", f.nameSpan(),
            "`" + f.name() + "` redefined here"));
      }
      items.fns.put(f.name(), def);
      if (f.hasBody()) items.bodies.add(def);
    } else if (it instanceof Item.ConstItem c) {
      Ty t = c.type() == null ? null : lowering.lower(c.type(), scopeOf(List.of(), null), null);
      items.consts.put(c.name(), new ConstDef(c.name(), c, t));
    } else if (it instanceof Item.ImplItem im) {
      impl(im, prelude);
    } else if (it instanceof Item.TraitItem t) {
      trait(t, prelude);
    }
  }

  private List<AdtDef.FieldDef> fields(List<Item.FieldDef> fs, TyLowering.Scope sc) {
    List<AdtDef.FieldDef> out = new ArrayList<>();
    for (Item.FieldDef f : fs) {
      Ty t = f.type() == null ? Ty.UNIT : lowering.lower(f.type(), sc, null);
      out.add(new AdtDef.FieldDef(f.name(), t == null ? Ty.UNIT : t));
    }
    return out;
  }

  private static List<Ty> params(AdtDef def) {
    List<Ty> ps = new ArrayList<>();
    for (int i = 0; i < def.generics.size(); i++) ps.add(new Ty.Param(def.generics.get(i), i));
    return ps;
  }

  private TyLowering.Scope scopeOf(List<Item.GenericParam> gs, Ty self) {
    return extend(new TyLowering.Scope(new HashMap<>(), self), gs);
  }

  private TyLowering.Scope extend(TyLowering.Scope base, List<Item.GenericParam> gs) {
    // Most functions declare no type parameters: their scope is the enclosing one (scopes' maps are never
    // changed once made), without a copy of its map per function.
    boolean any = false;
    for (Item.GenericParam g : gs) any |= !g.isLifetime();
    if (!any) return base;
    Map<String, Ty> m = new HashMap<>(base.params());
    int i = m.size();
    for (Item.GenericParam g : gs) {
      if (!g.isLifetime()) m.put(g.name(), new Ty.Param(g.name(), i++));
    }
    return new TyLowering.Scope(m, base.self());
  }

  private List<FnSig.Generic> generics(List<Item.GenericParam> gs, TyLowering.Scope sc) {
    List<FnSig.Generic> out = new ArrayList<>();
    for (Item.GenericParam g : gs) {
      if (g.isLifetime()) continue;
      out.add(new FnSig.Generic(g.name(), bounds(g.bounds(), sc)));
    }
    return out;
  }

  List<FnSig.TraitRef> bounds(List<TypeExpr.Bound> bs, TyLowering.Scope sc) {
    List<FnSig.TraitRef> out = new ArrayList<>();
    for (TypeExpr.Bound b : bs) {
      if (b.path() == null) continue;
      if (userBounds && b.fnParams() == null && !StdTraitNames.known(b.path().last(), items)) {
        errors.add(Errors.coded("E0405", "cannot find trait `" + b.path().last() + "` in this scope",
            b.path().span(), "not found in this scope"));
        continue;
      }
      List<Ty> ps = null;
      Ty ret = null;
      if (b.fnParams() != null) {
        ps = new ArrayList<>();
        for (TypeExpr t : b.fnParams()) {
          Ty x = lowering.lower(t, sc, null);
          ps.add(x == null ? Ty.UNIT : x);
        }
        ret = b.fnRet() == null ? Ty.UNIT : lowering.lower(b.fnRet(), sc, null);
      } else if (b.fnRet() != null) {
        ret = lowering.lower(b.fnRet(), sc, null);  // an operator trait's `Output = T` (see TraitRef)
      }
      List<Ty> args = new ArrayList<>();
      for (TypeExpr t : b.path().segments().get(b.path().segments().size() - 1).generics()) {
        Ty x = lowering.lower(t, sc, null);
        args.add(x == null ? Ty.UNIT : x);
      }
      out.add(new FnSig.TraitRef(b.path().last(), args, ps, ret));
    }
    return out;
  }

  /**
   * {@code impl Trait} in argument position is an anonymous type parameter: each gets a generic slot
   * after the declared ones, found by the lowering through its node id.
   */
  private TyLowering.Scope implTraitParams(Item.FnItem f, TyLowering.Scope sc, List<FnSig.Generic> gs) {
    Map<String, Ty> m = null;
    for (Item.Param p : f.params()) {
      TypeExpr t = p.type();
      while (t instanceof TypeExpr.RefType r) t = r.inner();
      if (t instanceof TypeExpr.ImplTraitType it) {
        if (m == null) m = new HashMap<>(sc.params());
        Ty param = new Ty.Param("impl " + (it.bounds().isEmpty() || it.bounds().get(0).path() == null ? "Trait"
            : it.bounds().get(0).path().last()), gs.size());
        // `impl Iterator<Item = T>` keeps its item as the bound's argument, as `I: Iterator<Item = T>` does.
        List<FnSig.TraitRef> bs = bounds(it.bounds(), sc);
        gs.add(new FnSig.Generic(((Ty.Param) param).name(), bs));
        m.put("#impl" + it.id(), param);
      }
    }
    return m == null ? sc : new TyLowering.Scope(m, sc.self());
  }

  private void signature(FnSig.Def def, TyLowering.Scope sc) {
    Item.FnItem f = def.item;
    List<Ty> ps = new ArrayList<>();
    if (def.selfKind != Item.SelfKind.NONE) {
      Ty self = def.selfTy;
      switch (def.selfKind) {
        case REF: ps.add(new Ty.Ref(self, false)); break;
        case REF_MUT: ps.add(new Ty.Ref(self, true)); break;
        default: ps.add(self); break;
      }
    }
    for (Item.Param p : f.params()) {
      Ty t = lowering.lower(p.type(), sc, null);
      ps.add(t == null ? Ty.UNIT : t);
    }
    def.params = ps;
    if (f.ret() instanceof TypeExpr.ImplTraitType it) {
      // Decided by the body, which the checker reads first (see Checker).
      def.opaqueRet = new FnSig.TypeExprBound(bounds(it.bounds(), sc));
      def.ret = Ty.UNIT;
      return;
    }
    Ty r = f.ret() == null ? Ty.UNIT : lowering.lower(f.ret(), sc, null);
    def.ret = r == null ? Ty.UNIT : r;
  }

  private void impl(Item.ImplItem im, boolean prelude) {
    TyLowering.Scope base = scopeOf(im.generics(), null);
    Ty self = lowering.lower(im.selfType(), base, null);
    if (self == null) return;
    TyLowering.Scope sc = new TyLowering.Scope(base.params(), self);
    String trait = im.trait() == null ? null : im.trait().last();
    if (!prelude && trait != null && UNIMPLEMENTABLE.contains(trait)) {
      errors.add(Errors.unsupported("`" + trait + "`", im.trait().span()));
      return;
    }
    List<Ty> traitArgs = new ArrayList<>();
    if (im.trait() != null) {
      for (TypeExpr t : im.trait().segments().get(im.trait().segments().size() - 1).generics()) {
        Ty x = lowering.lower(t, sc, null);
        traitArgs.add(x == null ? Ty.UNIT : x);
      }
      if (!items.traits.containsKey(trait)) {
        errors.add(Errors.coded("E0405", "cannot find trait `" + trait + "` in this scope", im.trait().span(),
            "not found in this scope"));
        return;
      }
    }
    if (!prelude && trait != null) MissingItems.check(im, items.traits.get(trait), items.preludeTraits.contains(trait), errors);
    List<FnSig.Generic> implGenerics = generics(im.generics(), base);
    ImplDef impl = new ImplDef(implGenerics, self, trait, traitArgs);
    impl.item = prelude ? null : im;
    for (Item.TypeAlias a : im.types()) {
      Ty t = a.type() == null ? null : lowering.lower(a.type(), sc, null);
      if (t != null) impl.assocTypes.put(a.name(), t);
    }
    if (!prelude && trait != null && !items.preludeTraits.contains(trait)) {
      // The trait's associated types, as its trait arguments after the written ones (see trait); one
      // the impl lacks is MissingItems' E0046.
      for (String a : items.traits.get(trait).assocTypes) traitArgs.add(impl.assocTypes.getOrDefault(a, Ty.UNIT));
    }
    for (Item.ConstItem c : im.consts()) {
      Ty t = lowering.lower(c.type(), sc, null);
      impl.consts.put(c.name(), new ConstDef(TyName.of(self) + "::" + c.name(), c, t));
    }
    lowering.currentImpl = impl;
    String selfName = TyName.of(self) + "::"; // once per impl, not per method
    for (Item.FnItem f : im.fns()) {
      TyLowering.Scope fsc0 = extend(sc, f.generics());
      List<FnSig.Generic> gs = new ArrayList<>(implGenerics);
      if (!f.generics().isEmpty()) gs.addAll(generics(f.generics(), fsc0));
      TyLowering.Scope fsc = implTraitParams(f, fsc0, gs);
      // Not in a trait's impl, whose methods' generics must be the trait's (E0053).
      if (!prelude && trait == null) fsc = IterParams.projections(gs, implGenerics.size(), fsc);
      FnSig.Def def = FnSig.Def.qualified(selfName, f.name(), f, gs, implGenerics.size(),
          f.selfKind(), self, trait, prelude);
      signature(def, fsc);
      impl.methods.put(f.name(), def);
      if (f.hasBody()) items.bodies.add(def);
      if ("Drop".equals(trait) && f.name().equals("drop") && self instanceof Ty.Adt a) a.def().dropFn = def;
      // An Iterator impl the prelude writes in Rust (char's ToUppercase) registers as a program's does.
      if ("Iterator".equals(trait) && f.name().equals("next")) {
        userIterator(im, impl, def, self);
      }
      if ("Iterator".equals(trait) && f.name().equals("size_hint") && self instanceof Ty.Adt a) a.def().iterSizeHint = def;
    }
    lowering.currentImpl = null;
    if (!prelude && trait != null && !items.preludeTraits.contains(trait)) {
      ImplSignatures.check(impl, items.traits.get(trait), errors);
    }
    items.impls.add(impl);
  }

  /**
   * Records a program's {@code impl Iterator for Type} on the type, for the checker's and the runtime's
   * iterator machinery: its item type must be written over the type's own parameters, in order
   * ({@code impl<T> Iterator for Wrapper<T>}), which is how they are substituted later.
   */
  private void userIterator(Item.ImplItem im, ImplDef impl, FnSig.Def next, Ty self) {
    Ty item = impl.assocTypes.get("Item");
    if (item == null) return;  // E0046 (MissingItems)
    if (!(self instanceof Ty.Adt a)) {
      errors.add(Errors.unsupported("`impl Iterator` for a type that is not a struct or enum of the program",
          im.trait().span()));
      return;
    }
    for (int i = 0; i < a.args().size(); i++) {
      if (!(a.args().get(i) instanceof Ty.Param p) || p.index() != i) {
        errors.add(Errors.unsupported("`impl Iterator` for a type whose arguments are not the impl's parameters in order",
            im.trait().span()));
        return;
      }
    }
    a.def().iterNext = next;
    a.def().iterItem = item;
  }

  private void trait(Item.TraitItem t, boolean prelude) {
    TraitDef td = items.traits.get(t.name());
    Ty selfParam = new Ty.Param("Self", 0);
    Map<String, Ty> m = new HashMap<>();
    m.put("Self", selfParam);
    TyLowering.Scope base = extend(new TyLowering.Scope(m, selfParam), t.generics());
    List<FnSig.Generic> tg = new ArrayList<>();
    tg.add(new FnSig.Generic("Self", List.of(new FnSig.TraitRef(t.name(), List.of(), null, null))));
    tg.addAll(generics(t.generics(), base));
    if (!prelude && !td.assocTypes.isEmpty()) {
      // A program's trait's associated types are the trait's parameters after its own, `Self::Item` in
      // its items; each impl gives them as trait arguments after the written ones (see impl).
      Map<String, Ty> withAssoc = new HashMap<>(base.params());
      for (String a : td.assocTypes) {
        withAssoc.put(TyLowering.selfAssoc(a), new Ty.Param(a, withAssoc.size()));
        tg.add(new FnSig.Generic(a, List.of()));
      }
      base = new TyLowering.Scope(withAssoc, base.self());
    }
    String traitPrefix = t.name() + "::";
    for (Item.FnItem f : t.fns()) {
      TyLowering.Scope fsc = extend(base, f.generics());
      List<FnSig.Generic> gs = new ArrayList<>(tg);
      gs.addAll(generics(f.generics(), fsc));
      FnSig.Def def = FnSig.Def.qualified(traitPrefix, f.name(), f, gs, tg.size(), f.selfKind(),
          selfParam, t.name(), prelude);
      signature(def, fsc);
      td.methods.put(f.name(), def);
      if (f.hasBody()) items.bodies.add(def);
    }
  }

  static boolean isPrimSelf(Ty t) {
    return t instanceof Prim;
  }
}
