package rustle.interp.print;

import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.RustPanic;

/**
 * Formats a value through the program's own {@code Display} or {@code Debug} impl, as std's
 * formatting machinery does: a {@code Formatter} carrying the placeholder's options is built in a
 * fresh stack frame (std's), then {@code fmt(&self, &mut formatter)} is called with both pointers.
 * The frame holds the Formatter at {@link #FMT}, the two arguments at {@link #SELF} and
 * {@link #FMT_PTR}, and the returned {@code fmt::Result} at {@link #RESULT} (offsets from its top).
 */
public final class UserFmt extends ValueFmt {
  static final int FRAME = 64;
  /** A trait object's fat pointer (data, vtable), for a call through its vtable (see {@link #dyn}). */
  public static final int FAT = -64;
  public static final int FMT = -48;
  public static final int SELF = -24;
  public static final int FMT_PTR = -16;
  public static final int RESULT = -8;

  final Node call;
  /** Whether the value is a pointer to a trait object: its fat pointer is copied to FAT for the call. */
  private final boolean dyn;

  /** call reads its arguments from the frame's SELF and FMT_PTR slots and writes the result to RESULT. */
  public UserFmt(Node call) {
    this(call, false);
  }

  private UserFmt(Node call, boolean dyn) {
    this.call = call;
    this.dyn = dyn;
  }

  /**
   * Formats a {@code &dyn Display} or {@code Box<dyn Display>} (the value is the fat pointer): call goes
   * through the vtable read from FAT and takes the data pointer as self, with FMT_PTR as its argument.
   */
  public static UserFmt dyn(Node call) {
    return new UserFmt(call, true);
  }

  @Override
  public void write(Machine m, int addr, Ctx c) {
    int sp0 = m.sp;
    int fp = m.pushFrame(FRAME);
    int sink = m.sinks.size();
    m.sinks.add(new rustle.interp.rt.FmtSink(c.sb, c.pieces));
    FormatterMem.init(m, fp + FMT, sink, c.spec, c.width, c.precision);
    if (dyn) m.mem.copy(addr, fp + FAT, 16);
    else m.mem.putLong(fp + SELF, addr);
    m.mem.putLong(fp + FMT_PTR, fp + FMT);
    call.evalInto(m, fp, fp + RESULT);
    m.sinks.remove(sink);
    m.sp = sp0;
    if (m.mem.getByte(fp + RESULT) != 0) {
      // std turns an error that did not come from the output into this panic (alloc::fmt::format).
      throw new RustPanic("a formatting trait implementation returned an error when the underlying stream did not",
          m.callerSpan());
    }
  }
}
