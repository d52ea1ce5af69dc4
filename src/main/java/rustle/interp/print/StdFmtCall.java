package rustle.interp.print;

import rustle.fmt.FormatSpec;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;

/**
 * {@code Display::fmt(x, f)} / {@code Debug::fmt(x, f)} for a type whose impl is std's (native in rustle):
 * x is formatted natively with the options of the Formatter f points at, into its sink, as std's impl
 * would (a newtype's impl delegating to its field's; a {@code dyn Display} of an i32). The fmt::Result
 * written is always Ok.
 */
public final class StdFmtCall extends MemNode {
  private final IntNode self;
  private final IntNode fmt;
  private final ValueFmt vf;
  private final FormatSpec.Trait trait;

  public StdFmtCall(IntNode self, IntNode fmt, ValueFmt vf, boolean debug) {
    super(1);
    this.self = self;
    this.fmt = fmt;
    this.vf = vf;
    this.trait = debug ? FormatSpec.Trait.DEBUG : FormatSpec.Trait.DISPLAY;
  }

  @Override
  public void evalInto(Machine m, int fp, int dst) {
    int x = (int) self.evalLong(m, fp);
    int f = (int) fmt.evalLong(m, fp);
    rustle.interp.rt.FmtSink sink = FormatterMem.sink(m, f);
    ValueFmt.Ctx c = new ValueFmt.Ctx(sink.sb, FormatterMem.spec(m, f, trait), FormatterMem.width(m, f),
        FormatterMem.precision(m, f));
    int from = sink.sb.length();
    vf.write(m, x, c);
    sink.piece(from);
    m.mem.putByte(dst, (byte) 0);
  }
}
