package rustle.interp.print;

import rustle.ast.Span;
import rustle.interp.rt.Machine;
import rustle.interp.rt.UndefinedBehavior;
import rustle.memory.HeapTypes;

/**
 * A formatter of a {@code --unchecked} run: checks the bytes it is about to read (the value, and the text
 * a String or &str points to) with {@link UndefinedBehavior#check} before formatting them. Nested values
 * are formatted by checked formatters too, so a dangling pointer anywhere inside is caught; the outermost
 * one (an argument of the format string) supplies the span of the report.
 */
final class CheckedFmt extends ValueFmt {
  /** What besides the value's own bytes is read: nothing, a String's buffer, or a &str's text. */
  enum Text { NONE, STRING, STR_REF }

  private final ValueFmt real;
  private final int size;
  private final Text text;

  CheckedFmt(ValueFmt real, int size, Text text) {
    this.real = real;
    this.size = size;
    this.text = text;
  }

  @Override
  public void write(Machine m, int addr, Ctx c) {
    UndefinedBehavior.check(m, addr, size, null);
    if (text != Text.NONE) {
      int off = text == Text.STRING ? HeapTypes.PTR : 0;
      int lenOff = text == Text.STRING ? HeapTypes.LEN : 8;
      long len = m.mem.getLong(addr + lenOff);
      if (len > 0 && len <= Integer.MAX_VALUE) UndefinedBehavior.check(m, m.mem.getLong(addr + off), (int) len, null);
    }
    real.write(m, addr, c);
  }

  @Override
  public ValueFmt unwrapped() {
    return real.unwrapped();
  }

  /** The formatter of one argument of a format string: reports found inside it are located at the argument. */
  static final class Arg extends ValueFmt {
    private final ValueFmt real;
    private final Span span;

    Arg(ValueFmt real, Span span) {
      this.real = real;
      this.span = span;
    }

    @Override
    public void write(Machine m, int addr, Ctx c) {
      try {
        real.write(m, addr, c);
      } catch (UndefinedBehavior ub) {
        throw ub.at(span);
      }
    }

    @Override
    public ValueFmt unwrapped() {
      return real.unwrapped();
    }
  }
}
