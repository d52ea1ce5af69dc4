package rustle.interp.nodes;

import rustle.ast.Span;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Place;
import rustle.interp.rt.UndefinedBehavior;

/** {@code *p} for a raw pointer p: the address p holds, once {@link UndefinedBehavior#check} accepts it. */
public final class RawDeref extends Place {
  private final IntNode ptr;
  private final int size;
  private final Span span;

  public RawDeref(IntNode ptr, int size, Span span) {
    this.ptr = ptr;
    this.size = size;
    this.span = span;
  }

  @Override
  public int addr(Machine m, int fp) {
    return UndefinedBehavior.check(m, ptr.evalLong(m, fp), size, span);
  }
}
