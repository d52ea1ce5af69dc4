package rustle.check;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Path;
import rustle.ast.Span;
import rustle.ast.TypeExpr;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Infer;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Subst;
import rustle.types.Ty;

/** Resolution and typing of paths in expressions, calls, and struct literals. */
final class PathCk {
  private final FnCk cx;

  PathCk(FnCk cx) {
    this.cx = cx;
  }

  Ty pathExpr(Expr.PathExpr p, Ty expected) {
    Res r = resolveValue(p);
    if (r == null) return null;
    cx.tables.res[p.id()] = r;
    if (r instanceof Res.Fn f) IntFroms.value(cx, p, f);
    if (r instanceof Res.Fn f && isConstFn(f.def())) return Subst.apply(f.def().ret, f.args());
    return typeOfRes(r, p.span(), expected);
  }

  /** Whether def is the function an associated const of a trait or trait impl became (syntax.ItemBuilder). */
  static boolean isConstFn(FnSig.Def def) {
    return def.item != null && def.params.isEmpty() && def.name.startsWith("__const_");
  }

  Ty typeOfRes(Res r, Span span, Ty expected) {
    if (r instanceof Res.Local l) return l.var().ty;
    if (r instanceof Res.Const c) return c.def().ty == null ? cx.infer.fresh() : c.def().ty;
    if (r instanceof Res.Fn f) return new Ty.FnDef(f.def(), f.args());
    if (r instanceof Res.Variant v) {
      AdtDef.VariantDef vd = v.adt().def().variants.get(v.variant());
      if (vd.kind() == Item.StructKind.UNIT) return v.adt();
      // A tuple constructor used as a value (not called) is a function item.
      if (vd.kind() == Item.StructKind.TUPLE) return cx.items.ctorFns.fnDef(v.adt(), v.variant());
      cx.error(Errors.coded("E0533", "expected value, found struct variant `" + vd.name() + "`", span,
          "not a value"));
      return null;
    }
    if (r instanceof Res.Intrinsic in) {
      cx.error(Errors.unsupported("intrinsic functions used as values", span));
      return null;
    }
    return null;
  }

  /** A path expression, qualified ({@code <T as Trait>::f}) or not. */
  Res resolveValue(Expr.PathExpr p) {
    if (p.qself() == null) return resolveValue(p.path(), p.span());
    Ty self = cx.lowering.lower(p.qself(), cx.tyScope, cx.infer);
    if (self == null) return null;
    List<Path.Segment> segs = p.path().segments();
    Path.Segment member = segs.get(segs.size() - 1);
    if (segs.size() == 1) return assocItem(self, member, p.span());
    Path.Segment traitSeg = segs.get(segs.size() - 2);
    TraitDef td = cx.items.traits.get(traitSeg.name());
    if (td == null) {
      cx.error(Errors.coded("E0405", "cannot find trait `" + traitSeg.name() + "` in this scope", traitSeg.span(),
          "not found in this scope"));
      return null;
    }
    Ty rs = cx.resolve(self);
    if (!(rs instanceof Ty.Param) && !(rs instanceof rustle.types.Infer) && !implementsTrait(rs, td.name)
        && !(StdTraitFns.traitOf(member.name()) != null && new Obligations(cx).holds(rs, td.name))) {
      cx.error(Errors.coded("E0277", "the trait bound `" + cx.show(rs) + ": " + td.name + "` is not satisfied",
          p.qself().span(), "the trait `" + td.name + "` is not implemented for `" + cx.show(rs) + "`"));
      return null;
    }
    return traitItem(td, self, traitSeg.generics(), member, p.span());
  }

  /**
   * {@code Trait::f} or {@code <T as Trait>::f}: the trait's declaration with Self as a type argument,
   * which the evaluator dispatches to the impl once Self is known. Without a qself, Self is inferred
   * from the arguments; when nothing in the signature mentions Self it cannot be (E0790).
   */
  private Res traitItem(TraitDef td, Ty self, List<TypeExpr> traitGenerics, Path.Segment member, Span span) {
    FnSig.Def f = td.methods.get(member.name());
    if (f == null && !member.name().startsWith("__")) f = td.methods.get("__const_" + member.name());
    if (f == null && cx.items.preludeTraits.contains(td.name)) {
      Res std = StdTraitFns.resolve(cx, this, td.name, self, member);
      if (std != null) return std;
    }
    if (f == null) {
      cx.error(Errors.coded("E0576", "cannot find method or associated constant `" + member.name()
          + "` in trait `" + td.name + "`", member.span(), "not found in `" + td.name + "`"));
      return null;
    }
    if (self == null && !mentionsSelf(f)) {
      cx.error(Errors.coded("E0790", "cannot call associated function on trait without specifying the "
          + "corresponding `impl` type", span, "cannot call associated function of trait"));
      return null;
    }
    List<Ty> implArgs = new ArrayList<>();
    implArgs.add(self == null ? cx.infer.fresh() : self);
    if (self == null) cx.traitSelves.add(new Object[] {implArgs.get(0), span});
    if (f.implGenerics > 1 && !traitArgs(td, f, traitGenerics, f.implGenerics - 1, implArgs, span)) return null;
    return new Res.Fn(f, instantiate(f, implArgs, member.generics()));
  }

  /**
   * The arguments of a generic trait named in a path ({@code Container::<i32>::first}, or without them
   * when the program has one impl of the trait, whose arguments they are): rustle does not select among
   * several impls by the call's types, so that is reported unsupported (it had no type for them).
   */
  private boolean traitArgs(TraitDef td, FnSig.Def f, List<TypeExpr> generics, int n, List<Ty> out, Span span) {
    if (generics.isEmpty() && mentionsTraitParams(f)) {
      // The call's arguments give the trait's (`From::from(x)`); the interpreter then selects the impl.
      out.addAll(freshArgs(n));
      return true;
    }
    if (generics.size() == n) {
      for (TypeExpr g : generics) {
        Ty t = cx.lowering.lower(g, cx.tyScope, cx.infer);
        if (t == null) return false;
        out.add(t);
      }
      return true;
    }
    ImplDef only = null;
    for (ImplDef impl : cx.items.impls) {
      if (!td.name.equals(impl.trait)) continue;
      if (only != null) {
        cx.error(Errors.unsupported("a method of generic trait `" + td.name + "` called by its path without the"
            + " trait's type arguments", span));
        return false;
      }
      only = impl;
    }
    if (only == null || only.traitArgs.size() != n) return true;
    List<Ty> fresh = freshArgs(only.generics.size());
    for (Ty a : only.traitArgs) out.add(Subst.apply(a, fresh));
    cx.infer.unify(out.get(0), Subst.apply(only.selfTy, fresh));
    return true;
  }

  /** Whether each of the trait's parameters (after Self) appears in f's parameters. */
  private static boolean mentionsTraitParams(FnSig.Def f) {
    for (int p = 1; p < f.implGenerics; p++) {
      List<Ty> marked = new ArrayList<>();
      for (int i = 0; i < f.generics.size(); i++) {
        marked.add(i == p ? new Ty.Tuple(List.of(Prim.NEVER, Prim.NEVER)) : new Ty.Param(f.generics.get(i).name(), i));
      }
      boolean found = false;
      for (Ty t : f.params) found |= !Subst.apply(t, marked).equals(t);
      // Or the result (`let s: String = Conv::conv(&x)`): the expected type then gives the arguments.
      found |= f.ret != null && !Subst.apply(f.ret, marked).equals(f.ret);
      if (!found) return false;
    }
    return true;
  }

  private static boolean mentionsSelf(FnSig.Def f) {
    List<Ty> marked = new ArrayList<>();
    marked.add(new Ty.Tuple(List.of(Prim.NEVER, Prim.NEVER)));
    for (int i = 1; i < f.generics.size(); i++) marked.add(new Ty.Param(f.generics.get(i).name(), i));
    for (Ty t : f.params) if (!Subst.apply(t, marked).equals(t)) return true;
    return !Subst.apply(f.ret, marked).equals(f.ret);
  }

  /** Resolves a path in value position to a local, const, fn, variant or intrinsic; reports E0425. */
  Res resolveValue(Path path, Span span) {
    List<Path.Segment> segs = crateRelative(path.segments());
    if (segs.size() != path.segments().size()) path = new Path(path.span(), segs);
    String last = path.last();
    if (segs.size() == 1) {
      Path.Segment s = segs.get(0);
      if (s.generics().isEmpty()) {
        LocalVar v = cx.lookupLocal(last);
        if (v != null) return new Res.Local(v);
      }
      ConstDef c = cx.items.consts.get(last);
      if (c != null) return new Res.Const(c);
      FnSig.Def f = cx.items.fns.get(last);
      if (f != null) return new Res.Fn(f, instantiate(f, null, s.generics()));
      Res pv = preludeVariant(last);
      if (pv != null) return turbofish(pv, s);
      AdtDef d = cx.items.adts.get(last);
      if (d != null && !d.isEnum) return turbofish(new Res.Variant(freshAdt(d), 0), s);
      Res glob = globVariant(last);
      if (glob != null) return turbofish(glob, s);
      if (cx.items.uses.containsKey(last)) return resolveUse(cx.items.uses.get(last), s, span);
      if (last.equals("drop")) return resolveStdPath(List.of("std", "mem", "drop"), s, span);
      cx.error(Errors.coded("E0425", "cannot find value `" + last + "` in this scope", span,
          "not found in this scope"));
      return null;
    }
    // A path through a `use`d module: `use std::mem;` then `mem::swap`.
    String first = segs.get(0).name();
    boolean primModule = Prim.byName(first) != null && segs.size() > 2 && cx.items.uses.containsKey(first)
        && cx.items.uses.get(first).get(cx.items.uses.get(first).size() - 1).equals(first);  // `use std::f64;` then `f64::consts::PI`
    if (cx.items.uses.containsKey(first) && (!isTypeName(first) || primModule) && !TyLowering.isUnsupportedStd(first)) {
      List<String> target = cx.items.uses.get(first);
      if (!StdPaths.isStdRoot(target.get(0))) {
        List<String> names = new ArrayList<>(target);
        for (int i = 1; i < segs.size(); i++) names.add(segs.get(i).name());
        return resolveStdPath(names, segs.get(segs.size() - 1), span);
      }
      List<Path.Segment> full = new ArrayList<>();
      for (String n : target) full.add(new Path.Segment(n, segs.get(0).span(), List.of()));
      full.addAll(segs.subList(1, segs.size()));
      segs = full;
    }
    // Std paths like std::mem::size_of, std::i32::MAX, std::cell::Cell::new: they name std's items,
    // whatever the user's crate defines.
    List<Path.Segment> typePath = segs.subList(0, segs.size() - 1);
    if (StdPaths.isStdRoot(segs.get(0).name())) {
      List<String> names = new ArrayList<>();
      for (Path.Segment s : segs) names.add(s.name());
      Res ctor = stdStruct(names);
      if (ctor != null) return ctor;
      String owner = names.get(names.size() - 2);
      if (cx.items.preludeTraits.contains(owner) && cx.items.traits.get(owner) != null) {
        return traitItem(cx.items.traits.get(owner), null, List.of(), segs.get(segs.size() - 1), span);  // std::clone::Clone::clone
      }
      if (cx.items.stdAdt(StdPaths.preludeName(names.subList(0, names.size() - 1))) == null) {
        return resolveStdPath(names, segs.get(segs.size() - 1), span);
      }
    } else if (segs.size() != 2) {
      cx.error(Errors.unsupported("paths with more than two segments", span));
      return null;
    }
    Path.Segment typeSeg = typePath.get(typePath.size() - 1);
    Path.Segment member = segs.get(segs.size() - 1);
    TraitDef trait = cx.items.traits.get(typeSeg.name());
    if (trait != null && typePath.size() == 1 && !isTypeName(typeSeg.name())) {
      return traitItem(trait, null, typeSeg.generics(), member, span);
    }
    Ty self = typeOfPath(typePath);
    if (self == null) return null;
    // Enum variant?
    if (self instanceof Ty.Adt a && a.def().isEnum) {
      AdtDef.VariantDef v = a.def().variant(member.name());
      if (v != null) return turbofish(new Res.Variant(a, v.index()), member);  // E::V::<T>
    }
    return assocItem(self, member, span);
  }

  /**
   * Drops the module part of a path into the user's crate ({@code crate::}, {@code self::}, {@code super::},
   * module names): every user item lives in one namespace (see {@link ItemTree}).
   */
  List<Path.Segment> crateRelative(List<Path.Segment> segs) {
    int i = 0;
    while (segs.size() - i > 1 && isModule(segs.get(i).name())) i++;
    return i == 0 ? segs : segs.subList(i, segs.size());
  }

  private boolean isModule(String n) {
    return n.equals("crate") || n.equals("self") || n.equals("super") || cx.items.modules.contains(n);
  }

  /** A name brought in by {@code use}: a std item, or an item or variant of the user's crate. */
  private Res resolveUse(List<String> target, Path.Segment at, Span span) {
    String root = target.get(0);
    if (root.equals("std") || root.equals("core") || root.equals("alloc")) return resolveStdPath(target, at, span);
    List<Path.Segment> segs = new ArrayList<>();
    for (int i = 0; i < target.size(); i++) {
      segs.add(new Path.Segment(target.get(i), at.span(), i == target.size() - 1 ? at.generics() : List.of()));
    }
    segs = crateRelative(segs);
    if (segs.size() == 1 && cx.items.uses.get(segs.get(0).name()) == target) {
      cx.error(Errors.coded("E0425", "cannot find value `" + at.name() + "` in this scope", span,
          "not found in this scope"));
      return null;
    }
    return resolveValue(new Path(span, segs), span);
  }

  /**
   * The unit variant (or unit struct) a bare name in a pattern means through a {@code use}, such as
   * {@code Nil} after {@code use List::{Cons, Nil}}: then the name is not a new binding.
   */
  Res.Variant importedUnitVariant(String name) {
    Res r = globVariant(name);
    if (r == null && cx.lookupLocal(name) == null) {
      List<String> target = cx.items.uses.get(name);
      if (target != null && !target.get(0).equals("std") && !target.get(0).equals("core")) {
        List<Path.Segment> segs = new ArrayList<>();
        for (String n : target) segs.add(new Path.Segment(n, Span.NONE, List.of()));
        segs = crateRelative(segs);
        AdtDef d = cx.items.adts.get(segs.get(0).name());
        if (segs.size() == 2 && d != null && d.isEnum && d.variant(segs.get(1).name()) != null) {
          r = new Res.Variant(freshAdt(d), d.variant(segs.get(1).name()).index());
        } else if (segs.size() == 1 && d != null && !d.isEnum) {
          r = new Res.Variant(freshAdt(d), 0);
        }
      }
    }
    if (r instanceof Res.Variant v && v.adt().def().variants.get(v.variant()).kind() == Item.StructKind.UNIT) {
      return v;
    }
    return null;
  }

  /** A variant of an enum glob-imported with {@code use Enum::*}. */
  private Res globVariant(String name) {
    for (AdtDef d : cx.items.globEnums) {
      AdtDef.VariantDef v = d.variant(name);
      if (v != null) return new Res.Variant(freshAdt(d), v.index());
    }
    return null;
  }

  private boolean isTypeName(String n) {
    return Prim.byName(n) != null || cx.items.adts.containsKey(n) || n.equals("Self") || cx.items.aliases.containsKey(n)
        || cx.tyScope.params().containsKey(n);
  }

  /** The type named by the first segment of {@code Type::member}, with fresh variables for omitted arguments. */
  Ty typeOfSegment(Path.Segment seg, Span span) {
    return typeOfPath(List.of(seg));
  }

  /** The type a path names ({@code Type} or {@code std::cell::Cell}), with fresh variables for omitted arguments. */
  private Ty typeOfPath(List<Path.Segment> segs) {
    Span at = segs.get(0).span().to(segs.get(segs.size() - 1).span());
    TypeExpr.PathType pt = new TypeExpr.PathType(-1, at, new Path(at, segs));
    return cx.lowering.lower(pt, cx.tyScope, cx.infer);
  }

  /** A std struct named by a std path in value position ({@code std::ops::Range { .. }}, a unit struct). */
  private Res stdStruct(List<String> names) {
    AdtDef d = cx.items.stdAdt(StdPaths.preludeName(names));
    if (d == null || d.isEnum) return null;
    // String, Vec, Rc...: declared `pub struct Vec<T>;` in the prelude, but not unit structs in std.
    if (d.builtin != AdtDef.Builtin.NONE && d.variants.get(0).kind() == Item.StructKind.UNIT) return null;
    return new Res.Variant(freshAdt(d), 0);
  }

  /**
   * Whether two inherent impls define a function name whose Self both fit self ({@code W::make()} with
   * {@code impl W<i32>} and {@code impl W<bool>} each defining it, and W's argument not known yet):
   * rustc cannot choose, E0034, reported here with each candidate.
   */
  private boolean ambiguousInherent(Ty self, String name, Span at) {
    List<ImplDef> fits = new ArrayList<>();
    for (ImplDef impl : cx.items.impls) {
      if (impl.trait != null || impl.methods.get(name) == null) continue;
      if (cx.infer.canUnify(Subst.apply(impl.selfTy, freshArgs(impl.generics.size())), self)) fits.add(impl);
    }
    if (fits.size() < 2) return false;
    Diagnostic d = Errors.coded("E0034", "multiple applicable items in scope", at, "multiple `" + name + "` found");
    for (int k = 0; k < fits.size(); k++) {
      FnSig.Def f = fits.get(k).methods.get(name);
      Span sig = f.item == null ? null : f.item.nameSpan();
      if (f.item != null && f.item.ret() != null) {
        Span a = f.item.span();
        Span r = f.item.ret().span();
        sig = new Span(a.start(), r.end(), a.line(), a.col(), r.endLine(), r.endCol()); // up to the return type
      }
      d = d.withSub(Diagnostic.Sub.note("candidate #" + (k + 1) + " is defined in an impl for the type `"
          + cx.show(fits.get(k).selfTy) + "`", sig, null));
    }
    cx.error(d);
    return true;
  }

  /** An associated function or constant of a type (inherent impls first, then trait impls). */
  Res assocItem(Ty self, Path.Segment member, Span span) {
    String name = member.name();
    if (ambiguousInherent(self, name, member.span())) return null;
    // Inherent items shadow trait items, as in rustc; two trait impls providing the name are ambiguous.
    for (int pass = 0; pass < 2; pass++) {
      Res found = null;
      String foundTrait = null;
      boolean sameTrait = false;
      Ty foundSelf = null;
      for (ImplDef impl : cx.items.impls) {
        if ((impl.trait == null) != (pass == 0)) continue;
        FnSig.Def f = impl.methods.get(name);
        ConstDef c = impl.consts.get(name);
        // A trait impl's associated const, as its function (syntax.ItemBuilder.constFns).
        if (f == null && c == null && impl.trait != null) f = impl.methods.get("__const_" + name);
        if (f == null && c == null) continue;
        List<Ty> implArgs = freshArgs(impl.generics.size());
        Ty implSelf = Subst.apply(impl.selfTy, implArgs);
        if (found != null) {
          if (!cx.infer.canUnify(implSelf, self)) continue;
          if (!impl.trait.equals(foundTrait)) {
            if (!cx.infer.canUnify(implSelf, foundSelf)) continue;
            cx.error(Errors.coded("E0034", "multiple applicable items in scope", member.span(),
                "multiple `" + name + "` found"));
            return null;
          }
          // Two impls of one trait fit (From<char> and From<&str> for S): the call's argument types
          // choose, so resolve to the trait's item and let the interpreter select the impl.
          sameTrait = true;
          continue;
        }
        // A trait impl's Self is unified only once no other impl of the trait fits (W<i32> and W<bool>).
        if (pass == 0 ? !cx.infer.probe(implSelf, self) : !cx.infer.canUnify(implSelf, self)) continue;
        foundSelf = implSelf;
        found = c != null ? new Res.Const(c) : new Res.Fn(f, instantiate(f, implArgs, member.generics()));
        foundTrait = impl.trait;
        if (pass == 0) return found;
      }
      if (found instanceof Res.Fn && sameTrait) {
        TraitDef td = cx.items.traits.get(foundTrait);
        FnSig.Def tf = td == null ? null : td.methods.get(name);
        if (tf != null) {
          List<Ty> args = new ArrayList<>();
          args.add(self);
          return new Res.Fn(tf, instantiate(tf, args, member.generics()));
        }
      }
      if (found != null) {
        cx.infer.unify(foundSelf, self);
        return found;
      }
    }
    // Trait methods with default bodies called as Type::method, and Default::default-like paths.
    for (TraitDef t : cx.items.traits.values()) {
      FnSig.Def f = t.methods.get(name);
      // `T::N` / `Self::N` of a trait's associated const: its function, dispatched on T like a method.
      if (f == null && !name.startsWith("__")) f = t.methods.get("__const_" + name);
      // ToString has no impls in the prelude: every Display type has it (`.map(str::to_string)`).
      if (f != null && (implementsTrait(self, t.name) || paramBound(self, t.name)
          || t.name.equals("Default") && Conversions.hasStdDefault(cx.resolve(self))
          || t.name.equals("ToString") && f.fromPrelude && !(cx.resolve(self) instanceof rustle.types.Infer)
              && cx.methods.natives.isDisplay(self))) {
        List<Ty> args = new ArrayList<>();
        args.add(self);
        return new Res.Fn(f, instantiate(f, args, member.generics()));
      }
    }
    String stdTrait = StdTraitFns.traitOf(name);
    if (stdTrait != null && (paramBound(self, stdTrait) || !(cx.resolve(self) instanceof Ty.Param)
        && new Obligations(cx).holds(cx.resolve(self), stdTrait))) {
      Res std = StdTraitFns.resolve(cx, this, null, self, member);
      if (std != null) return std;
    }
    String lacking = StdUnsupported.assoc(cx.resolve(self), name, cx);
    if (lacking != null) {
      cx.error(Errors.unsupported("`" + lacking + "`", member.span()));
      return null;
    }
    cx.error(Errors.coded("E0599", "no function or associated item named `" + name + "` found for "
        + kindWord(self) + " `" + cx.show(self) + "` in the current scope", member.span(),
        "function or associated item not found in `" + cx.show(self) + "`"));
    return null;
  }

  /** Whether self is a generic parameter bounded by trait, directly or through a bound's supertraits ({@code T::zero()}). */
  private boolean paramBound(Ty self, String trait) {
    if (!(cx.resolve(self) instanceof Ty.Param p) || cx.def == null || p.index() >= cx.def.generics.size()) return false;
    for (FnSig.TraitRef b : cx.def.generics.get(p.index()).bounds()) {
      for (TraitDef td : TraitDef.withSupertraits(cx.items.traits, b.trait())) {
        if (td.name.equals(trait)) return true;
      }
    }
    return false;
  }

  static String kindWord(Ty t) {
    if (t instanceof Ty.Adt a) return a.def().isEnum ? "enum" : "struct";
    if (t instanceof Ty.Param) return "type parameter";
    if (t instanceof Ty.Ref) return "reference";
    if (t instanceof Ty.Tuple) return "tuple";
    if (t instanceof Ty.Array) return "array";
    if (t instanceof Ty.Slice) return "slice";
    return "type";
  }

  boolean implementsTrait(Ty self, String trait) {
    for (ImplDef impl : cx.items.impls) {
      if (!trait.equals(impl.trait)) continue;
      if (cx.infer.canUnify(Subst.apply(impl.selfTy, freshArgs(impl.generics.size())), self)) return true;
    }
    return false;
  }

  List<Ty> freshArgs(int n) {
    List<Ty> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(cx.infer.fresh());
    return out;
  }

  /** Generic arguments for a function: the given impl arguments, then turbofish types or fresh variables. */
  List<Ty> instantiate(FnSig.Def f, List<Ty> implArgs, List<TypeExpr> turbofish) {
    List<Ty> args = new ArrayList<>();
    if (implArgs != null) args.addAll(implArgs);
    while (args.size() < f.implGenerics) args.add(cx.infer.fresh());
    int own = f.generics.size() - f.implGenerics;
    int anon = 0;  // `impl Trait` parameters (Collector.implTraitParams): a turbofish cannot name them
    for (int i = f.implGenerics; i < f.generics.size(); i++) if (f.generics.get(i).name().startsWith("impl ")) anon++;
    if (anon > 0 && !turbofish.isEmpty()) {
      int n = own - anon;
      if (turbofish.size() != n && !f.fromPrelude) {
        cx.error(Errors.coded("E0107", "function takes " + n + " generic argument" + (n == 1 ? "" : "s") + " but "
            + turbofish.size() + " generic argument" + (turbofish.size() == 1 ? " was" : "s were") + " supplied",
            turbofish.get(0).span(), "expected " + n + " generic argument" + (n == 1 ? "" : "s")));
      }
      for (int i = 0; i < own; i++) {
        Ty x = i < n && turbofish.size() == n ? cx.lowering.lower(turbofish.get(i), cx.tyScope, cx.infer) : null;
        args.add(x == null ? cx.infer.fresh() : x);
      }
      return args;
    }
    if (!turbofish.isEmpty() && turbofish.size() == own) {
      for (TypeExpr t : turbofish) {
        Ty x = cx.lowering.lower(t, cx.tyScope, cx.infer);
        args.add(x == null ? cx.infer.fresh() : x);
      }
    } else {
      for (int i = 0; i < own; i++) args.add(cx.infer.fresh());
    }
    return args;
  }

  /** A variant or struct constructor named with its type's arguments: {@code None::<i32>}, {@code Some::<u8>(1)}. */
  private Res turbofish(Res r, Path.Segment s) {
    if (s.generics().isEmpty() || !(r instanceof Res.Variant v)) return r;
    List<Ty> args = new ArrayList<>(v.adt().args());
    for (int i = 0; i < s.generics().size() && i < args.size(); i++) {
      args.set(i, cx.lowering.lower(s.generics().get(i), cx.tyScope, cx.infer));
    }
    return new Res.Variant(new Ty.Adt(v.adt().def(), args), v.variant());
  }

  private Res preludeVariant(String name) {
    switch (name) {
      case "None":
      case "Some":
        return new Res.Variant(freshAdt(cx.items.std("Option")), cx.items.std("Option").variant(name).index());
      case "Ok":
      case "Err":
        return new Res.Variant(freshAdt(cx.items.std("Result")), cx.items.std("Result").variant(name).index());
      default:
        return null;
    }
  }

  Ty.Adt freshAdt(AdtDef d) {
    return new Ty.Adt(d, freshArgs(d.generics.size()));
  }

  private Res resolveStdPath(List<String> names, Path.Segment last, Span span) {
    String fn = names.get(names.size() - 1);
    String mod = names.size() >= 2 ? names.get(names.size() - 2) : "";
    if (mod.equals("mem") || names.size() == 1) {
      switch (fn) {
        case "size_of":
        case "align_of":
        case "size_of_val":
        case "align_of_val":
        case "drop":
        case "forget":
        case "replace":
        case "swap":
        case "take": {
          List<Ty> args = new ArrayList<>();
          for (TypeExpr t : last.generics()) {
            Ty x = cx.lowering.lower(t, cx.tyScope, cx.infer);
            args.add(x == null ? cx.infer.fresh() : x);
          }
          if (args.isEmpty()) args.add(cx.infer.fresh());
          return new Res.Intrinsic("mem::" + fn, args);
        }
        default:
          break;
      }
    }
    if (mod.equals("cmp") && (fn.equals("max") || fn.equals("min"))) {
      FnSig.Def f = cx.items.fns.get("__cmp_" + fn);  // the prelude's, named apart from the user's items
      return new Res.Fn(f, instantiate(f, null, last.generics()));
    }
    if (mod.equals("iter") && (fn.equals("repeat") || fn.equals("once") || fn.equals("successors") || fn.equals("from_fn"))) {
      FnSig.Def f = cx.items.fns.get("__iter_" + fn);  // the prelude's std::iter::repeat, once, successors, from_fn
      if (f != null && f.fromPrelude) return new Res.Fn(f, instantiate(f, null, last.generics()));
    }
    if (mod.equals("process") && fn.equals("exit")) return new Res.Intrinsic("process::exit", List.of());
    if (mod.equals("env") && (fn.equals("args") || fn.equals("var"))) {
      FnSig.Def f = cx.items.fns.get("__env_" + fn);  // the prelude's, named apart from the user's items
      return new Res.Fn(f, instantiate(f, null, last.generics()));
    }
    if (mod.equals("io") && (fn.equals("stdin") || fn.equals("stdout") || fn.equals("stderr"))) {
      FnSig.Def f = cx.items.fns.get("__io_" + fn);  // the prelude's, named apart from the user's items
      return new Res.Fn(f, instantiate(f, null, last.generics()));
    }
    if (mod.equals("hint") && fn.equals("black_box")) return new Res.Intrinsic("hint::black_box", List.of(cx.infer.fresh()));
    if (RawPtrIntrinsicNames.ALL.contains(mod + "::" + fn)) {
      Ty x = last.generics().isEmpty() ? null : cx.lowering.lower(last.generics().get(0), cx.tyScope, cx.infer);
      return new Res.Intrinsic(mod + "::" + fn, List.of(x == null ? cx.infer.fresh() : x));
    }
    // std::f64::consts::PI: the prelude's __F64_PI.
    Prim floatTy = names.size() >= 3 ? Prim.byName(names.get(names.size() - 3)) : null;
    if (mod.equals("consts") && (floatTy == Prim.F64 || floatTy == Prim.F32)) {
      ConstDef c = cx.items.consts.get("__" + names.get(names.size() - 3).toUpperCase() + "_" + fn);
      if (c != null) return new Res.Const(c);
    }
    // std::i32::MAX style.
    Prim p = Prim.byName(mod);
    if (p != null) {
      return assocItem(p, last, span);
    }
    if (names.get(0).equals("std") || names.get(0).equals("core") || names.get(0).equals("alloc")) {
      // rustle knows only part of std: a std path it cannot resolve is its own gap, not the user's error.
      cx.error(Errors.unsupported("`" + String.join("::", names) + "`", span));
      return null;
    }
    cx.error(Errors.coded("E0425", "cannot find function `" + fn + "` in module `" + mod + "`", span,
        "not found in `" + mod + "`"));
    return null;
  }

  // ---- calls ----

  Ty call(Expr.Call c, Ty expected) {
    if (!(c.callee() instanceof Expr.PathExpr p)) {
      // `(self.on_click)(x)`, `make_adder(1)(2)`: the callee is a value of a callable type.
      Ty ct = cx.exprs.check(c.callee(), null);
      return callValue(c, ct, cx.show(ct));
    }
    int selves = cx.traitSelves.size();
    Res r = resolveValue(p);
    if (r == null) {
      for (Expr a : c.args()) cx.exprs.check(a, null);
      return null;
    }
    // rustc's E0790 for a trait function whose Self nothing gave points at the whole call.
    if (cx.traitSelves.size() == selves + 1) cx.traitSelves.get(selves)[1] = c.span();
    cx.tables.res[p.id()] = r;
    if (r instanceof Res.Variant v) {
      // The expected type flows into the fields first (`Some(f)` expected `Option<fn(u32) -> S>`), so
      // that the arguments coerce to it, as in rustc.
      if (expected != null) cx.infer.probe(v.adt(), expected);
      return ctorCall(c, v);
    }
    if (r instanceof Res.Intrinsic in) return new IntrinsicCk(cx).call(c, in, expected);
    if (r instanceof Res.Fn f && stringFrom(f.def()) && c.args().size() == 1) return stringFromCall(c, p, f);
    if (r instanceof Res.Fn f && f.def().fromPrelude && f.def().path().equals("__env_var") && c.args().size() == 1) {
      return envVarCall(c, p, f);
    }
    if (r instanceof Res.Fn f) {
      cx.record(p, new Ty.FnDef(f.def(), f.args()));
      List<Ty> params = Subst.all(f.def().params, f.args());
      Ty ret = Subst.apply(f.def().ret, f.args());
      List<Ty> hints = fnHints(f);
      if (expected != null && (unsizedArg(ret, expected) || !cx.infer.probe(ret, expected))) dynHints(params, ret, expected, hints);
      checkArgs(c, c.args(), params, f.def().path(), hints, fnKinds(f.def()));
      new Obligations(cx).call(c, f);
      IntFroms.call(cx, c, f);
      CollFroms.call(cx, c, f);
      TraitCallCk.call(cx, c, f);
      return ret;
    }
    if (r instanceof Res.Local l) return callValue(c, p, l);
    cx.error(Errors.coded("E0618", "expected function, found `" + p.path().text() + "`", c.callee().span(),
        "not a function"));
    return null;
  }

  /** Whether def is the prelude's inherent {@code String::from(&str)}. */
  private static boolean stringFrom(FnSig.Def def) {
    return def.fromPrelude && def.trait == null && "from".equals(def.name) && def.params.size() == 1
        && def.selfTy instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.STRING;
  }

  /**
   * {@code String::from(x)}: std has {@code From<&str>} and {@code From<char>} for String, so a char
   * argument calls the prelude's {@code __from_char}; anything else coerces to {@code &str}.
   */
  private Ty stringFromCall(Expr.Call c, Expr.PathExpr p, Res.Fn f) {
    Expr arg = c.args().get(0);
    Ty param = Subst.apply(f.def().params.get(0), f.args());
    Ty t = cx.exprs.check(arg, param);
    Res.Fn chosen = f;
    if (t != null && cx.resolve(t) == Prim.CHAR) {
      for (ImplDef impl : cx.items.impls) {
        FnSig.Def d = impl.trait == null && impl.selfTy instanceof Ty.Adt sa && sa.def().builtin == AdtDef.Builtin.STRING ? impl.methods.get("__from_char") : null;
        if (d != null) chosen = new Res.Fn(d, instantiate(d, List.of(), List.of()));
      }
    }
    cx.tables.res[p.id()] = chosen;
    cx.record(p, new Ty.FnDef(chosen.def(), chosen.args()));
    if (chosen == f) cx.coerce(arg, t, param);
    return Subst.apply(chosen.def().ret, chosen.args());
  }

  /**
   * {@code std::env::var(key)} takes {@code impl AsRef<OsStr>}: a String by value calls the prelude's
   * {@code __env_var_owned}; references coerce to {@code &str} (`&String` too); any other value is E0277.
   */
  private Ty envVarCall(Expr.Call c, Expr.PathExpr p, Res.Fn f) {
    Expr arg = c.args().get(0);
    Ty param = Subst.apply(f.def().params.get(0), f.args());
    Ty t = cx.exprs.check(arg, param);
    Ty rt = cx.resolve(t);
    Res.Fn chosen = f;
    if (rt instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.STRING) {
      FnSig.Def d = cx.items.fns.get("__env_var_owned");
      chosen = new Res.Fn(d, instantiate(d, null, List.of()));
    } else if (rt != null && !(rt instanceof Ty.Ref) && !(rt instanceof Infer v && InferAccess.kind(v) == Infer.Kind.GENERAL)
        && !OpsCk.isUnknown(rt)) {
      String shown = cx.show(rt);
      cx.error(Errors.coded("E0277", "the trait bound `" + shown + ": AsRef<OsStr>` is not satisfied", arg.span(),
          "the trait `AsRef<OsStr>` is not implemented for `" + shown + "`")
          .withLabel(c.callee().span(), "required by a bound introduced by this call"));
    } else {
      cx.coerce(arg, t, param);
    }
    cx.tables.res[p.id()] = chosen;
    cx.record(p, new Ty.FnDef(chosen.def(), chosen.args()));
    return Subst.apply(chosen.def().ret, chosen.args());
  }

  /** For each parameter whose type is a generic with an {@code Fn(A) -> R} bound, that signature. */
  private List<Ty> fnHints(Res.Fn f) {
    return fnHints(f.def(), f.args());
  }

  /** The same for a method or function definition instantiated with {@code args}. */
  List<Ty> fnHints(FnSig.Def def, List<Ty> args) {
    List<Ty> hints = new ArrayList<>();
    for (Ty raw : def.params) {
      Ty hint = null;
      if (raw instanceof Ty.Param gp && gp.index() < def.generics.size()) {
        for (FnSig.TraitRef b : def.generics.get(gp.index()).bounds()) {
          if (b.fnParams() != null) {
            hint = new Ty.FnPtr(Subst.all(b.fnParams(), args), Subst.apply(b.fnRet(), args));
          }
        }
      }
      hints.add(hint);
    }
    return hints;
  }

  /**
   * {@code Box::new(|x| x + 1)} expected to be a {@code Box<dyn Fn(i32) -> i32>}: the parameter that
   * becomes the boxed value is hinted with the object's signature, as rustc deduces a closure's
   * signature from the trait object it is coerced to.
   */
  private void dynHints(List<Ty> params, Ty ret, Ty expected, List<Ty> hints) {
    Ty r = cx.resolve(ret);
    Ty x = cx.resolve(expected);
    if (!(r instanceof Ty.Adt ra) || !(x instanceof Ty.Adt xa) || ra.def() != xa.def()) return;
    for (int i = 0; i < ra.args().size() && i < xa.args().size(); i++) {
      Ty v = cx.resolve(ra.args().get(i));
      if (!(v instanceof rustle.types.Infer) || !(cx.resolve(xa.args().get(i)) instanceof Ty.Dyn d) || !d.isFnTrait()) continue;
      for (int p = 0; p < params.size(); p++) {
        if (cx.resolve(params.get(p)) == v) hints.set(p, new Ty.FnPtr(d.fnParams(), d.fnRet()));
      }
    }
  }

  /**
   * Whether expected gives an unsized type (a slice, str) where ret has a type still to
   * infer ({@code let b: Box<[u8]> = Box::new([0, 1, 2]);}): not a type for the arguments but the
   * target of an unsizing coercion of the result, as rustc's rvalue hint.
   */
  private boolean unsizedArg(Ty ret, Ty expected) {
    Ty r = cx.resolve(ret);
    Ty x = cx.resolve(expected);
    if (!(r instanceof Ty.Adt ra) || !(x instanceof Ty.Adt xa) || ra.def() != xa.def()) return false;
    for (int i = 0; i < ra.args().size() && i < xa.args().size(); i++) {
      Ty xi = cx.resolve(xa.args().get(i));
      if (cx.resolve(ra.args().get(i)) instanceof rustle.types.Infer
          && (xi instanceof Ty.Slice || xi == Prim.STR)) {
        return true;
      }
    }
    return false;
  }

  /** Calling a local: a closure, or a value of a type parameter bounded by {@code Fn(A) -> R}. */
  private Ty callValue(Expr.Call c, Expr.PathExpr p, Res.Local l) {
    return callValue(c, l.var().ty, l.var().name);
  }

  private Ty callValue(Expr.Call c, Ty calleeTy, String what) {
    Ty t = cx.resolve(calleeTy);
    int derefs = 0;
    while (t instanceof Ty.Ref ref) {
      t = cx.resolve(ref.inner());
      derefs++;
    }
    List<Ty> params = null;
    Ty ret = null;
    Ty fnObj = Dyns.boxed(t) != null ? Dyns.boxed(t) : t;
    if (t instanceof Ty.Closure cl) {
      params = cl.params();
      ret = cl.ret();
    } else if (t instanceof Ty.FnDef fd) {
      params = Subst.all(fd.def().params, fd.args());
      ret = Subst.apply(fd.def().ret, fd.args());
    } else if (t instanceof Ty.FnPtr fp) {
      params = fp.params();
      ret = fp.ret();
    } else if (fnObj instanceof Ty.Dyn d && d.isFnTrait()) {
      params = d.fnParams();
      ret = d.fnRet();
    } else if (t instanceof Ty.Param gp && cx.def != null && gp.index() < cx.def.generics.size()) {
      for (FnSig.TraitRef b : cx.def.generics.get(gp.index()).bounds()) {
        if (b.fnParams() != null) {
          params = b.fnParams();
          ret = b.fnRet();
        }
      }
    }
    if (params == null) {
      cx.error(Errors.coded("E0618", "expected function, found `" + cx.show(calleeTy) + "`", c.callee().span(),
          "call expression requires function"));
      for (Expr a : c.args()) cx.exprs.check(a, null);
      return null;
    }
    cx.tables.derefs[c.id()] = derefs;
    cx.tables.res[c.id()] = Tables.CLOSURE_CALL;
    checkArgs(c, c.args(), params, what);
    return ret;
  }


  void checkArgs(Expr at, List<Expr> args, List<Ty> params, String what) {
    checkArgs(at, args, params, what, null);
  }

  void checkArgs(Expr at, List<Expr> args, List<Ty> params, String what, List<Ty> hints) {
    checkArgs(at, args, params, what, hints, null);
  }

  /** The Fn trait each parameter's bound names (Fn, FnMut, FnOnce), or null, parallel to fnHints. */
  List<String> fnKinds(FnSig.Def def) {
    List<String> kinds = new ArrayList<>();
    for (Ty raw : def.params) {
      String k = null;
      if (raw instanceof Ty.Param gp && gp.index() < def.generics.size()) {
        for (FnSig.TraitRef b : def.generics.get(gp.index()).bounds()) if (b.fnParams() != null) k = b.trait();
      }
      kinds.add(k);
    }
    return kinds;
  }

  /** Where rustc points at a closure: its `|params|` (after `move`), the body left out. */
  static Span closureHead(Expr.Closure c) {
    Span s = c.span();
    int skip = c.isMove() ? 5 : 0;
    int end = c.params().isEmpty() ? s.start() + skip + 2 : c.params().get(c.params().size() - 1).span().end() + 1;
    // The head must sit on the closure's first line (its body may span more).
    boolean headOnFirstLine = c.params().isEmpty() || c.params().get(c.params().size() - 1).span().endLine() == s.line();
    if (!headOnFirstLine || end > s.end()) return s;
    int len = end - s.start() - skip;
    return new Span(s.start() + skip, end, s.line(), s.col() + skip, s.line(), s.col() + skip + len);
  }

  /** E0525: a closure that moves a capture out (FnOnce), passed for a parameter bounded by Fn or FnMut. */
  private void onceClosure(Ty t, String kind) {
    if (!(t instanceof Ty.Closure cl) || !("Fn".equals(kind) || "FnMut".equals(kind))) return;
    ClosureInfo ci = cx.tables.closures.get(cl.exprId());
    if (ci == null) return;
    Expr.Closure c = ci.expr();
    Expr.PathExpr mutated = !ci.isFnOnce() && "Fn".equals(kind) ? ClosureMutations.first(cx.tables, ci) : null;
    if (mutated != null) {
      // A closure that mutates a capture is FnMut, not Fn.
      String name = ((Res.Local) cx.tables.res[mutated.id()]).var().name;
      cx.error(Errors.coded("E0525", "expected a closure that implements the `Fn` trait, but this closure only implements `FnMut`",
          closureHead(c), "this closure implements `FnMut`, not `Fn`")
          .withLabel(mutated.span(), "closure is `FnMut` because it mutates the variable `" + name + "` here"));
      return;
    }
    if (!ci.isFnOnce()) return;
    LocalVar v = ci.movedOut().iterator().next();
    cx.error(Errors.coded("E0525", "expected a closure that implements the `" + kind
        + "` trait, but this closure only implements `FnOnce`", c.span(), "this closure implements `FnOnce`, not `"
        + kind + "`").withNote("closure is `FnOnce` because it moves the variable `" + v.name + "` out of its environment"));
  }

  void checkArgs(Expr at, List<Expr> args, List<Ty> params, String what, List<Ty> hints, List<String> kinds) {
    if (args.size() != params.size()) {
      String s = params.size() == 1 ? "" : "s";
      String supplied = args.size() == 1 ? "1 argument was" : args.size() + " arguments were";
      cx.error(Errors.coded("E0061", "this function takes " + params.size() + " argument" + s + " but "
          + supplied + " supplied", at.span(), null));
      for (Expr a : args) cx.exprs.check(a, null);
      return;
    }
    for (int i = 0; i < args.size(); i++) {
      Ty hint = hints != null && hints.get(i) != null && args.get(i) instanceof Expr.Closure ? hints.get(i) : params.get(i);
      if (kinds != null && args.get(i) instanceof Expr.Closure) cx.closureBound = kinds.get(i);
      Ty t = cx.exprs.check(args.get(i), hint);
      cx.closureBound = null;
      if (kinds != null && !(args.get(i) instanceof Expr.Closure)) onceClosure(cx.resolve(t), kinds.get(i));
      cx.coerce(args.get(i), t, params.get(i));
      // A fn item passed for `F: Fn(A) -> R`: its signature says what A and R are.
      if (hints != null && hints.get(i) instanceof Ty.FnPtr fp && cx.resolve(t) instanceof Ty.FnDef fd
          && fd.def().params.size() == fp.params().size()) {
        for (int j = 0; j < fp.params().size(); j++) {
          cx.infer.unify(Subst.apply(fd.def().params.get(j), fd.args()), fp.params().get(j));
        }
        cx.infer.unify(Subst.apply(fd.def().ret, fd.args()), fp.ret());
      }
    }
  }

  private Ty ctorCall(Expr.Call c, Res.Variant v) {
    AdtDef.VariantDef vd = v.adt().def().variants.get(v.variant());
    if (vd.kind() != Item.StructKind.TUPLE) {
      cx.error(Errors.coded("E0618", "expected function, found `" + vd.name() + "`", c.callee().span(),
          "not a function"));
      return null;
    }
    List<Ty> fields = Layouts.fieldTypes(v.adt(), vd);
    checkArgs(c, c.args(), fields, vd.name());
    return v.adt();
  }

  // ---- struct literals ----

  Ty structLit(Expr.StructLit s, Ty expected) {
    Path path = s.path();
    Res r;
    boolean imported = path.segments().size() == 1 && !cx.items.adts.containsKey(path.last())
        && cx.items.uses.containsKey(path.last());
    if (path.segments().size() == 1 && !imported) {
      AdtDef d = cx.items.adts.get(path.last());
      if (d == null && "Self".equals(path.last()) && cx.tyScope.self() instanceof Ty.Adt sa) d = sa.def();
      if (d == null || d.isEnum) {
        cx.error(Errors.coded("E0422", "cannot find struct, variant or union type `" + path.last()
            + "` in this scope", path.span(), "not found in this scope"));
        for (Expr.FieldInit f : s.fields()) cx.exprs.check(f.value(), null);
        return null;
      }
      r = new Res.Variant(freshAdt(d), 0);
    } else {
      r = resolveValue(path, path.span());
      if (!(r instanceof Res.Variant)) {
        if (r != null) cx.error(Errors.coded("E0574", "expected struct, variant or union type, found `"
            + path.text() + "`", path.span(), "not a struct"));
        for (Expr.FieldInit f : s.fields()) cx.exprs.check(f.value(), null);
        return null;
      }
    }
    Res.Variant v = (Res.Variant) r;
    cx.tables.res[s.id()] = v;
    // The expectation fixes the generic arguments before the fields are checked (as rustc's
    // expectation does), so `S { items: vec!["a".into()] }` expected as `S<String>` knows the target.
    Ty x = expected == null ? null : cx.resolve(expected);
    if (x instanceof Ty.Adt xa && xa.def() == v.adt().def()) cx.infer.probe(v.adt(), xa);
    AdtDef.VariantDef vd = v.adt().def().variants.get(v.variant());
    List<Ty> fts = Layouts.fieldTypes(v.adt(), vd);
    boolean[] seen = new boolean[fts.size()];
    for (Expr.FieldInit f : s.fields()) {
      int i = vd.fieldIndex(f.name());
      if (i < 0) {
        cx.error(Errors.coded("E0560", (v.adt().def().isEnum ? "variant `" : "struct `") + cx.show(v.adt())
            + "` has no field named `" + f.name() + "`", f.span(), "unknown field"));
        cx.exprs.check(f.value(), null);
        continue;
      }
      seen[i] = true;
      Ty t = cx.exprs.check(f.value(), fts.get(i));
      cx.coerce(f.value(), t, fts.get(i));
    }
    if (s.base() != null) {
      Ty bt = cx.exprs.check(s.base(), v.adt());
      cx.coerce(s.base(), bt, v.adt());
    } else {
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < seen.length; i++) if (!seen[i]) missing.add("`" + vd.fields().get(i).name() + "`");
      if (!missing.isEmpty()) {
        cx.error(Errors.coded("E0063", "missing field" + (missing.size() == 1 ? " " : "s ")
            + String.join(", ", missing) + " in initializer of `" + cx.show(v.adt()) + "`", path.span(),
            "missing " + String.join(", ", missing)));
      }
    }
    return v.adt();
  }
}
