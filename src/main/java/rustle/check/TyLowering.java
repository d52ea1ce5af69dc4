package rustle.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import rustle.ast.Expr;
import rustle.ast.Path;
import rustle.ast.TypeExpr;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/** Turns types as written ({@link TypeExpr}) into semantic types, in a scope of generic parameters. */
final class TyLowering {
  private final Items items;
  private final List<Diagnostic> errors;

  /** Std types users reach for that rustle does not implement yet: named as unsupported, not unknown. */
  private static final java.util.Set<String> UNSUPPORTED_STD = java.util.Set.of(
      "LinkedList", "Arc", "RwLock", "BufReader", "File");

  /** The scope key of a trait's associated type as its items name it ({@code Self::Item}). */
  static String selfAssoc(String name) {
    return "Self::" + name;
  }

  static boolean isUnsupportedStd(String name) {
    return UNSUPPORTED_STD.contains(name);
  }

  /** The impl whose items are being lowered, for {@code Self::Output} and friends; null elsewhere. */
  ImplDef currentImpl;

  TyLowering(Items items, List<Diagnostic> errors) {
    this.items = items;
    this.errors = errors;
  }

  /** Generic parameters in scope, and the type {@code Self} stands for (null outside impls). */
  record Scope(Map<String, Ty> params, Ty self) {}

  /**
   * Lowers a type; {@code infer} makes {@code _} (and omitted generic arguments) into fresh variables,
   * or null where {@code _} is not allowed. Returns null after reporting an error.
   */
  Ty lower(TypeExpr t, Scope scope, InferCtx infer) {
    if (t instanceof TypeExpr.PathType p) return path(p, scope, infer);
    if (t instanceof TypeExpr.RefType r) {
      Ty inner = lower(r.inner(), scope, infer);
      return inner == null ? null : new Ty.Ref(inner, r.mutable());
    }
    if (t instanceof TypeExpr.TupleType tu) {
      List<Ty> es = new ArrayList<>();
      for (TypeExpr e : tu.elems()) {
        Ty x = lower(e, scope, infer);
        if (x == null) return null;
        es.add(x);
      }
      return es.isEmpty() ? Ty.UNIT : new Ty.Tuple(es);
    }
    if (t instanceof TypeExpr.ArrayType a) {
      Ty e = lower(a.elem(), scope, infer);
      if (e == null) return null;
      Long n = constLen(a.len());
      if (n == null) {
        errors.add(Errors.unsupported("array lengths other than integer literals and constants", a.len().span()));
        return null;
      }
      return new Ty.Array(e, n);
    }
    if (t instanceof TypeExpr.SliceType s) {
      Ty e = lower(s.elem(), scope, infer);
      return e == null ? null : new Ty.Slice(e);
    }
    if (t instanceof TypeExpr.NeverType) return Prim.NEVER;
    if (t instanceof TypeExpr.InferType) {
      if (infer != null) return infer.fresh();
      errors.add(Errors.coded("E0121", "the placeholder `_` is not allowed within types on item signatures",
          t.span(), "not allowed in type signatures"));
      return null;
    }
    if (t instanceof TypeExpr.FnPtrType f) {
      List<Ty> ps = new ArrayList<>();
      for (TypeExpr e : f.params()) {
        Ty x = lower(e, scope, infer);
        if (x == null) return null;
        ps.add(x);
      }
      Ty r = f.ret() == null ? Ty.UNIT : lower(f.ret(), scope, infer);
      return r == null ? null : new Ty.FnPtr(ps, r);
    }
    if (t instanceof TypeExpr.DynTraitType d) return Dyns.lower(this, items, errors, d, scope, infer);
    if (t instanceof TypeExpr.ImplTraitType && scope.params().get("#impl" + t.id()) != null) {
      return scope.params().get("#impl" + t.id());
    }
    if (t instanceof TypeExpr.ImplTraitType) {
      errors.add(Errors.unsupported("`impl Trait` types", t.span()));
      return null;
    }
    errors.add(Errors.unsupported("this kind of type", t.span()));
    return null;
  }

  /** The value of an array length expression: an integer literal or a constant's literal value. */
  Long constLen(Expr e) {
    if (e instanceof Expr.IntLit l) return l.value().longValue();
    if (e instanceof Expr.PathExpr p && p.path().isSingle()) {
      ConstDef c = items.consts.get(p.path().last());
      if (c != null && c.item.value() != null) return constLen(c.item.value());
    }
    if (e instanceof Expr.Binary b) {
      Long l = constLen(b.left());
      Long r = constLen(b.right());
      if (l == null || r == null) return null;
      switch (b.op()) {
        case ADD: return l + r;
        case SUB: return l - r;
        case MUL: return l * r;
        default: return null;
      }
    }
    if (e instanceof Expr.Block b && b.stmts().isEmpty() && b.tail() != null) return constLen(b.tail());
    return null;
  }

  private Ty path(TypeExpr.PathType pt, Scope scope, InferCtx infer) {
    Path p = pt.path();
    List<Path.Segment> segs = p.segments();
    // The user's items live in one namespace: `crate::shapes::Circle` is `Circle` (see ItemTree).
    int skip = 0;
    while (segs.size() - skip > 1 && isModule(segs.get(skip).name())) skip++;
    if (skip > 0) segs = segs.subList(skip, segs.size());
    Path.Segment last = segs.get(segs.size() - 1);
    String name = last.name();
    if (segs.size() == 2 && segs.get(0).name().equals("Self") && currentImpl != null
        && currentImpl.assocTypes.containsKey(name)) {
      return currentImpl.assocTypes.get(name);
    }
    if (segs.size() == 2 && segs.get(0).name().equals("Self") && scope.params().containsKey(selfAssoc(name))) {
      return scope.params().get(selfAssoc(name));  // in a program's trait: its associated type's parameter
    }
    if (segs.size() == 2 && segs.get(0).generics().isEmpty() && scope.params().get(segs.get(0).name() + "::" + name) != null) {
      return scope.params().get(segs.get(0).name() + "::" + name);  // `I::Item` of an iterator parameter (IterParams)
    }
    if (segs.size() == 2 && scope.params().get(segs.get(0).name()) instanceof Ty.Param
        && segs.get(0).generics().isEmpty()) {
      // `T::Item` of a type parameter: a projection rustle's checker does not have (valid Rust).
      errors.add(Errors.unsupported("the associated type `" + segs.get(0).name() + "::" + name
          + "` of a type parameter", p.span()));
      return null;
    }
    // A std path (written out, or brought in by `use std::...`) names std's item, never the user's.
    List<String> stdPath = null;
    List<String> used = items.uses.get(name);
    if (segs.size() > 1) {
      List<String> names = new ArrayList<>();
      List<String> module = items.uses.get(segs.get(0).name());  // `use std::fmt;` then `fmt::Result`
      if (module != null && StdPaths.isStd(module) && items.adt(segs.get(0).name()) == null) names.addAll(module);
      else names.add(segs.get(0).name());
      for (Path.Segment s : segs.subList(1, segs.size())) names.add(s.name());
      if (StdPaths.isStd(names)) stdPath = names;
      Ty fmt = stdPath == null && names.get(names.size() - 2).equals("fmt") ? fmtType(name) : null;
      if (fmt != null) return fmt;
      if (stdPath == null && names.get(names.size() - 2).equals("io")) {
        Ty io = ioType(name, last, scope, infer);
        if (io != null) return io;
      }
    } else if (used != null && !scope.params().containsKey(name) && items.aliases.get(name) == null
        && !(Prim.byName(name) != null && used.get(used.size() - 1).equals(name))) {
      // (`use std::str;` or `use std::f64;` names the primitive's module: `str::from_utf8` is the type's.)
      AdtDef own = items.adt(name);
      if (StdPaths.isStd(used) && (own == null || own == items.stdAdt(name))) stdPath = used;
      else if (own == null) name = used.get(used.size() - 1);  // `use shapes::Circle as Round;`
    }
    if (stdPath != null) return stdType(stdPath, last, scope, infer);
    if (segs.size() == 1) {
      if (name.equals("Self")) {
        if (scope.self() != null) return scope.self();
        errors.add(Errors.coded("E0411", "cannot find type `Self` in this scope", last.span(),
            "`Self` is only available in impls, traits, and type definitions"));
        return null;
      }
      Ty param = scope.params().get(name);
      if (param != null) return param;
      Prim prim = Prim.byName(name);
      if (prim == Prim.I128 || prim == Prim.U128) {
        errors.add(Errors.unsupported("`" + prim.name + "`", last.span()));
        return null;
      }
      if (prim != null && last.generics().isEmpty()) return prim;
    }
    if (segs.size() == 1 || skip > 0) {
      Ty alias = items.aliases.get(name);
      if (alias != null) return aliasArgs(alias, items.aliasArity.get(name), last, scope, infer);
    }
    AdtDef def = items.adt(name);
    if (def == null && UNSUPPORTED_STD.contains(name)) {
      errors.add(Errors.unsupported("`" + name + "`", last.span()));
      return null;
    }
    if (def == null) {
      errors.add(Errors.coded("E0412", "cannot find type `" + name + "` in this scope", last.span(),
          "not found in this scope"));
      return null;
    }
    return adtArgs(def, last, scope, infer);
  }

  /** The std type a std path names ({@code std::cell::Cell<i32>}, {@code fmt::Result} through a use). */
  private Ty stdType(List<String> names, Path.Segment last, Scope scope, InferCtx infer) {
    String name = StdPaths.preludeName(names);
    Ty fmt = names.get(names.size() - 2).equals("fmt") ? fmtType(name) : null;
    if (fmt != null) return fmt;
    Ty io = names.get(names.size() - 2).equals("io") ? ioType(name, last, scope, infer) : null;
    if (io != null) return io;
    AdtDef def = items.stdAdt(name);
    if (def == null) {
      // rustle knows only part of std: a std type it lacks is its own gap, not the user's error.
      errors.add(Errors.unsupported("`" + (UNSUPPORTED_STD.contains(name) ? name : String.join("::", names))
          + "`", last.span()));
      return null;
    }
    return adtArgs(def, last, scope, infer);
  }

  /** An ADT applied to the segment's generic arguments (fresh variables where they may be omitted). */
  private Ty adtArgs(AdtDef def, Path.Segment last, Scope scope, InferCtx infer) {
    List<Ty> args = new ArrayList<>();
    for (TypeExpr g : last.generics()) {
      Ty x = lower(g, scope, infer);
      if (x == null) return null;
      args.add(x);
    }
    if ((def.builtin == AdtDef.Builtin.RC || def.builtin == AdtDef.Builtin.WEAK) && args.size() == 1
        && unsized(args.get(0))) {
      // Rc's unsizing coercion (a fat Rc) is not modelled: name it rather than fail the coercion (E0308).
      errors.add(Errors.unsupported("`" + def.name + "` of a trait object or slice", last.span()));
      return null;
    }
    if (def.fromPrelude && def.name.equals("Peekable") && args.size() == 1
        && Infer.shallow(args.get(0)) instanceof Ty.Adt inner) {
      // std's Peekable<I> keeps I's item, a second parameter of rustle's Peekable<I, T>.
      Ty item = Iterators.itemOf(inner, items);
      if (item != null) args.add(item);
    }
    if (args.size() != def.generics.size()) {
      if (args.isEmpty() && infer != null) {
        for (int i = 0; i < def.generics.size(); i++) args.add(infer.fresh());
      } else {
        errors.add(Errors.coded("E0107", "struct takes " + def.generics.size() + " generic argument"
            + (def.generics.size() == 1 ? "" : "s") + " but " + args.size() + " generic argument"
            + (args.size() == 1 ? " was" : "s were") + " supplied", last.span(), "expected "
            + def.generics.size() + " generic argument" + (def.generics.size() == 1 ? "" : "s")));
        return null;
      }
    }
    return new Ty.Adt(def, args);
  }

  /** A dynamically sized type, or a RefCell/Cell of one ({@code Rc<RefCell<dyn T>>}). */
  private static boolean unsized(Ty t) {
    Ty x = Infer.shallow(t);
    if (x instanceof Ty.Adt a && (a.def().builtin == AdtDef.Builtin.REF_CELL || a.def().builtin == AdtDef.Builtin.CELL)
        && a.args().size() == 1) {
      x = Infer.shallow(a.args().get(0));
    }
    return x instanceof Ty.Dyn || x instanceof Ty.Slice || x == rustle.types.Prim.STR;
  }

  /** {@code fmt::Result} is {@code Result<(), fmt::Error>}; {@code fmt::Error} is the prelude's FmtError. */
  private Ty fmtType(String name) {
    AdtDef err = items.stdAdt("FmtError");
    if (err == null) return null;
    if (name.equals("Error")) return new Ty.Adt(err, List.of());
    if (name.equals("Result")) return new Ty.Adt(items.stdAdt("Result"), List.of(Ty.UNIT, new Ty.Adt(err, List.of())));
    return null;
  }

  /**
   * {@code io::Result<T>} is {@code Result<T, io::Error>}; {@code io::Error} is the prelude's IoError,
   * {@code io::Lines} its StdinLines (the only Lines rustle has); null for the rest of io.
   */
  private Ty ioType(String name, Path.Segment last, Scope scope, InferCtx infer) {
    AdtDef err = items.stdAdt("IoError");
    if (err == null) return null;
    if (name.equals("Error")) return new Ty.Adt(err, List.of());
    if (name.equals("Lines")) return new Ty.Adt(items.stdAdt("StdinLines"), List.of());
    if (!name.equals("Result")) return null;
    Ty t = last.generics().size() == 1 ? lower(last.generics().get(0), scope, infer) : null;
    if (t == null) return null;
    return new Ty.Adt(items.stdAdt("Result"), List.of(t, new Ty.Adt(err, List.of())));
  }

  /** A use of a (generic) alias: its type with the written arguments for its parameters. */
  private Ty aliasArgs(Ty alias, int arity, Path.Segment at, Scope scope, InferCtx infer) {
    List<Ty> args = new ArrayList<>();
    for (TypeExpr g : at.generics()) {
      Ty x = lower(g, scope, infer);
      if (x == null) return null;
      args.add(x);
    }
    if (args.isEmpty() && arity == 0) return alias;
    if (args.size() != arity) {
      if (args.isEmpty() && infer != null) {
        for (int i = 0; i < arity; i++) args.add(infer.fresh());
      } else {
        errors.add(Errors.coded("E0107", "type alias takes " + arity + " generic argument"
            + (arity == 1 ? "" : "s") + " but " + args.size() + " generic argument"
            + (args.size() == 1 ? " was" : "s were") + " supplied", at.span(), "expected " + arity
            + " generic argument" + (arity == 1 ? "" : "s")));
        return null;
      }
    }
    return rustle.types.Subst.apply(alias, args);
  }

  private boolean isModule(String n) {
    return n.equals("crate") || n.equals("self") || n.equals("super") || items.modules.contains(n);
  }

  static Ty resolveDeep(Ty t) {
    return Infer.shallow(t);
  }
}
