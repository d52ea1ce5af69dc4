package rustle.interp.print;

import rustle.fmt.Count;
import rustle.fmt.FormatSpec;
import rustle.interp.rt.Machine;

/**
 * A {@code std::fmt::Formatter} in the simulated memory, 24 bytes as rustc 1.95 lays it out: the
 * {@code buf: &mut dyn fmt::Write} fat pointer (its data word holds rustle's sink handle, an index into
 * {@link Machine#sinks}; its vtable word is 0), then {@code FormattingOptions}: flags (u32) at 16,
 * width (u16) at 20, precision (u16) at 22. The flag bits are std's: the fill char in bits 0..21, then
 * sign +, sign -, alternate, sign-aware zero pad, debug lower/upper hex, width set, precision set, and
 * the alignment in bits 29..31 (0 left, 1 right, 2 center, 3 none).
 */
public final class FormatterMem {
  private FormatterMem() {}

  public static final int SIZE = 24;
  public static final int BUF = 0;
  public static final int VTABLE = 8;
  public static final int FLAGS = 16;
  public static final int WIDTH = 20;
  public static final int PRECISION = 22;

  static final int FILL_MASK = (1 << 21) - 1;
  public static final int SIGN_PLUS = 1 << 21;
  public static final int SIGN_MINUS = 1 << 22;
  public static final int ALTERNATE = 1 << 23;
  public static final int ZERO_PAD = 1 << 24;
  static final int DEBUG_LOWER_HEX = 1 << 25;
  static final int DEBUG_UPPER_HEX = 1 << 26;
  static final int WIDTH_SET = 1 << 27;
  static final int PRECISION_SET = 1 << 28;
  static final int ALIGN_SHIFT = 29;

  /** Writes a Formatter for one placeholder's options, writing to the given sink. */
  public static void init(Machine m, int addr, int sink, FormatSpec spec, int width, int precision) {
    int flags = spec.fill() & FILL_MASK;
    if (spec.plus()) flags |= SIGN_PLUS;
    if (spec.minus()) flags |= SIGN_MINUS;
    if (spec.alternate()) flags |= ALTERNATE;
    if (spec.zero()) flags |= ZERO_PAD;
    if (spec.debugHex() == FormatSpec.DebugHex.LOWER) flags |= DEBUG_LOWER_HEX;
    if (spec.debugHex() == FormatSpec.DebugHex.UPPER) flags |= DEBUG_UPPER_HEX;
    if (width >= 0) flags |= WIDTH_SET;
    if (precision >= 0) flags |= PRECISION_SET;
    int align;
    switch (spec.align()) {
      case LEFT: align = 0; break;
      case RIGHT: align = 1; break;
      case CENTER: align = 2; break;
      default: align = 3; break;
    }
    flags |= align << ALIGN_SHIFT;
    m.mem.putLong(addr + BUF, sink);
    m.mem.putLong(addr + VTABLE, 0);
    m.mem.putInt(addr + FLAGS, flags);
    m.mem.putShort(addr + WIDTH, (short) Math.max(width, 0));
    m.mem.putShort(addr + PRECISION, (short) Math.max(precision, 0));
  }

  public static rustle.interp.rt.FmtSink sink(Machine m, int addr) {
    return m.sinks.get((int) m.mem.getLong(addr + BUF));
  }

  public static int flags(Machine m, int addr) {
    return m.mem.getInt(addr + FLAGS);
  }

  /** The width, or -1 when none was given. */
  public static int width(Machine m, int addr) {
    return (flags(m, addr) & WIDTH_SET) == 0 ? -1 : m.mem.getShort(addr + WIDTH) & 0xffff;
  }

  /** The precision, or -1 when none was given. */
  public static int precision(Machine m, int addr) {
    return (flags(m, addr) & PRECISION_SET) == 0 ? -1 : m.mem.getShort(addr + PRECISION) & 0xffff;
  }

  /** The options read back as a spec for the given trait (width and precision are passed separately). */
  public static FormatSpec spec(Machine m, int addr, FormatSpec.Trait trait) {
    int fl = flags(m, addr);
    FormatSpec.Align align;
    switch ((fl >>> ALIGN_SHIFT) & 3) {
      case 0: align = FormatSpec.Align.LEFT; break;
      case 1: align = FormatSpec.Align.RIGHT; break;
      case 2: align = FormatSpec.Align.CENTER; break;
      default: align = FormatSpec.Align.NONE; break;
    }
    FormatSpec.DebugHex hex = (fl & DEBUG_LOWER_HEX) != 0 ? FormatSpec.DebugHex.LOWER
        : (fl & DEBUG_UPPER_HEX) != 0 ? FormatSpec.DebugHex.UPPER : FormatSpec.DebugHex.NONE;
    return new FormatSpec(fl & FILL_MASK, align, (fl & SIGN_PLUS) != 0, (fl & SIGN_MINUS) != 0,
        (fl & ALTERNATE) != 0, (fl & ZERO_PAD) != 0, Count.IMPLIED, Count.IMPLIED, trait, hex);
  }
}
