package rustle.check;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustle.ast.Crate;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Path;
import rustle.ast.Span;
import rustle.ast.Stmt;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Ty;

/**
 * rustc's privacy errors, which the one namespace of rustle's items ({@link ItemTree}) cannot see: a
 * private item or module named through a module path from outside it (E0603), a private field read
 * (E0616), a private method or associated function called (E0624). An item is visible in the module that
 * declares it and that module's descendants; {@code pub(super)} in the parent's; {@code pub},
 * {@code pub(crate)} and {@code pub(in ..)} everywhere (one crate). Runs on the checked program, the
 * resolver's E0603s first as in rustc.
 */
final class Privacy {
  private final Map<Object, String> vis;
  private final Tables tables;
  /** The module path of each item, method and associated function by id ([] at the crate root). */
  private final Map<Integer, List<String>> moduleOf = new HashMap<>();
  /** The program's items and modules by name (one namespace). */
  private final Map<String, Item> byName = new HashMap<>();
  /** The bodies to look into, each with its module. */
  private final List<Object[]> bodies = new ArrayList<>();
  /** The `use` items, each with its module. */
  private final List<Object[]> uses = new ArrayList<>();
  /** rustc's privacy pass (E0451) runs only on a program with no other error. */
  private final List<Diagnostic> literalErrors = new ArrayList<>();
  /** The functions of inherent impls (a trait's are as visible as the trait). */
  private final java.util.Set<Integer> inherentFns = new java.util.HashSet<>();
  private final List<Diagnostic> resolveErrors = new ArrayList<>();
  private final List<Diagnostic> typeErrors = new ArrayList<>();

  private Privacy(Map<Object, String> vis, Tables tables) {
    this.vis = vis;
    this.tables = tables;
  }

  static void check(Crate user, Tables tables, List<Diagnostic> errors) {
    Privacy p = new Privacy(user.visibility(), tables);
    p.collect(user.items(), List.of());
    for (Object[] u : p.uses) {
      for (Item.UseTree t : ((Item.UseItem) u[0]).trees()) p.path(useSegments(t), (List<String>) u[1]);
    }
    for (Object[] b : p.bodies) p.walk(b[0], (List<String>) b[1]);
    errors.addAll(p.resolveErrors);
    errors.addAll(p.typeErrors);
    if (errors.isEmpty()) errors.addAll(p.literalErrors);
  }

  // ---- the module tree ----

  private void collect(List<? extends Item> items, List<String> module) {
    for (Item it : items) {
      moduleOf.put(it.id(), module);
      String name = it instanceof Item.ModItem m ? m.name() : Item.nameOf(it);
      if (name != null) byName.putIfAbsent(name, it);
      if (it instanceof Item.ModItem m && m.items() != null) {
        List<String> inner = new ArrayList<>(module);
        inner.add(m.name());
        collect(m.items(), List.copyOf(inner));
      } else if (it instanceof Item.ImplItem impl) {
        for (Item.FnItem f : impl.fns()) {
          if (impl.trait() == null) inherentFns.add(f.id());
          fn(f, module);
        }
      } else if (it instanceof Item.TraitItem t) {
        for (Item.FnItem f : t.fns()) fn(f, module);
      } else if (it instanceof Item.FnItem f) {
        fn(f, module);
      } else if (it instanceof Item.UseItem u) {
        uses.add(new Object[] {u, module});
      } else if (it instanceof Item.ConstItem c && c.value() != null) {
        bodies.add(new Object[] {c.value(), module});
        blockItems(c.value(), module);
      }
    }
  }

  private void fn(Item.FnItem f, List<String> module) {
    moduleOf.put(f.id(), module);
    if (f.body() == null) return;
    bodies.add(new Object[] {f.body(), module});
    blockItems(f.body(), module);
  }

  /** Items declared in a body belong to the module around it. */
  private void blockItems(Object n, List<String> module) {
    List<Item> found = new ArrayList<>();
    // Anonymous classes, not lambdas: linking a lambda costs a fresh JVM milliseconds.
    visit(n, new java.util.function.Consumer<Object>() {
      @Override
      public void accept(Object x) {
        if (x instanceof Stmt.ItemStmt is) found.add(is.item());
      }
    });
    collect(found, module);
  }

  private boolean visible(Object key, List<String> declaredIn, List<String> from) {
    String v = vis.get(key);
    if (v == null || v.equals("self")) return startsWith(from, declaredIn);
    if (v.equals("super")) return declaredIn.isEmpty() || startsWith(from, declaredIn.subList(0, declaredIn.size() - 1));
    return true;
  }

  private static boolean startsWith(List<String> a, List<String> prefix) {
    return a.size() >= prefix.size() && a.subList(0, prefix.size()).equals(prefix);
  }

  // ---- the bodies ----

  private void walk(Object body, List<String> from) {
    visit(body, new java.util.function.Consumer<Object>() {
      @Override
      public void accept(Object n) {
        node(n, from);
      }
    });
  }

  private void node(Object n, List<String> from) {
    {
      if (n instanceof Expr.PathExpr p) path(p.path(), from);
      else if (n instanceof Expr.StructLit s) path(s.path(), from);
      else if (n instanceof Expr.Field f) field(f.receiver(), f.name(), f.nameSpan(), from);
      else if (n instanceof Expr.TupleField f) field(f.receiver(), Integer.toString(f.index()), f.indexSpan(), from);
      else if (n instanceof Expr.MethodCall m && tables.res[m.id()] instanceof MethodRes r && r.def() != null) {
        method(r.def().item, m.nameSpan(), from);
      }
      if (n instanceof Expr.StructLit s && tables.res[s.id()] instanceof Res.Variant v) literal(s, v, from);
      if (n instanceof Expr.PathExpr p && tables.res[p.id()] instanceof Res.Variant v) constructor(p, v, from);
      if (n instanceof Expr.PathExpr p && tables.res[p.id()] instanceof Res.Fn f && p.path().segments().size() > 1) {
        method(f.def().item, p.path().segments().get(p.path().segments().size() - 1).span(), from);
      }
    }
  }

  /** `m::f`, `m::inner::S`: each module named and the item after them must be visible from here. */
  private void path(Path path, List<String> from) {
    List<Path.Segment> segs = path.segments();
    List<String> at = null;
    for (int i = 0; i < segs.size() - 1 || at != null && i < segs.size(); i++) {
      Path.Segment s = segs.get(i);
      String n = s.name();
      if (n.equals("crate")) {
        at = List.of();
      } else if (n.equals("self")) {
        at = from;
      } else if (n.equals("super")) {
        List<String> base = at == null ? from : at;
        at = base.isEmpty() ? base : base.subList(0, base.size() - 1);
      } else if (byName.get(n) instanceof Item.ModItem m && moduleOf.get(m.id()) != null) {
        List<String> in = moduleOf.get(m.id());
        if (!visible(m.id(), in, from)) {
          private_(s, "module", n, header(m.span(), m.name()));
          Path.Segment end = segs.get(segs.size() - 1);
          Item target = byName.get(end.name());
          if (end != s && target != null) {
            Diagnostic d = resolveErrors.remove(resolveErrors.size() - 1);
            resolveErrors.add(d.withLabel(end.span(), kind(target) + " `" + end.name() + "` is not publicly re-exported"));
          }
          return;
        }
        List<String> next = new ArrayList<>(in);
        next.add(n);
        at = List.copyOf(next);
      } else {
        if (at == null) return;
        Item it = byName.get(n);
        if (it == null || !at.equals(moduleOf.get(it.id())) || visible(it.id(), at, from)) return;
        private_(s, kind(it), n, it instanceof Item.FnItem f ? signature(f) : it.span());
        return;
      }
    }
  }

  /** A use tree's path with each segment's span (exact when the tree is written `a::b::c`, else the tree's). */
  private static Path useSegments(Item.UseTree t) {
    Span sp = t.span();
    List<String> names = t.path();
    boolean exact = t.alias() == null && sp.line() == sp.endLine() && String.join("::", names).length() == sp.end() - sp.start();
    List<Path.Segment> segs = new ArrayList<>();
    int off = 0;
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      Span at = sp;
      if (exact) {
        at = new Span(sp.start() + off, sp.start() + off + n.length(), sp.line(), sp.col() + off, sp.line(), sp.col() + off + n.length());
      } else if (i == names.size() - 1 && t.alias() == null && sp.line() == sp.endLine() && sp.endCol() > n.length()) {
        at = new Span(sp.end() - n.length(), sp.end(), sp.line(), sp.endCol() - n.length(), sp.line(), sp.endCol());
      }
      off += n.length() + 2;
      segs.add(new Path.Segment(n, at, List.of()));
    }
    return new Path(sp, segs);
  }

  /** The program's struct behind a constructor or literal, when some field is hidden from here. */
  private Item.StructItem hiding(Res.Variant v, List<String> from) {
    if (v.adt().def().isEnum || !(v.adt().def().source instanceof Item.StructItem s)) return null;
    List<String> in = moduleOf.get(s.id());
    if (in == null) return null;
    for (Item.FieldDef f : s.fields()) if (!visible(f.span(), in, from)) return s;
    return null;
  }

  /** `m::T(1, 2)`: a tuple struct's constructor is as private as its least visible field (E0603). */
  private void constructor(Expr.PathExpr p, Res.Variant v, List<String> from) {
    Item.StructItem s = hiding(v, from);
    if (s == null || s.kind() != Item.StructKind.TUPLE || s.fields().isEmpty()) return;
    Path.Segment last = p.path().segments().get(p.path().segments().size() - 1);
    String kind = "tuple struct constructor";
    Span fields = s.fields().get(0).span().to(s.fields().get(s.fields().size() - 1).span());
    resolveErrors.add(Errors.coded("E0603", kind + " `" + s.name() + "` is private", last.span(), "private " + kind)
        .withLabel(fields, "a constructor is private if any of the fields is private")
        .withSub(Diagnostic.Sub.note("the " + kind + " `" + s.name() + "` is defined here", s.span(), null)));
  }

  /** `m::S { a: 1, b: 2 }` with a private `b` (E0451), at the field or at the `..base` that supplies it. */
  private void literal(Expr.StructLit lit, Res.Variant v, List<String> from) {
    Item.StructItem s = hiding(v, from);
    if (s == null) return;
    List<String> in = moduleOf.get(s.id());
    java.util.Set<String> given = new java.util.HashSet<>();
    for (Expr.FieldInit f : lit.fields()) {
      given.add(f.name());
      for (Item.FieldDef d : s.fields()) {
        if (d.name().equals(f.name()) && !visible(d.span(), in, from)) {
          Span name = new Span(f.span().start(), f.span().start() + f.name().length(), f.span().line(), f.span().col(),
              f.span().line(), f.span().col() + f.name().length());
          literalErrors.add(Errors.coded("E0451", "field `" + f.name() + "` of struct `" + s.name() + "` is private", name,
              "private field"));
        }
      }
    }
    if (lit.base() == null) return;
    for (Item.FieldDef d : s.fields()) {
      if (!given.contains(d.name()) && !visible(d.span(), in, from)) {
        literalErrors.add(Errors.coded("E0451", "field `" + d.name() + "` of struct `" + s.name() + "` is private",
            lit.base().span(), "field `" + d.name() + "` is private"));
      }
    }
  }

  private void private_(Path.Segment s, String kind, String name, Span defined) {
    Diagnostic d = Errors.coded("E0603", kind + " `" + name + "` is private", s.span(), "private " + kind);
    if (defined != null) d = d.withSub(Diagnostic.Sub.note("the " + kind + " `" + name + "` is defined here", defined, null));
    resolveErrors.add(d);
  }

  /** A field of a program's struct read from outside the module that may see it. */
  private void field(Expr receiver, String name, Span at, List<String> from) {
    Ty t = tables.types[receiver.id()] == null ? null : Zonk.apply(tables.types[receiver.id()]);
    while (t instanceof Ty.Ref r) t = Zonk.apply(r.inner());
    if (t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.BOX && !a.args().isEmpty()) t = Zonk.apply(a.args().get(0));
    while (t instanceof Ty.Ref r) t = Zonk.apply(r.inner());
    if (!(t instanceof Ty.Adt a) || !(a.def().source instanceof Item.StructItem s)) return;
    List<String> in = moduleOf.get(s.id());
    if (in == null) return;
    for (Item.FieldDef f : s.fields()) {
      if (f.name().equals(name) && !visible(f.span(), in, from)) {
        typeErrors.add(Errors.coded("E0616", "field `" + name + "` of struct `" + s.name() + "` is private", at,
            "private field"));
      }
    }
  }

  /** A method or associated function of an inherent impl called from outside the module that may see it. */
  private void method(Item.FnItem f, Span at, List<String> from) {
    if (f == null) return;
    List<String> in = moduleOf.get(f.id());
    if (in == null || !inherentFns.contains(f.id()) || f.isPub() || visible(f.id(), in, from)) return;
    String kind = f.selfKind() == Item.SelfKind.NONE ? "associated function" : "method";
    typeErrors.add(Errors.coded("E0624", kind + " `" + f.name() + "` is private", at, "private " + kind)
        .withLabel(signature(f), "private " + kind + " defined here"));
  }

  private static String kind(Item it) {
    if (it instanceof Item.FnItem) return "function";
    if (it instanceof Item.StructItem) return "struct";
    if (it instanceof Item.EnumItem) return "enum";
    if (it instanceof Item.TraitItem) return "trait";
    if (it instanceof Item.TypeAlias) return "type alias";
    if (it instanceof Item.ConstItem c) return c.isStatic() ? "static" : "constant";
    return "item";
  }

  /** A function's span up to its body: where rustc shows it defined. */
  private static Span signature(Item.FnItem f) {
    Span s = f.span();
    if (f.body() == null) return s;
    Span b = f.body().span();
    if (b.line() != s.line() || b.col() < 2) return s;
    return new Span(s.start(), b.start() - 1, s.line(), s.col(), b.line(), b.col() - 1);
  }

  /** `mod name`: the module's header. */
  private static Span header(Span s, String name) {
    int len = 4 + name.length();
    return new Span(s.start(), s.start() + len, s.line(), s.col(), s.line(), s.col() + len);
  }

  // ---- a walk over the AST's records ----

  private static void visit(Object n, java.util.function.Consumer<Object> f) {
    if (n == null) return;
    if (n instanceof List<?> l) {
      for (Object o : l) visit(o, f);
      return;
    }
    if (!n.getClass().isRecord() || !n.getClass().getPackageName().equals("rustle.ast")) return;
    f.accept(n);
    if (n instanceof Stmt.ItemStmt) return;  // its own body, with its own items
    for (RecordComponent rc : n.getClass().getRecordComponents()) {
      Class<?> c = rc.getType();
      if (c.isPrimitive() || c == String.class || c.isEnum() || c == Span.class) continue;
      try {
        visit(rc.getAccessor().invoke(n), f);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
