package rustle.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Path;
import rustle.ast.Span;
import rustle.ast.TypeExpr;
import rustle.syntax.gen.RustParser.*;

/** Builds items: functions, structs, enums, impls, traits, constants, statics, uses, modules. */
final class ItemBuilder {
  /** Where an item stands, which decides what it may leave out (a trait method's body). */
  enum Place { FREE, IMPL, TRAIT }

  private final BuildContext cx;
  private final AstBuilder ast;
  private final GenericsBuilder generics;
  private final ExternBuilder externs;

  ItemBuilder(BuildContext cx, AstBuilder ast) {
    this.cx = cx;
    this.ast = ast;
    this.generics = new GenericsBuilder(cx, ast);
    this.externs = new ExternBuilder(cx, ast);
  }

  List<Item> items(List<ItemContext> cs) {
    List<Item> out = new ArrayList<>();
    for (ItemContext c : cs) {
      if (!Cfg.enabled(c.outerAttr())) continue;
      if (c.macroItem() != null) {
        cx.unsupported("item-position macro invocations", cx.span(c.macroItem()));
        continue;
      }
      out.addAll(itemKinds(c.itemKind(), c.outerAttr(), c.visibility()));
    }
    return out;
  }

  /** The items one free item stands for: an {@code extern} block declares several functions. */
  List<Item> itemKinds(ItemKindContext k, List<OuterAttrContext> attrs, VisibilityContext vis) {
    ExternItemContext e = k.externItem();
    if (e != null && !Tok.has(e, "crate")) return externs.block(e);
    Item item = itemKind(k, attrs, vis, Place.FREE);
    return item == null ? List.of() : List.of(item);
  }

  /** One item, or null for the kinds rustle reports as unsupported. */
  Item itemKind(ItemKindContext k, List<OuterAttrContext> attrs, VisibilityContext vis, Place place) {
    Item item = itemKindOf(k, attrs, vis, place);
    if (item != null) cx.visibility(item.id(), vis);
    return item;
  }

  private Item itemKindOf(ItemKindContext k, List<OuterAttrContext> attrs, VisibilityContext vis, Place place) {
    Span span = cx.span(vis != null ? vis.start : k.start, k.stop);
    boolean pub = vis != null;
    if (k.fnItem() != null) return fn(k.fnItem(), span, pub, place);
    if (k.structItem() != null) return struct(k.structItem(), span, attrs);
    if (k.enumItem() != null) return enumItem(k.enumItem(), span, attrs);
    if (k.implItem() != null) return impl(k.implItem(), span);
    if (k.traitItem() != null) return trait(k.traitItem(), span);
    if (k.constItem() != null) return constItem(k.constItem(), span, place);
    if (k.staticItem() != null) return staticItem(k.staticItem(), span);
    if (k.useItem() != null) return use(k.useItem(), span);
    if (k.modItem() != null) return mod(k.modItem(), span);
    if (k.typeAlias() != null) return typeAlias(k.typeAlias(), span, place);
    if (k.externItem() != null) cx.unsupported("extern crates", span);
    else cx.unsupported("`macro_rules!` macros", span);
    return null;
  }

  Item.FnItem fn(FnItemContext f, Span span, boolean pub, Place place) {
    FnQualifiersContext q = f.fnQualifiers();
    if (Tok.has(q, "async")) cx.unsupported("async functions", cx.span(q));
    String abi = Tok.has(q, "extern") ? externs.abi(q.abi()) : null;
    // `const fn` runs like any other function at run time: the qualifier is accepted and dropped.
    List<Item.GenericParam> gs = generics.params(f.genericParams(), f.whereClause());
    Receiver self = new Receiver();
    List<Item.Param> params = new ArrayList<>();
    FnParamsContext ps = f.fnParams();
    if (ps != null) {
      if (ps.selfParam() != null) {
        receiver(ps.selfParam(), self);
        if (place == Place.FREE) {
          cx.error("`self` parameter is only allowed in associated functions", self.span,
              "not semantically valid as function parameter");
        }
      }
      for (FnParamContext p : ps.fnParam()) {
        params.add(new Item.Param(cx.span(p), ast.patterns.alt(p.patternNoTopAlt()), ast.types.type(p.type())));
      }
    }
    TypeExpr ret = f.type() == null ? null : ast.types.type(f.type());
    Expr.Block body = f.block() == null ? null : ast.blocks.block(f.block(), false);
    if (body == null && place != Place.TRAIT) {
      cx.error(place == Place.FREE ? "free function without a body"
          : "associated function in `impl` without body", span, null);
    }
    return new Item.FnItem(cx.id(), span, TypeBuilder.name(f.identifier()), cx.span(f.identifier()), gs,
        self.kind, self.span, self.lifetime, params, ret, body, pub, Tok.has(q, "unsafe"), abi,
        GenericsBuilder.selfSized(cx, f.whereClause()));
  }

  private static final class Receiver {
    Item.SelfKind kind = Item.SelfKind.NONE;
    Span span;
    String lifetime;
  }

  /** {@code self}, {@code mut self}, {@code &self}, {@code &'a mut self}, {@code self: &Self}. */
  private void receiver(SelfParamContext s, Receiver r) {
    r.span = cx.span(s);
    boolean mut = Tok.has(s, "mut");
    if (Tok.has(s, "&&")) cx.error("expected one of `&`, `mut`, or `self`, found `&&`", r.span, null);
    if (Tok.has(s, "&") || Tok.has(s, "&&")) {
      r.kind = mut ? Item.SelfKind.REF_MUT : Item.SelfKind.REF;
      r.lifetime = s.LIFETIME() == null ? null : s.LIFETIME().getText();
      return;
    }
    r.kind = mut ? Item.SelfKind.MUT_VALUE : Item.SelfKind.VALUE;
    if (s.type() == null) return;
    TypeExpr t = ast.types.type(s.type());
    if (isSelf(t)) return;
    if (t instanceof TypeExpr.RefType ref && isSelf(ref.inner())) {
      r.kind = ref.mutable() ? Item.SelfKind.REF_MUT : Item.SelfKind.REF;
      r.lifetime = ref.lifetime();
      return;
    }
    cx.unsupported("`self` parameters of custom types", cx.span(s.type()));
  }

  private static boolean isSelf(TypeExpr t) {
    return t instanceof TypeExpr.PathType p && p.path().isSingle() && p.path().last().equals("Self");
  }

  private Item struct(StructItemContext s, Span span, List<OuterAttrContext> attrs) {
    List<Item.GenericParam> gs = generics.params(s.genericParams(), s.whereClause());
    Item.StructKind kind = Tok.has(s, "(") ? Item.StructKind.TUPLE
        : Tok.has(s, "{") ? Item.StructKind.NAMED : Item.StructKind.UNIT;
    List<Item.FieldDef> fields = fields(s.structFields(), s.tupleFields());
    return new Item.StructItem(cx.id(), span, TypeBuilder.name(s.identifier()), cx.span(s.identifier()), gs, kind,
        fields, Attributes.derives(attrs));
  }

  private List<Item.FieldDef> fields(StructFieldsContext named, TupleFieldsContext tuple) {
    List<Item.FieldDef> out = new ArrayList<>();
    if (named != null) {
      for (StructFieldContext f : named.structField()) {
        if (!Cfg.enabled(f.outerAttr())) continue;
        out.add(new Item.FieldDef(cx.span(f), TypeBuilder.name(f.identifier()), ast.types.type(f.type())));
        cx.visibility(cx.span(f), f.visibility());
      }
    }
    if (tuple != null) {
      for (TupleFieldContext f : tuple.tupleField()) {
        if (!Cfg.enabled(f.outerAttr())) continue;
        out.add(new Item.FieldDef(cx.span(f), Integer.toString(out.size()), ast.types.type(f.type())));
        cx.visibility(cx.span(f), f.visibility());
      }
    }
    return out;
  }

  private Item enumItem(EnumItemContext e, Span span, List<OuterAttrContext> attrs) {
    List<Item.GenericParam> gs = generics.params(e.genericParams(), e.whereClause());
    List<Item.Variant> variants = new ArrayList<>();
    if (e.enumVariants() != null) {
      for (EnumVariantContext v : e.enumVariants().enumVariant()) {
        if (!Cfg.enabled(v.outerAttr())) continue;
        Item.StructKind kind = Tok.has(v, "(") ? Item.StructKind.TUPLE
            : Tok.has(v, "{") ? Item.StructKind.NAMED : Item.StructKind.UNIT;
        Expr disc = v.expr() == null ? null : ast.exprs.expr(v.expr());
        variants.add(new Item.Variant(cx.span(v), TypeBuilder.name(v.identifier()), kind,
            fields(v.structFields(), v.tupleFields()), disc, Attributes.isDefault(v.outerAttr())));
      }
    }
    return new Item.EnumItem(cx.id(), span, TypeBuilder.name(e.identifier()), cx.span(e.identifier()), gs,
        variants, Attributes.derives(attrs));
  }

  private Item impl(ImplItemContext i, Span span) {
    // `unsafe impl` / `unsafe trait` are promises the program makes; nothing changes at run time.
    if (Tok.has(i, "!")) cx.unsupported("negative impls", span);
    List<Item.GenericParam> gs = generics.params(i.genericParams(), i.whereClause());
    Path trait = null;
    TypeExpr selfType = ast.types.type(i.type(i.type().size() - 1));
    if (i.type().size() == 2) {
      if (i.type(0) instanceof PathTypeContext p) trait = ast.types.typePath(p.typePath());
      else cx.error("expected a trait, found type", cx.span(i.type(0)), null);
    }
    Members m = members(i.assocItem(), Place.IMPL);
    // A trait impl's consts stay consts too (`Sq::SIDES` with a known type, in patterns and array lengths).
    if (trait != null) constFns(m);
    return new Item.ImplItem(cx.id(), span, gs, trait, selfType, m.fns, m.consts, m.types);
  }

  private Item trait(TraitItemContext t, Span span) {
    List<Item.GenericParam> gs = generics.params(t.genericParams(), t.whereClause());
    Members m = members(t.assocItem(), Place.TRAIT);
    constFns(m);
    return new Item.TraitItem(cx.id(), span, TypeBuilder.name(t.identifier()), cx.span(t.identifier()), gs,
        ast.types.bounds(t.typeParamBounds()), m.fns, m.types);
  }

  /**
   * The associated consts of a trait or a trait impl become hidden functions {@code __const_NAME() -> T}
   * (with the value as the body, if any), so that {@code T::NAME} and {@code Self::NAME} in a generic
   * body reach the impl of the type it is instantiated with, as a trait method would; a path to one is
   * typed and run as the call (check.PathCk, interp.ExprCompiler).
   */
  private void constFns(Members m) {
    for (Item.ConstItem c : m.consts) {
      Expr.Block body = c.value() == null ? null : new Expr.Block(cx.id(), c.value().span(), List.of(), c.value(), false);
      m.fns.add(new Item.FnItem(cx.id(), c.span(), CONST_FN + c.name(), c.nameSpan(), List.of(), Item.SelfKind.NONE, null,
          null, List.of(), c.type(), body, true));
    }
  }

  /** The name prefix of an associated const's function. */
  public static final String CONST_FN = "__const_";

  private static final class Members {
    final List<Item.FnItem> fns = new ArrayList<>();
    final List<Item.ConstItem> consts = new ArrayList<>();
    final List<Item.TypeAlias> types = new ArrayList<>();
  }

  private Members members(List<AssocItemContext> items, Place place) {
    Members m = new Members();
    for (AssocItemContext a : items) {
      if (!Cfg.enabled(a.outerAttr())) continue;
      VisibilityContext vis = a.visibility();
      ParserRuleContext body = (ParserRuleContext) a.getChild(a.getChildCount() - 1);
      Span span = cx.span(vis != null ? vis.start : body.start, a.stop);
      if (a.fnItem() != null) {
        m.fns.add(fn(a.fnItem(), span, vis != null, place));
        cx.visibility(m.fns.get(m.fns.size() - 1).id(), vis);
      }
      else if (a.constItem() != null) m.consts.add(constItem(a.constItem(), span, place));
      else if (a.typeAlias() != null) m.types.add(typeAlias(a.typeAlias(), span, place));
      else cx.unsupported("item-position macro invocations", cx.span(a.macroItem()));
    }
    return m;
  }

  private Item.ConstItem constItem(ConstItemContext c, Span span, Place place) {
    String name = c.identifier() == null ? "_" : TypeBuilder.name(c.identifier());
    Span nameSpan = c.identifier() == null ? cx.span(Tok.child(c, "_")) : cx.span(c.identifier());
    Expr value = c.expr() == null ? null : ast.exprs.expr(c.expr());
    if (value == null && place != Place.TRAIT) {
      cx.error(place == Place.FREE ? "free constant item without body"
          : "associated constant in `impl` without body", span, null);
    }
    return new Item.ConstItem(cx.id(), span, name, nameSpan, ast.types.type(c.type()), value, false, false);
  }

  private Item staticItem(StaticItemContext s, Span span) {
    Expr value = s.expr() == null ? null : ast.exprs.expr(s.expr());
    if (value == null) cx.error("free static item without body", span, null);
    return new Item.ConstItem(cx.id(), span, TypeBuilder.name(s.identifier()), cx.span(s.identifier()),
        ast.types.type(s.type()), value, true, Tok.has(s, "mut"));
  }

  private Item.TypeAlias typeAlias(TypeAliasContext t, Span span, Place place) {
    if (t.genericParams() != null && place != Place.FREE) {
      cx.unsupported("generic associated types", cx.span(t.genericParams()));
    }
    if (t.whereClause() != null) cx.unsupported("`where` clauses on type aliases", cx.span(t.whereClause()));
    List<Item.GenericParam> gs = t.genericParams() == null ? List.of() : generics.params(t.genericParams(), null);
    if (Tok.has(t, ":")) cx.unsupported("bounds on associated types", span);
    TypeExpr type = t.type() == null ? null : ast.types.type(t.type());
    if (type == null && place != Place.TRAIT) {
      cx.error(place == Place.FREE ? "free type alias without body" : "associated type in `impl` without body",
          span, null);
    }
    return new Item.TypeAlias(cx.id(), span, TypeBuilder.name(t.identifier()), gs, type);
  }

  private Item use(UseItemContext u, Span span) {
    List<Item.UseTree> trees = new ArrayList<>();
    Attributes.useTree(u.useTree(), List.of(), trees, cx);
    return new Item.UseItem(cx.id(), span, trees);
  }

  private Item mod(ModItemContext m, Span span) {
    if (Tok.has(m, "unsafe")) cx.unsupported("unsafe modules", span);
    if (!Tok.has(m, "{")) {
      cx.unsupported("modules in separate files", span);
      return null;
    }
    return new Item.ModItem(cx.id(), span, TypeBuilder.name(m.identifier()), items(m.item()));
  }
}
