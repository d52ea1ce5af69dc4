package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.nodes.Slicing;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * A range argument of a std method ({@code v.drain(a..b)}, {@code s.drain(..=b)}): which of the six
 * range types it is, decoded against the sequence's length with slice::range's checks and panics.
 */
final class RangeArgs {
  private final int startOff;
  private final int endOff;
  private final boolean inclusive;
  private final Kind kind;

  private RangeArgs(int startOff, int endOff, boolean inclusive, Kind kind) {
    this.startOff = startOff;
    this.endOff = endOff;
    this.inclusive = inclusive;
    this.kind = kind;
  }

  /** The decoder of the range type r (a usize range of any of std's six shapes). */
  static RangeArgs of(FnCompiler f, Ty r) {
    Ty.Adt adt = (Ty.Adt) Infer.shallow(r);
    Layout l = f.layout(adt);
    // The prelude's signature leaves the bound type open, so literals may have defaulted to i32.
    Kind k = adt.args().isEmpty() ? Kind.U64 : Kind.of(Infer.shallow(adt.args().get(0)));
    if (k == null) k = Kind.U64;
    switch (adt.def().name) {
      case "Range": return new RangeArgs(l.offsets[0], l.offsets[1], false, k);
      case "RangeInclusive": return new RangeArgs(l.offsets[0], l.offsets[1], true, k);
      case "RangeFrom": return new RangeArgs(l.offsets[0], -1, false, k);
      case "RangeTo": return new RangeArgs(-1, l.offsets[0], false, k);
      case "RangeToInclusive": return new RangeArgs(-1, l.offsets[0], true, k);
      default: return new RangeArgs(-1, -1, false, k);
    }
  }

  /** The range at addr as {start, end} (end exclusive) when it lies in [0, len] in order, else null (std's get). */
  long[] within(Machine m, int addr, long len) {
    long start = startOff < 0 ? 0 : kind.load(m.mem, addr + startOff);
    long end = endOff < 0 ? len : kind.load(m.mem, addr + endOff);
    if (inclusive) {
      if (end == -1) return null;
      end++;
    }
    if (Long.compareUnsigned(start, end) > 0 || Long.compareUnsigned(end, len) > 0) return null;
    return new long[] {start, end};
  }

  /** The range at addr as {start, end} (end exclusive), after std's checks against len. */
  long[] bounds(Machine m, int addr, long len, Span span) {
    long start = startOff < 0 ? 0 : kind.load(m.mem, addr + startOff);
    long end = endOff < 0 ? len : kind.load(m.mem, addr + endOff);
    long shown = end;
    if (inclusive) end++;
    Slicing.rangeCheck(len, start, end, shown, inclusive, span);
    return new long[] {start, end};
  }
}
