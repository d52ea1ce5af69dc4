package rustle.interp;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.check.FormatInfo;
import rustle.check.Res;
import rustle.fmt.FormatSpec;
import rustle.interp.drop.DropSlot;
import rustle.interp.nodes.Compare;
import rustle.interp.nodes.Equality;
import rustle.interp.nodes.Stmts;
import rustle.interp.print.Fmts;
import rustle.interp.print.FormatNode;
import rustle.interp.print.Printing;
import rustle.interp.print.ValueFmt;
import rustle.interp.print.WriteNodes;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.interp.rt.Rep;
import rustle.interp.std.VecMacro;
import rustle.types.Ty;

/** Compiles the std macros: printing, {@code format!}, panics, assertions and {@code vec!}. */
final class MacroCompiler {
  private final FnCompiler f;

  MacroCompiler(FnCompiler f) {
    this.f = f;
  }

  Node macro(Expr.MacroCall m, Ty ty) {
    switch (m.name()) {
      case "vec":
      case "format":
      case "write":
      case "writeln":
        // These allocate with the macro's span as the site: the heap table names them.
        f.nameSite(m.span(), m.name() + "!");
        break;
      default:
        break;
    }
    switch (m.name()) {
      case "println":
      case "print":
      case "eprintln":
      case "eprint":
        return new Printing.Print(format(m), m.name().endsWith("ln"), m.name().startsWith("e"));
      case "format": {
        // format! expands to a block `{ let res = format(args); res }`: its argument temporaries die
        // inside it, before the enclosing statement ends.
        java.util.List<DropSlot> saved = f.temps;
        f.temps = new java.util.ArrayList<>();
        Node n = new Printing.Format(format(m), m.span());
        if (!f.temps.isEmpty()) n = new Stmts.TailTemps(n, f.temps.toArray(new DropSlot[0]), Rep.MEM);
        f.temps = saved;
        return n;
      }
      case "panic":
        return new Printing.Panic(m.args().isEmpty() ? null : format(m), "explicit panic", m.span(), !f.userCode || f.trackCaller);
      case "unreachable":
        return new Printing.Panic(m.args().isEmpty() ? null : format(m), "internal error: entered unreachable code",
            m.span(), !f.userCode || f.trackCaller);
      case "todo":
        return new Printing.Panic(m.args().isEmpty() ? null : format(m), "not yet implemented", m.span(), false);
      case "unimplemented":
        return new Printing.Panic(m.args().isEmpty() ? null : format(m), "not implemented", m.span(), false);
      case "assert": {
        IntNode cond = f.exprs.intVal(m.args().get(0).value());
        FormatNode msg = m.args().size() > 1 ? format(m) : null;
        String text = "assertion failed: " + Printing.source(f, m.args().get(0).value());
        return new Printing.Assert(cond, msg, text, m.span(), !f.userCode || f.trackCaller);
      }
      case "assert_eq":
      case "assert_ne": {
        Expr a = m.args().get(0).value();
        Expr b = m.args().get(1).value();
        // As std's macro does (`match (&a, &b)`), each operand is evaluated once, into a place that
        // both the comparison and the failure message read.
        Ty at = f.ty(a);
        Equality.Eq eq = Equality.glue(f, at, f.ty(b));
        Fmts fm = new Fmts(f);
        return new Printing.AssertEq(m.name().equals("assert_eq"), eq, place(a), place(b), fm.of(at, true),
            fm.of(f.ty(b), true), m.args().size() > 2 ? format(m) : null, m.span());
      }
      case "vec":
        return VecMacro.compile(f, m, ty);
      case "write":
      case "writeln":
        return write(m);
      case "dbg":
        return rustle.interp.print.Dbg.compile(f, m);
      default:
        throw new IllegalStateException("macro " + m.name());
    }
  }

  /** write!/writeln! into a Formatter or a String, through any number of references. */
  private Node write(Expr.MacroCall m) {
    Expr dst = m.args().get(0).value();
    Ty t = rustle.types.Infer.shallow(f.ty(dst));
    IntNode ptr;
    if (t instanceof Ty.Ref r) {
      ptr = f.exprs.intVal(dst);
      t = rustle.types.Infer.shallow(r.inner());
      while (t instanceof Ty.Ref r2) {
        ptr = new rustle.interp.nodes.Loads.LoadInt(new rustle.interp.nodes.Places.Deref(ptr), rustle.interp.rt.Kind.U64);
        t = rustle.types.Infer.shallow(r2.inner());
      }
    } else {
      ptr = new rustle.interp.nodes.Loads.AddrOf(f.places.place(dst));
    }
    FormatNode fmt = f.t.res[m.id()] instanceof FormatInfo ? format(m) : null;
    boolean nl = m.name().equals("writeln");
    if (t instanceof Ty.Adt a && a.def().isStdStream()) {
      // io::Write into the standard output or error: printed at once, as print! does; Ok(()) is its value.
      Ty result = f.ty(m);
      return new WriteNodes.ToStream(new Printing.Print(fmt, nl, a.def().name.equals("Stderr")),
          new rustle.interp.nodes.EnumAccess(f.layout(result)), f.size(result));
    }
    if (t instanceof Ty.Adt a && a.def().fromPrelude && a.def().name.equals("BufWriter")) {
      Ty w = rustle.types.Infer.shallow(a.args().get(0));
      Ty result = f.ty(m);
      return new WriteNodes.ToBufWriter(ptr, rustle.interp.print.IoStreams.bufOffset(f, w),
          rustle.interp.print.IoStreams.isStderr(w), fmt, nl,
          new rustle.interp.nodes.EnumAccess(f.layout(result)), f.size(result));
    }
    boolean string = t instanceof Ty.Adt a && a.def().builtin == rustle.types.AdtDef.Builtin.STRING;
    return string ? new WriteNodes.ToString(ptr, fmt, nl, m.span()) : new WriteNodes.ToFormatter(ptr, fmt, nl);
  }

  private Place place(Expr e) {
    if (f.places.isPlace(e)) return f.places.place(e);
    return f.ownedTemp(f.exprs.value(e), f.ty(e));
  }

  FormatNode format(Expr.MacroCall m) {
    FormatInfo info = FormatLiterals.inline((FormatInfo) f.t.res[m.id()]);
    Fmts fm = new Fmts(f);
    List<Place> args = new ArrayList<>();
    for (FormatInfo.FmtArg a : info.args()) {
      if (a.expr() != null) {
        args.add(place(a.expr()));
      } else if (a.capture() instanceof Res.Local l) {
        args.add(f.localPlace(l.var()));
      } else {
        Res.Const c = (Res.Const) a.capture();
        f.c.program.checkConst(c.def());
        Expr v = c.def().item.value();
        args.add(f.ownedTemp(f.exprs.value(v), f.sub(c.def().ty)));
      }
    }
    int n = info.parts().size();
    String[] texts = new String[n];
    int[] argOf = new int[n];
    FormatSpec[] specs = new FormatSpec[n];
    ValueFmt[] fmts = new ValueFmt[n];
    int[] widths = new int[n];
    boolean[] wArg = new boolean[n];
    int[] precs = new int[n];
    boolean[] pArg = new boolean[n];
    for (int i = 0; i < n; i++) {
      FormatInfo.Part p = info.parts().get(i);
      texts[i] = p.text();
      if (p.text() != null) continue;
      argOf[i] = p.arg();
      specs[i] = p.spec();
      FormatInfo.FmtArg a = info.args().get(p.arg());
      Ty at = a.expr() != null ? f.ty(a.expr()) : f.sub(a.ty());
      fmts[i] = p.spec().trait() == FormatSpec.Trait.POINTER ? rustle.interp.print.PointerFmts.of(at)
          : fm.arg(fm.of(at, p.spec().trait() == FormatSpec.Trait.DEBUG), a.expr() != null ? a.expr().span() : m.span());
      widths[i] = p.width();
      wArg[i] = p.widthIsArg();
      precs[i] = p.precision();
      pArg[i] = p.precisionIsArg();
    }
    return new FormatNode(texts, argOf, specs, fmts, widths, wArg, precs, pArg, args.toArray(new Place[0]));
  }
}
