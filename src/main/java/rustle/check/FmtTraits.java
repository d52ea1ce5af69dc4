package rustle.check;

import rustle.ast.Span;
import rustle.diag.Errors;
import rustle.fmt.FormatSpec;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/** Which formatting traits (Display, Debug, LowerHex, ...) a type implements, for format arguments. */
final class FmtTraits {
  private final FnCk cx;

  FmtTraits(FnCk cx) {
    this.cx = cx;
  }

  void require(FormatInfo.FmtArg arg, FormatSpec spec, Span fmtSpan) {
    Ty t = arg.ty();
    Span at = arg.expr() != null ? arg.expr().span() : fmtSpan;
    if (arg.expr() != null && rustle.types.Layouts.isUnsized(cx.resolve(t))) {
      // format_args! takes each argument by reference to a sized value (`v[1..]`, `*s`: rustc's E0277).
      String shown = cx.show(t);
      cx.error(Errors.coded("E0277", "the size for values of type `" + shown + "` cannot be known at compilation time",
          at, "doesn't have a size known at compile-time").withHelp("the trait `Sized` is not implemented for `" + shown + "`"));
      return;
    }
    switch (spec.trait()) {
      case DISPLAY:
        if (!cx.methods.natives.isDisplay(t)) notImplemented(at, t, "Display");
        break;
      case DEBUG:
        if (isDebug(t)) break;
        Ty std = stdIterator(t);
        // std's iterators are Debug (when what they hold is); rustle shows the adapters of IterDebug only.
        if (std != null) cx.error(Errors.unsupported("Debug of `" + cx.show(std) + "`", at));
        else notImplemented(at, t, "Debug");
        break;
      case LOWER_HEX:
      case UPPER_HEX:
      case BINARY:
      case OCTAL:
        if (!OpsCk.isInt(strip(t))) notImplemented(at, t, traitName(spec.trait()));
        break;
      case LOWER_EXP:
      case UPPER_EXP:
        if (!OpsCk.isNumeric(strip(t))) notImplemented(at, t, traitName(spec.trait()));
        break;
      default: {
        Ty r = cx.resolve(t);
        boolean pointer = r instanceof Ty.Ref || r instanceof Ty.Adt a && (a.def().builtin == AdtDef.Builtin.BOX
            || a.def().builtin == AdtDef.Builtin.RAW_PTR);
        if (!pointer) notImplemented(at, t, "Pointer");
      }
    }
  }

  private Ty strip(Ty t) {
    t = cx.resolve(t);
    while (t instanceof Ty.Ref r) t = cx.resolve(r.inner());
    return t;
  }

  private static String traitName(FormatSpec.Trait t) {
    switch (t) {
      case LOWER_HEX: return "LowerHex";
      case UPPER_HEX: return "UpperHex";
      case BINARY: return "Binary";
      case OCTAL: return "Octal";
      case LOWER_EXP: return "LowerExp";
      default: return "UpperExp";
    }
  }

  /** The std iterator (of the prelude) that t is or holds where Debug found none, or null. */
  private Ty stdIterator(Ty t) {
    t = strip(t);
    if (!(t instanceof Ty.Adt a) || !a.def().fromPrelude) return null;
    if (IterDebug.adapter(a) && IterDebug.shown(a)) return stdIterator(a.args().get(0));
    return Iterators.itemOf(a, cx.items) != null ? a : null;
  }

  void notImplemented(Span at, Ty t, String trait) {
    String shown = cx.show(t);
    cx.error(Errors.coded("E0277", "`" + shown + "` doesn't implement `" + (trait.equals("Debug") || trait.equals("Display")
        ? "std::fmt::" : "std::fmt::") + trait + "`", at, "`" + shown + "` cannot be formatted "
        + (trait.equals("Display") ? "with the default formatter" : trait.equals("Debug") ? "using `{:?}`" : "with `" + trait + "`")));
  }

  boolean isDebug(Ty t) {
    t = cx.resolve(t);
    if (t instanceof Infer) return true;
    if (t instanceof Prim p) return p != Prim.NEVER;
    if (t instanceof Ty.Ref r) return isDebug(r.inner());
    if (t instanceof Ty.Dyn d) return Dyns.formats(cx.items, d, "Debug");
    if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) if (!isDebug(e)) return false;
      return true;
    }
    if (t instanceof Ty.Array a) return isDebug(a.elem());
    if (t instanceof Ty.Slice s) return isDebug(s.elem());
    if (t instanceof Ty.Adt a && IterDebug.adapter(a)) return IterDebug.shown(a) && isDebug(a.args().get(0));
    if (t instanceof Ty.Adt a) {
      // std's range types are Debug when their bounds are (`..3`, `2..`, `..=4`; print.Fmts.range).
      if (a.def().builtin != AdtDef.Builtin.NONE || a.def().fromPrelude && a.def().name.startsWith("Range")) {
        for (Ty x : a.args()) if (!isDebug(x)) return false;
        return true;
      }
      if (a.def().derives("Debug") || cx.exprs.paths.implementsTrait(a, "Debug")) return true;
      return false;
    }
    if (t instanceof Ty.Param p) return cx.methods.natives.hasBound(p, "Debug");
    return false;
  }
}
