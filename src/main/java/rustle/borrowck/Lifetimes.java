package rustle.borrowck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import rustle.ast.Crate;
import rustle.ast.Item;
import rustle.ast.Path;
import rustle.ast.Pattern;
import rustle.ast.Span;
import rustle.ast.TypeExpr;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;

/**
 * E0106: references in signatures whose lifetime cannot be elided (rustc's late resolution of
 * lifetimes). An output reference borrows from {@code &self}, or from the only input lifetime;
 * otherwise it needs a name. Struct and enum fields always need one.
 */
final class Lifetimes {
  /** The user's structs and enums that have lifetime parameters (hidden in paths that omit them). */
  private final Set<String> borrowing = new java.util.HashSet<>();
  private final List<Diagnostic> out = new ArrayList<>();

  private Lifetimes() {}

  /** The E0106 errors of a crate; needs only its syntax, so it can run whether or not it type checks. */
  static List<Diagnostic> check(Crate user) {
    Lifetimes l = new Lifetimes();
    l.collect(user.items());
    l.items(user.items());
    return l.out;
  }

  private void collect(List<Item> list) {
    for (Item it : list) {
      List<Item.GenericParam> gs = it instanceof Item.StructItem s ? s.generics()
          : it instanceof Item.EnumItem e ? e.generics() : List.of();
      String name = it instanceof Item.StructItem s ? s.name() : it instanceof Item.EnumItem e ? e.name() : null;
      for (Item.GenericParam g : gs) if (g.isLifetime() && name != null) borrowing.add(name);
      if (it instanceof Item.ModItem m) collect(m.items());
    }
  }

  private void items(List<Item> list) {
    for (Item it : list) {
      if (it instanceof Item.FnItem f) {
        fn(f, false);
      } else if (it instanceof Item.ImplItem impl) {
        for (Item.FnItem f : impl.fns()) fn(f, true);
      } else if (it instanceof Item.TraitItem t) {
        for (Item.FnItem f : t.fns()) fn(f, true);
      } else if (it instanceof Item.StructItem s) {
        for (Item.FieldDef fd : s.fields()) field(fd.type());
      } else if (it instanceof Item.EnumItem e) {
        for (Item.Variant v : e.variants()) for (Item.FieldDef fd : v.fields()) field(fd.type());
      } else if (it instanceof Item.ModItem m) {
        items(m.items());
      }
    }
  }

  private void field(TypeExpr t) {
    List<TypeExpr.RefType> elided = new ArrayList<>();
    elidedRefs(t, elided);
    for (TypeExpr.RefType r : elided) {
      out.add(Errors.missingLifetime(List.of(Builder.head(r.span(), 1)), List.of(), null));
    }
  }

  /**
   * The input lifetimes of a signature: names, one per elided reference or lifetime left out of a
   * path, or null when some cannot be seen (Self). owners gets, per parameter with lifetimes, how
   * rustc names where the output could borrow from: "`a`" or "one of `p`'s 2 lifetimes".
   */
  private Set<String> inputs(Item.FnItem f, boolean inImpl, List<Span> elidedSpans, List<String> owners) {
    Set<String> lts = new LinkedHashSet<>();
    int[] n = {0};
    for (Item.Param p : f.params()) {
      int before = lts.size();
      if (!collect(p.type(), lts, n, elidedSpans)) return null;
      int k = lts.size() - before;
      String name = p.pattern() instanceof Pattern.IdentPat ip ? ip.name() : "argument";
      if (k == 1) owners.add("`" + name + "`");
      if (k > 1) owners.add("one of `" + name + "`'s " + k + " lifetimes");
    }
    if (inImpl && (f.selfKind() == Item.SelfKind.VALUE || f.selfKind() == Item.SelfKind.MUT_VALUE)) return null;
    return lts;
  }

  private void fn(Item.FnItem f, boolean inImpl) {
    if (f.ret() == null) return;
    List<TypeExpr.RefType> outs = new ArrayList<>();
    elidedRefs(f.ret(), outs);
    if (outs.isEmpty()) return;
    if (f.selfKind() == Item.SelfKind.REF || f.selfKind() == Item.SelfKind.REF_MUT) return;
    List<Span> inputSpans = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    Set<String> lts = inputs(f, inImpl, inputSpans, owners);
    if (lts == null || lts.size() == 1) return;
    List<Span> at = new ArrayList<>();
    for (TypeExpr.RefType r : outs) at.add(Builder.head(r.span(), 1));
    String help = "this function's return type contains a borrowed value, but ";
    Diagnostic d;
    if (lts.isEmpty()) {
      d = Errors.missingLifetime(at, List.of(), help + "there is no value for it to be borrowed from");
      if (outs.size() == 1) {
        TypeExpr.RefType r = outs.get(0);
        Span amp = Builder.after(Builder.head(r.span(), 1));
        d = d.withSuggestion("consider using the `'static` lifetime, but this is uncommon unless you're returning a "
            + "borrowed value from a `const` or a `static`", amp, "'static ");
        String owned = owned(r);
        boolean oneParam = f.params().size() == 1 && !(f.params().get(0).type() instanceof TypeExpr.RefType);
        if (oneParam) {
          d = d.withSuggestion("instead, you are more likely to want to change the argument to be borrowed...",
              Builder.before(f.params().get(0).type().span()), "&");
        }
        if (owned != null && (oneParam || f.params().isEmpty())) {
          d = d.withSuggestion(oneParam ? "...or alternatively, you might want to return an owned value"
              : "instead, you are more likely to want to return an owned value", r.span(), owned);
        }
      }
    } else {
      String from = owners.size() == 1 && owners.get(0).startsWith("one of ")
          ? "which " + owners.get(0) + " it is borrowed from"
          : "whether it is borrowed from " + orList(owners);
      d = Errors.missingLifetime(at, inputSpans, help + "the signature does not say " + from);
    }
    out.add(d);
  }

  /** The owned counterpart of a returned reference type, as rustc suggests it: String for &str, Vec<T> for &[T]. */
  private static String owned(TypeExpr.RefType r) {
    TypeExpr in = r.inner();
    if (in instanceof TypeExpr.PathType p && p.path().isSingle() && p.path().last().equals("str")) return "String";
    if (in instanceof TypeExpr.SliceType s) {
      String e = text(s.elem());
      return e == null ? null : "Vec<" + e + ">";
    }
    return text(in);
  }

  /** Source text of a simple type (paths, references, tuples), or null. */
  private static String text(TypeExpr t) {
    if (t instanceof TypeExpr.PathType p) {
      StringBuilder sb = new StringBuilder();
      for (Path.Segment s : p.path().segments()) {
        if (sb.length() > 0) sb.append("::");
        sb.append(s.name());
        if (!s.generics().isEmpty()) {
          sb.append('<');
          for (int i = 0; i < s.generics().size(); i++) {
            String g = text(s.generics().get(i));
            if (g == null) return null;
            sb.append(i > 0 ? ", " : "").append(g);
          }
          sb.append('>');
        }
      }
      return sb.toString();
    }
    if (t instanceof TypeExpr.RefType r) {
      String in = text(r.inner());
      return in == null ? null : "&" + (r.lifetime() != null ? r.lifetime() + " " : "") + (r.mutable() ? "mut " : "") + in;
    }
    if (t instanceof TypeExpr.SliceType s) {
      String e = text(s.elem());
      return e == null ? null : "[" + e + "]";
    }
    if (t instanceof TypeExpr.TupleType tu) {
      StringBuilder sb = new StringBuilder("(");
      for (int i = 0; i < tu.elems().size(); i++) {
        String e = text(tu.elems().get(i));
        if (e == null) return null;
        sb.append(i > 0 ? ", " : "").append(e);
      }
      return sb.append(tu.elems().size() == 1 ? ",)" : ")").toString();
    }
    return null;
  }

  private static String orList(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) sb.append(names.size() == 2 ? " or " : i == names.size() - 1 ? ", or " : ", ");
      sb.append(names.get(i));
    }
    return sb.toString();
  }

  /** Adds the lifetimes of t to lts; false when t may hide lifetimes this check cannot see. */
  private boolean collect(TypeExpr t, Set<String> lts, int[] n, List<Span> elidedSpans) {
    if (t instanceof TypeExpr.RefType r) {
      if (r.lifetime() == null || r.lifetime().equals("'_")) {
        lts.add("'elided" + n[0]++);
        elidedSpans.add(r.span());
      } else if (!r.lifetime().equals("'static")) {
        lts.add(r.lifetime());
      }
      return collect(r.inner(), lts, n, elidedSpans);
    }
    if (t instanceof TypeExpr.PathType p) {
      Path path = p.path();
      if (path.last().equals("Self")) return false;
      Path.Segment last = path.segments().get(path.segments().size() - 1);
      // The AST drops lifetime arguments: written ones (`Parser<'a>`) cannot be seen, so give up.
      if (borrowing.contains(path.last()) && p.span().end() > last.span().end()) return false;
      if (borrowing.contains(path.last())) {
        // A lifetime parameter left out of the path is an elided input lifetime too.
        lts.add("'elided" + n[0]++);
        if (elidedSpans.stream().noneMatch(s -> s.start() <= p.span().start() && p.span().end() <= s.end())) {
          elidedSpans.add(p.span());
        }
      }
      for (Path.Segment s : path.segments()) {
        for (TypeExpr g : s.generics()) if (!collect(g, lts, n, elidedSpans)) return false;
      }
      return true;
    }
    if (t instanceof TypeExpr.TupleType tu) {
      for (TypeExpr e : tu.elems()) if (!collect(e, lts, n, elidedSpans)) return false;
      return true;
    }
    if (t instanceof TypeExpr.ArrayType a) return collect(a.elem(), lts, n, elidedSpans);
    if (t instanceof TypeExpr.SliceType s) return collect(s.elem(), lts, n, elidedSpans);
    return t instanceof TypeExpr.NeverType || t instanceof TypeExpr.InferType;
  }

  /** The references in t written without a lifetime. */
  private static void elidedRefs(TypeExpr t, List<TypeExpr.RefType> out) {
    if (t instanceof TypeExpr.RefType r) {
      if (r.lifetime() == null) out.add(r);
      elidedRefs(r.inner(), out);
    } else if (t instanceof TypeExpr.PathType p) {
      for (Path.Segment s : p.path().segments()) for (TypeExpr g : s.generics()) elidedRefs(g, out);
    } else if (t instanceof TypeExpr.TupleType tu) {
      for (TypeExpr e : tu.elems()) elidedRefs(e, out);
    } else if (t instanceof TypeExpr.ArrayType a) {
      elidedRefs(a.elem(), out);
    } else if (t instanceof TypeExpr.SliceType s) {
      elidedRefs(s.elem(), out);
    }
  }

  /** Whether a type written in a `let` names `'static` (a reference's lifetime or a trait object's bound). */
  static boolean namesStatic(TypeExpr t) {
    if (t instanceof TypeExpr.RefType r) return "'static".equals(r.lifetime()) || namesStatic(r.inner());
    if (t instanceof TypeExpr.PathType p) {
      for (rustle.ast.Path.Segment s : p.path().segments()) for (TypeExpr g : s.generics()) if (namesStatic(g)) return true;
      return false;
    }
    if (t instanceof TypeExpr.TupleType tt) {
      for (TypeExpr e : tt.elems()) if (namesStatic(e)) return true;
      return false;
    }
    if (t instanceof TypeExpr.ArrayType a) return namesStatic(a.elem());
    if (t instanceof TypeExpr.SliceType sl) return namesStatic(sl.elem());
    if (t instanceof TypeExpr.DynTraitType d) {
      for (TypeExpr.Bound b : d.bounds()) if ("'static".equals(b.lifetime())) return true;
    }
    return false;
  }
}
