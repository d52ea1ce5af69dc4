package rustle.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Pattern;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * E0004 (a {@code match} that misses values) and E0005 (a refutable pattern in {@code let}), found with
 * {@link Usefulness} once the body's types are known and worded as rustc words them.
 */
final class Exhaustiveness {
  private final FnCk cx;
  private final PatLowering lowering;

  Exhaustiveness(FnCk cx) {
    this.cx = cx;
    this.lowering = new PatLowering(cx);
  }

  void match(Expr.Match m, Ty scrutinee) {
    Ty t = Zonk.apply(scrutinee);
    if (!Zonk.isResolved(t)) return;
    List<List<DPat>> rows = new ArrayList<>();
    for (Expr.Arm arm : m.arms()) {
      if (arm.guard() != null) continue; // a guarded arm may not match, so it covers nothing
      rows.add(List.of(lowering.lower(arm.pattern(), t)));
    }
    List<List<DPat>> ws = Usefulness.witnesses(rows, List.of(t));
    if (ws.isEmpty()) return;
    List<String> shown = new ArrayList<>();
    for (List<DPat> w : ws) shown.add(show(w.get(0)));
    String list = list(shown);
    Diagnostic d = Errors.coded("E0004", "non-exhaustive patterns: " + list + " not covered", m.scrutinee().span(),
        (shown.size() == 1 ? "pattern " : "patterns ") + list + " not covered");
    d = definedHere(d, t, ws);
    cx.error(d.withNote("the matched value is of type `" + cx.show(t) + "`"));
  }

  /** E0005 for {@code let PAT = init;} (without else) whose pattern can fail. */
  void let(Pattern p, Ty ty) {
    Ty t = Zonk.apply(ty);
    if (!Zonk.isResolved(t)) return;
    List<List<DPat>> ws = Usefulness.witnesses(List.of(List.of(lowering.lower(p, t))), List.of(t));
    if (ws.isEmpty()) return;
    List<String> shown = new ArrayList<>();
    for (List<DPat> w : ws) shown.add(show(w.get(0)));
    String list = list(shown);
    Diagnostic d = Errors.coded("E0005", "refutable pattern in local binding", p.span(),
        (shown.size() == 1 ? "pattern " : "patterns ") + list + " not covered")
        .withNote("`let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` with only one variant")
        .withNote("for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html");
    d = definedHere(d, t, ws);
    cx.error(d.withNote("the matched value is of type `" + cx.show(t) + "`"));
  }

  /** rustc's "`Coin` defined here" note on a program's enum, labelling the variants not covered. */
  private Diagnostic definedHere(Diagnostic d, Ty t, List<List<DPat>> ws) {
    if (!(t instanceof Ty.Adt a) || !a.def().isEnum || a.def().builtin != AdtDef.Builtin.NONE
        || !(a.def().source instanceof Item.EnumItem e)) {
      return d;
    }
    List<Diagnostic.Label> labels = new ArrayList<>();
    for (List<DPat> w : ws) {
      DPat h = w.get(0);
      if (h.kind() == DPat.Kind.VARIANT) labels.add(new Diagnostic.Label(variantNameSpan(e.variants().get(h.variant())),
          "not covered"));
    }
    return d.withSub(new Diagnostic.Sub(Diagnostic.Sub.Kind.NOTE, "`" + a.def().name + "` defined here", e.nameSpan(),
        null, labels));
  }

  private static Span variantNameSpan(Item.Variant v) {
    Span s = v.span();
    int n = v.name().length();
    return new Span(s.start(), s.start() + n, s.line(), s.col(), s.line(), s.col() + n);
  }

  static String list(List<String> shown) {
    List<String> q = shown.stream().map(s -> "`" + s + "`").toList();
    int n = q.size();
    if (n == 1) return q.get(0);
    if (n <= 3) return String.join(", ", q.subList(0, n - 1)) + " and " + q.get(n - 1);
    return String.join(", ", q.subList(0, 3)) + " and " + (n - 3) + " more";
  }

  /** A witness as rustc prints it: {@code Some(_)}, {@code Coin::Dime}, {@code 101_u8..=u8::MAX}. */
  static String show(DPat p) {
    Ty t = p.ty();
    switch (p.kind()) {
      case WILD:
      case OPAQUE:
      case OR:
        return "_";
      case RANGE:
        return range(p.lo(), p.hi(), t);
      case SLICE: {
        List<String> fs = new ArrayList<>(p.fields().stream().map(Exhaustiveness::show).toList());
        if (p.isVarSlice()) fs.add(p.prefix(), "..");
        return "[" + String.join(", ", fs) + "]";
      }
      default:
        break;
    }
    if (t instanceof Ty.Ref) return "&" + show(p.fields().get(0));
    if (t == Prim.BOOL) return p.variant() == 1 ? "true" : "false";
    if (t instanceof Ty.Tuple) {
      List<String> fs = p.fields().stream().map(Exhaustiveness::show).toList();
      return "(" + String.join(", ", fs) + (fs.size() == 1 ? ",)" : ")");
    }
    Ty.Adt a = (Ty.Adt) t;
    AdtDef.VariantDef vd = a.def().variants.get(p.variant());
    String name = !a.def().isEnum ? a.def().name
        : a.def().builtin == AdtDef.Builtin.OPTION || a.def().builtin == AdtDef.Builtin.RESULT ? vd.name()
        : a.def().name + "::" + vd.name();
    switch (vd.kind()) {
      case UNIT:
        return name;
      case TUPLE:
        return name + "(" + String.join(", ", p.fields().stream().map(Exhaustiveness::show).toList()) + ")";
      default: {
        List<String> fs = new ArrayList<>();
        boolean rest = false;
        for (int i = 0; i < p.fields().size(); i++) {
          if (p.fields().get(i).isWild()) rest = true;
          else fs.add(vd.fields().get(i).name() + ": " + show(p.fields().get(i)));
        }
        if (rest) fs.add("..");
        return name + " { " + String.join(", ", fs) + " }";
      }
    }
  }

  private static String range(BigInteger lo, BigInteger hi, Ty t) {
    if (lo.equals(hi)) return value(lo, t);
    return value(lo, t) + "..=" + value(hi, t);
  }

  private static String value(BigInteger v, Ty t) {
    if (t == Prim.CHAR) {
      int c = v.intValue();
      if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\') return "'" + (char) c + "'";
      return c == 0 ? "'\\0'" : "'\\u{" + Integer.toHexString(c) + "}'";
    }
    Prim p = (Prim) t;
    if (v.equals(Ctors.max(t))) return p.name + "::MAX";
    if (p.signed && v.equals(Ctors.min(t))) return p.name + "::MIN";
    return v + "_" + p.name;
  }
}
