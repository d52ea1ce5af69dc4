package rustle.interp.print;

import rustle.fmt.Fmt;
import rustle.interp.FnCompiler;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.types.Layout;
import rustle.types.Ty;

/** Display of std's error types rustle has: {@code ParseIntError} prints std's message for its kind. */
final class StdErrorFmt {
  private StdErrorFmt() {}

  private static final String[] INT_MESSAGES = {
    "cannot parse integer from empty string",
    "invalid digit found in string",
    "number too large to fit in target type",
    "number too small to fit in target type",
    "number would be zero for non-zero type",
  };

  /** The Display of a, or null when a is not one of std's error types. */
  static ValueFmt display(FnCompiler f, Ty.Adt a) {
    if (!a.def().name.equals("ParseIntError") || a.def().isEnum) return null;
    Ty kind = a.def().variants.get(0).fields().get(0).ty();
    Layout kl = f.layout(kind);
    EnumAccess acc = new EnumAccess(kl);
    int off = f.layout(a).offsets[0];
    return new ValueFmt() {
      @Override
      public void write(Machine m, int addr, Ctx c) {
        Fmt.formatStr(c.sb, INT_MESSAGES[acc.variant(m.mem, addr + off)], c.spec, c.width, c.precision);
      }
    };
  }
}
