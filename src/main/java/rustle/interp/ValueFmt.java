package rustle.interp;

import rustle.fmt.DebugBuilder;
import rustle.fmt.FormatSpec;

/** Formats a value of one type, read from memory, with one formatting trait (Display, Debug, hex...). */
abstract class ValueFmt {
  /** The formatting state of one placeholder: output, spec, resolved width and precision. */
  static final class Ctx {
    final StringBuilder sb;
    final FormatSpec spec;
    final int width;
    final int precision;
    DebugBuilder debug;

    Ctx(StringBuilder sb, FormatSpec spec, int width, int precision) {
      this.sb = sb;
      this.spec = spec;
      this.width = width;
      this.precision = precision;
    }

    DebugBuilder debug() {
      if (debug == null) debug = new DebugBuilder(sb, spec.alternate());
      return debug;
    }
  }

  abstract void write(Machine m, int addr, Ctx c);
}
