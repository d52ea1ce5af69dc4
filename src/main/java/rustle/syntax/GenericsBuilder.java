package rustle.syntax;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Item;
import rustle.ast.Span;
import rustle.ast.TypeExpr;
import rustle.syntax.gen.RustParser.*;

/**
 * Builds generic parameters. A {@code where} clause that bounds a declared parameter ({@code where
 * F: FnMut()}) adds its bounds to that parameter, which says the same thing; bounds on other types
 * cannot be written in the AST and are reported as unsupported.
 */
final class GenericsBuilder {
  private final BuildContext cx;
  private final AstBuilder ast;

  GenericsBuilder(BuildContext cx, AstBuilder ast) {
    this.cx = cx;
    this.ast = ast;
  }

  List<Item.GenericParam> params(GenericParamsContext g, WhereClauseContext where) {
    List<Span> spans = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Boolean> lifetimes = new ArrayList<>();
    List<List<TypeExpr.Bound>> bounds = new ArrayList<>();
    if (g != null) {
      for (GenericParamContext p : g.genericParam()) {
        Span span = cx.span(p);
        if (Tok.has(p, "const")) {
          cx.unsupported("const generics", span);
          continue;
        }
        if (Tok.has(p, "=")) cx.unsupported("default type parameters", span);
        spans.add(span);
        if (p.LIFETIME() != null) {
          names.add(p.LIFETIME().getText());
          lifetimes.add(true);
          bounds.add(ast.types.lifetimeBounds(p.lifetimeBounds()));
        } else {
          names.add(TypeBuilder.name(p.identifier()));
          lifetimes.add(false);
          bounds.add(ast.types.bounds(p.typeParamBounds()));
        }
      }
    }
    if (where != null) {
      for (WhereItemContext w : where.whereItem()) {
        // `where Self: Sized` keeps a trait's method off its trait objects; every Self rustle has is Sized.
        if (isSelfSized(w)) continue;
        int i = w.LIFETIME() != null ? names.indexOf(w.LIFETIME().getText()) : indexOfParam(w.type(), names);
        if (i < 0 || w.forLifetimes() != null || lifetimes.get(i) != (w.LIFETIME() != null)) {
          cx.unsupported("`where` clauses on types other than generic parameters", cx.span(w));
          continue;
        }
        bounds.get(i).addAll(w.LIFETIME() != null ? ast.types.lifetimeBounds(w.lifetimeBounds())
            : ast.types.bounds(w.typeParamBounds()));
      }
    }
    List<Item.GenericParam> out = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      out.add(new Item.GenericParam(spans.get(i), names.get(i), lifetimes.get(i), List.copyOf(bounds.get(i))));
    }
    return out;
  }

  /** The span of {@code Sized} in a {@code where Self: Sized} of where, or null. */
  static Span selfSized(BuildContext cx, WhereClauseContext where) {
    if (where == null) return null;
    for (WhereItemContext w : where.whereItem()) if (isSelfSized(w)) return cx.span(w.typeParamBounds());
    return null;
  }

  private static boolean isSelfSized(WhereItemContext w) {
    return w.LIFETIME() == null && w.forLifetimes() == null && w.type() instanceof PathTypeContext p
        && p.getText().equals("Self") && w.typeParamBounds() != null && w.typeParamBounds().getText().equals("Sized");
  }

  private static int indexOfParam(TypeContext t, List<String> names) {
    if (!(t instanceof PathTypeContext p)) return -1;
    List<TypePathSegmentContext> segs = p.typePath().typePathSegment();
    if (segs.size() != 1 || segs.get(0).genericArgs() != null || Tok.has(p.typePath(), "::")) return -1;
    return names.indexOf(segs.get(0).pathIdent().getText());
  }
}
