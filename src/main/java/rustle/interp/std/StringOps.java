package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Place;

/** String operators: {@code a + &b} (reusing a's buffer) and {@code s += &b}. */
public final class StringOps {
  private StringOps() {}

  /** {@code left + right}: moves left into dst, then appends the &str right. */
  public static final class Concat extends MemNode {
    final MemNode left;
    final MemNode right;
    final Span span;
    final int tmpOff;

    public Concat(MemNode left, MemNode right, Span span, int tmpOff) {
      super(24);
      this.left = left;
      this.right = right;
      this.span = span;
      this.tmpOff = tmpOff;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      left.evalInto(m, fp, dst);
      int tmp = fp + tmpOff;
      right.evalInto(m, fp, tmp);
      int ptr = (int) m.mem.getLong(tmp);
      int len = (int) m.mem.getLong(tmp + 8);
      m.heapTypes.pushBytes(dst, ptr, len, span);
    }
  }

  /** {@code place += &str}. */
  public static final class PushStrPlace extends MemNode {
    final Place place;
    final MemNode value;
    final Span span;
    final int tmpOff;

    public PushStrPlace(Place place, MemNode value, Span span, int tmpOff) {
      super(0);
      this.place = place;
      this.value = value;
      this.span = span;
      this.tmpOff = tmpOff;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int tmp = fp + tmpOff;
      value.evalInto(m, fp, tmp);
      int ptr = (int) m.mem.getLong(tmp);
      int len = (int) m.mem.getLong(tmp + 8);
      m.heapTypes.pushBytes(place.addr(m, fp), ptr, len, span);
    }
  }
}
