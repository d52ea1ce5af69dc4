package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.rt.Machine;
import rustle.interp.rt.RustPanic;
import rustle.memory.HeapTypes;

/**
 * How {@code Vec}'s {@code FromIterator} sizes its buffer (alloc's {@code spec_from_iter_nested} and
 * {@code extend_desugared}): a {@code TrustedLen} iterator allocates its exact upper bound once;
 * any other takes its first item (none: no allocation), allocates
 * {@code max(MIN_NON_ZERO_CAP, lower + 1)} from the size hint left, and reserves {@code lower + 1}
 * more each time a push finds the buffer full. The size hint is read only then, never per item.
 */
final class VecFromIter {
  private final Stepper step;
  private final SizeHint hint;
  private final int size;
  private final int align;
  private final Span site;

  VecFromIter(Stepper step, SizeHint hint, int size, int align, Span site) {
    this.step = step;
    this.hint = hint;
    this.size = size;
    this.align = align;
    this.site = site;
  }

  /** Fills the empty Vec at dst from the iterator at it, stepping each item into the scratch item. */
  void fill(Machine mc, int it, int item, int dst) {
    HeapTypes ht = mc.heapTypes;
    if (size == 0) {
      while (step.next(mc, it, item)) ht.pushSlot(dst, 0, align, site);
      return;
    }
    if (hint.trusted) {
      long upper = hint.upper(mc, it);
      if (upper == SizeHint.NONE) throw new RustPanic("capacity overflow", site);
      ht.withCapacity(dst, upper, size, align, site);
      while (step.next(mc, it, item)) mc.mem.copy(item, ht.pushSlot(dst, size, align, site), size);
      return;
    }
    if (!step.next(mc, it, item)) return;
    long lower = SizeHint.saturatingAdd(hint.lower(mc, it), 1);
    long min = HeapTypes.minNonZeroCap(size);
    ht.withCapacity(dst, Long.compareUnsigned(lower, min) > 0 ? lower : min, size, align, site);
    mc.mem.copy(item, HeapTypes.ptr(mc.mem, dst), size);
    HeapTypes.setLen(mc.mem, dst, 1);
    while (step.next(mc, it, item)) {
      long len = mc.mem.getLong(dst + HeapTypes.LEN);
      if (len == mc.mem.getLong(dst + HeapTypes.CAP)) {
        ht.reserve(dst, SizeHint.saturatingAdd(hint.lower(mc, it), 1), size, align, site);
      }
      mc.mem.copy(item, (int) mc.mem.getLong(dst + HeapTypes.PTR) + (int) len * size, size);
      mc.mem.putLong(dst + HeapTypes.LEN, len + 1);
    }
  }
}
