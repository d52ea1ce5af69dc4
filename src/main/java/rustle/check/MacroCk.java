package rustle.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustle.ast.Expr;
import rustle.ast.Path;
import rustle.ast.Span;
import rustle.diag.Errors;
import rustle.fmt.Arg;
import rustle.fmt.Count;
import rustle.fmt.FormatError;
import rustle.fmt.FormatSpec;
import rustle.fmt.FormatString;
import rustle.fmt.Piece;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Checks the std macros rustle knows: printing and formatting, panics and assertions, {@code vec!} and
 * {@code dbg!}.
 */
final class MacroCk {
  private final FnCk cx;
  private final FmtTraits traits;

  MacroCk(FnCk cx) {
    this.cx = cx;
    this.traits = new FmtTraits(cx);
  }

  /** Two numbers (at the same reference depth): a literal of the wrong type is E0308, not E0277. */
  private boolean bothNumeric(Ty a, Ty b) {
    a = cx.resolve(a);
    b = cx.resolve(b);
    while (a instanceof Ty.Ref ra && b instanceof Ty.Ref rb) {
      a = cx.resolve(ra.inner());
      b = cx.resolve(rb.inner());
    }
    return OpsCk.isNumeric(a) && OpsCk.isNumeric(b);
  }

  FmtTraits fmtTraits() {
    return traits;
  }

  Ty macro(Expr.MacroCall m, Ty expected) {
    switch (m.name()) {
      case "println":
      case "print":
      case "eprintln":
      case "eprint":
        format(m, m.args(), !m.name().endsWith("ln"));
        return Ty.UNIT;
      case "format":
        if (m.args().isEmpty()) {
          cx.error(Errors.error("requires at least a format string argument", m.span(), null));
          return cx.items.string();
        }
        format(m, m.args(), false);
        return cx.items.string();
      case "panic":
      case "unreachable":
      case "todo":
      case "unimplemented":
        if (!m.args().isEmpty()) format(m, m.args(), false);
        return Prim.NEVER;
      case "assert": {
        if (m.args().isEmpty()) {
          cx.error(Errors.error("macro requires a boolean expression as an argument", m.span(), "boolean expression required"));
          return Ty.UNIT;
        }
        Expr c = m.args().get(0).value();
        cx.coerce(c, cx.exprs.check(c, Prim.BOOL), Prim.BOOL);
        if (m.args().size() > 1) format(m, m.args().subList(1, m.args().size()), false);
        return Ty.UNIT;
      }
      case "assert_eq":
      case "assert_ne": {
        if (m.args().size() < 2) {
          cx.error(Errors.error("unexpected end of macro invocation", m.span(), "missing tokens in macro arguments"));
          return Ty.UNIT;
        }
        Expr a = m.args().get(0).value();
        Expr b = m.args().get(1).value();
        Ty ta = cx.exprs.check(a, null);
        Ty tb = cx.exprs.check(b, ta);
        if (!cx.infer.unify(ta, tb) && !EqImpls.mixed(cx.infer, ta, tb)) {
          if (bothNumeric(ta, tb)) {
            cx.mismatch(b.span(), ta, tb);
          } else {
            // `left == right` needs `L: PartialEq<R>`, which std has for no such pair.
            cx.error(Errors.coded("E0277", "can't compare `" + cx.show(ta) + "` with `" + cx.show(tb) + "`", m.span(),
                "no implementation for `" + cx.show(ta) + " == " + cx.show(tb) + "`")
                .withHelp("the trait `PartialEq<" + cx.show(tb) + ">` is not implemented for `" + cx.show(ta) + "`"));
          }
        }
        if (!traits.isDebug(ta)) traits.notImplemented(a.span(), ta, "Debug");
        if (m.args().size() > 2) format(m, m.args().subList(2, m.args().size()), false);
        return Ty.UNIT;
      }
      case "vec":
        return vec(m, expected);
      case "write":
      case "writeln":
        return write(m);
      case "dbg": {
        // dbg!(e) prints e with {:#?} and hands it back; dbg!() prints only where it is.
        if (m.args().isEmpty()) return Ty.UNIT;
        if (m.args().size() > 1) {
          cx.error(Errors.unsupported("`dbg!` with several arguments", m.span()));
          return null;
        }
        Expr a = m.args().get(0).value();
        Ty t = cx.exprs.check(a, expected);
        if (!traits.isDebug(t)) traits.notImplemented(a.span(), t, "Debug");
        return t;
      }
      case "intrinsic":
        if (cx.def != null && (cx.def.fromPrelude || cx.def.item.isForeign())) return cx.retTy;
        cx.error(Errors.error("cannot find macro `intrinsic` in this scope", m.span(), null));
        return null;
      default:
        cx.error(Errors.error("cannot find macro `" + m.name() + "` in this scope", m.span(), null));
        return null;
    }
  }

  /**
   * {@code write!(dst, ...)}: dst is a {@code &mut Formatter} (in a Display/Debug impl) or a String
   * (through {@code fmt::Write}); the result is {@code fmt::Result}.
   */
  private Ty write(Expr.MacroCall m) {
    Ty result = new Ty.Adt(cx.items.std("Result"), List.of(Ty.UNIT, new Ty.Adt(cx.items.std("FmtError"), List.of())));
    if (m.args().isEmpty()) {
      cx.error(Errors.error("unexpected end of macro invocation", m.span(), "missing tokens in macro arguments"));
      return result;
    }
    Expr dst = m.args().get(0).value();
    Ty t = cx.exprs.check(dst, null);
    Ty base = cx.resolve(t);
    while (base instanceof Ty.Ref r) base = cx.resolve(r.inner());
    boolean ok = base instanceof Ty.Adt a && (a.def() == cx.items.std("Formatter") || a.def() == cx.items.std("String"));
    boolean buffered = base instanceof Ty.Adt bw && bw.def().fromPrelude && bw.def().name.equals("BufWriter");
    if (buffered && !(cx.resolve(((Ty.Adt) base).args().get(0)) instanceof Ty.Adt inner && inner.def().isStdStream())) {
      cx.error(Errors.unsupported("`" + m.name() + "!` into `" + cx.show(base) + "` (a BufWriter over other than"
          + " the standard output or error)", dst.span()));
      return null;
    }
    if (!ok && base instanceof Ty.Adt a && (buffered || a.def().isStdStream())) {
      // std::io::Write's write_fmt into the standard output or error: io::Result<()>.
      format(m, m.args().subList(1, m.args().size()), m.name().equals("write"));
      return new Ty.Adt(cx.items.std("Result"), List.of(Ty.UNIT, new Ty.Adt(cx.items.std("IoError"), List.of())));
    }
    if (!ok && base instanceof Ty.Param) {
      // `fn f<W: Write>(w: &mut W)`: valid Rust; rustle's write! knows only its concrete writers.
      cx.error(Errors.unsupported("`" + m.name() + "!` into a generic writer (`" + cx.show(t) + "`)", dst.span()));
      return null;
    }
    if (!ok && !(base instanceof rustle.types.Infer)) {
      cx.error(Errors.coded("E0599", "cannot write into `" + cx.show(t) + "`", dst.span(), null));
    }
    format(m, m.args().subList(1, m.args().size()), m.name().equals("write"));
    return result;
  }

  private Ty vec(Expr.MacroCall m, Ty expected) {
    Ty x = expected == null ? null : cx.resolve(expected);
    Ty elem = x instanceof Ty.Adt a && a.def() == cx.items.std("Vec") ? a.args().get(0) : cx.infer.fresh();
    if (m.repeat()) {
      Expr v = m.args().get(0).value();
      cx.coerce(v, cx.exprs.check(v, elem), elem);
      Expr n = m.args().get(1).value();
      cx.coerce(n, cx.exprs.check(n, Prim.USIZE), Prim.USIZE);
    } else {
      List<Expr> es = new java.util.ArrayList<>();
      for (Expr.MacroArg a : m.args()) es.add(a.value());
      elem = Dyns.elements(cx, es, elem);
    }
    return cx.items.vec(elem);
  }

  /** Checks a format string and its arguments, and records the resolved {@link FormatInfo}. */
  private void format(Expr.MacroCall m, List<Expr.MacroArg> margs, boolean noNewline) {
    if (margs.isEmpty()) {
      cx.tables.res[m.id()] = new FormatInfo(List.of(), List.of());
      return;
    }
    Expr first = margs.get(0).value();
    if (!(first instanceof Expr.StrLit lit)) {
      cx.error(Errors.error("format argument must be a string literal", first.span(), null));
      for (Expr.MacroArg a : margs) cx.exprs.check(a.value(), null);
      return;
    }
    List<Piece> pieces;
    try {
      pieces = FormatString.parse(lit.value());
    } catch (FormatError e) {
      cx.error(Errors.error(e.getMessage(), lit.span(), null));
      return;
    }
    List<FormatInfo.FmtArg> args = new ArrayList<>();
    Map<String, Integer> named = new HashMap<>();
    int positional = 0;
    for (int i = 1; i < margs.size(); i++) {
      Expr.MacroArg a = margs.get(i);
      Ty t = cx.exprs.check(a.value(), null);
      args.add(new FormatInfo.FmtArg(a.value(), null, t));
      if (a.name() != null) named.put(a.name(), args.size() - 1);
      else positional++;
    }
    boolean[] used = new boolean[args.size()];
    List<FormatInfo.Part> parts = new ArrayList<>();
    for (Piece p : pieces) {
      if (p instanceof Piece.Literal l) {
        parts.add(new FormatInfo.Part(l.text(), -1, null, -1, false, -1, false));
        continue;
      }
      Piece.Placeholder ph = (Piece.Placeholder) p;
      int idx = argIndex(ph.arg(), args, named, lit.span(), positional);
      if (idx < 0) return;
      if (idx < used.length) used[idx] = true;
      FormatSpec spec = ph.spec();
      int[] w = count(spec.width(), args, named, lit.span(), positional, used);
      int[] pr = count(spec.precision(), args, named, lit.span(), positional, used);
      if (w == null || pr == null) return;
      traits.require(args.get(idx), spec, lit.span());
      parts.add(new FormatInfo.Part(null, idx, spec, w[0], w[1] == 1, pr[0], pr[1] == 1));
    }
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        boolean isNamed = margs.get(i + 1).name() != null;
        cx.error(Errors.error(isNamed ? "named argument never used" : "argument never used",
            margs.get(i + 1).value().span(), isNamed ? "named argument never used" : "argument never used"));
        return;
      }
    }
    cx.tables.res[m.id()] = new FormatInfo(List.copyOf(parts), List.copyOf(args));
  }

  private int argIndex(Arg a, List<FormatInfo.FmtArg> args, Map<String, Integer> named, Span span, int positional) {
    if (a instanceof Arg.Implicit im) return positionalIndex(im.index(), args, span, positional);
    if (a instanceof Arg.Index ix) return positionalIndex(ix.index(), args, span, positional);
    Arg.Named n = (Arg.Named) a;
    Integer i = named.get(n.name());
    if (i != null) return i;
    return capture(n.name(), args, named, span);
  }

  private int positionalIndex(int i, List<FormatInfo.FmtArg> args, Span span, int positional) {
    if (i < positional) return i;
    String need = (i + 1) + " positional argument" + (i == 0 ? "" : "s");
    cx.error(Errors.error(positional == 0 ? "" + need + " in format string, but no arguments were given"
        : need + " in format string, but there " + (positional == 1 ? "is 1 argument" : "are " + positional + " arguments"),
        span, null));
    return -1;
  }

  private int capture(String name, List<FormatInfo.FmtArg> args, Map<String, Integer> named, Span span) {
    Res r = cx.exprs.paths.resolveValue(new Path(span, List.of(new Path.Segment(name, span, List.of()))), span);
    if (r == null) return -1;
    Ty t = cx.exprs.paths.typeOfRes(r, span, null);
    args.add(new FormatInfo.FmtArg(null, r, t));
    named.put(name, args.size() - 1);
    return args.size() - 1;
  }

  /** {value, isArg}: a literal count, an argument index, or -1 when absent. */
  private int[] count(Count c, List<FormatInfo.FmtArg> args, Map<String, Integer> named, Span span, int positional,
      boolean[] used) {
    if (c instanceof Count.Implied) return new int[] {-1, 0};
    if (c instanceof Count.Literal l) return new int[] {l.value(), 0};
    int idx;
    if (c instanceof Count.Param p) idx = positionalIndex(p.index(), args, span, positional);
    else if (c instanceof Count.Star s) idx = positionalIndex(s.index(), args, span, positional);
    else idx = argIndex(new Arg.Named(((Count.Named) c).name(), 0), args, named, span, positional);
    if (idx < 0) return null;
    if (idx < used.length) used[idx] = true;
    Ty t = args.get(idx).ty();
    if (!cx.infer.unify(t, Prim.USIZE)) {
      cx.mismatch(span, Prim.USIZE, t);
      return null;
    }
    return new int[] {idx, 1};
  }
}
