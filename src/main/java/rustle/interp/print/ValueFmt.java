package rustle.interp.print;

import rustle.fmt.DebugBuilder;
import rustle.fmt.FormatSpec;
import rustle.interp.rt.Machine;

/** Formats a value of one type, read from memory, with one formatting trait (Display, Debug, hex...). */
public abstract class ValueFmt {
  /** The formatting state of one placeholder: output, spec, resolved width and precision. */
  public static final class Ctx {
    final StringBuilder sb;
    final FormatSpec spec;
    final int width;
    final int precision;
    DebugBuilder debug;
    /** Where a user fmt impl records the pieces it writes; null unless the text becomes a String. */
    rustle.interp.rt.FmtSink.Pieces pieces;

    public Ctx(StringBuilder sb, FormatSpec spec, int width, int precision) {
      this.sb = sb;
      this.spec = spec;
      this.width = width;
      this.precision = precision;
    }

    public DebugBuilder debug() {
      if (debug == null) debug = new DebugBuilder(sb, spec.alternate());
      return debug;
    }
  }

  public abstract void write(Machine m, int addr, Ctx c);

  /** The formatter doing the work, under the checks a --unchecked run wraps around it (CheckedFmt). */
  public ValueFmt unwrapped() {
    return this;
  }
}
