package rustle.interp.std;

import java.util.Set;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * Collecting a {@code vec::IntoIter}, or adapters over one, back into a {@code Vec} reuses the source
 * buffer, as alloc's specialisations do: a plain {@code IntoIter} keeps its buffer when it was not
 * advanced or at least half of it is left (alloc's {@code SpecFromIter<IntoIter<T>>}); adapters that
 * are {@code SourceIter + InPlaceIterable} write each item back into the buffer they read from when
 * the item layouts allow it ({@code in_place_collect}: same alignment, the new item no larger).
 */
final class InPlaceCollect {
  /** The adapters that give access to their source and consume at least one item per item given. */
  private static final Set<String> ADAPTERS = Set.of("Map", "Filter", "FilterMap", "Enumerate", "Zip", "Skip",
      "Take", "SkipWhile", "TakeWhile", "Inspect");

  private final int src;
  private final int[] io;
  private final boolean plain;
  private final int srcSize;
  private final int dstSize;
  private final int align;
  private final Dropper dstDrop;

  private InPlaceCollect(FnCompiler f, int src, int[] io, boolean plain, int srcSize, int dstSize, int align, Ty elem) {
    this.src = src;
    this.io = io;
    this.plain = plain;
    this.srcSize = srcSize;
    this.dstSize = dstSize;
    this.align = align;
    this.dstDrop = f.c.drops.of(elem);
  }

  /** The in-place path for collecting it into a Vec of elem, or null when alloc would not take it. */
  static InPlaceCollect of(FnCompiler f, Ty.Adt it, Ty elem) {
    Ty.Adt t = it;
    int off = 0;
    while (!t.def().name.equals("IntoIter")) {
      if (!ADAPTERS.contains(t.def().name)) return null;
      off += f.layout(t).offsets[0];
      if (!(Infer.shallow(t.args().get(0)) instanceof Ty.Adt in)) return null;
      t = in;
    }
    Ty srcElem = t.args().get(0);
    Layout s = f.layout(srcElem);
    Layout d = f.layout(elem);
    boolean plain = t == it;
    if (!plain && (s.size == 0 || d.size == 0 || s.align != d.align || s.size < d.size)) return null;
    if (plain && s.size == 0) return null;
    return new InPlaceCollect(f, off, f.layout(t).offsets, plain, s.size, d.size, Math.max(1, d.align), elem);
  }

  /**
   * Builds the Vec at dst (initialised empty) from the iterator at it, or returns false when there is
   * no buffer to reuse (an empty Vec's, or an array's IntoIter) and the general path gives the result.
   */
  boolean collect(Machine mc, Stepper step, int it, int item, int dst, Object site) {
    int s = it + src;
    long buf = mc.mem.getLong(s + io[0]);
    long cap = mc.mem.getLong(s + io[1]);
    if (cap == 0) return false;
    return plain ? plain(mc, s, buf, cap, dst, site) : adapted(mc, step, it, s, buf, cap, item, dst);
  }

  private boolean plain(Machine mc, int s, long buf, long cap, int dst, Object site) {
    long p = mc.mem.getLong(s + io[2]);
    long e = mc.mem.getLong(s + io[3]);
    long n = (e - p) / srcSize;
    if (p == buf || n >= cap / 2) {
      if (p != buf) mc.mem.copy((int) p, (int) buf, (int) (n * srcSize));
      set(mc, dst, buf, cap, n);
      // The Vec owns the buffer and the items now: the IntoIter is left empty, without a buffer.
      mc.mem.putLong(s + io[1], 0);
      mc.mem.putLong(s + io[2], e);
      return true;
    }
    // Vec::new() extended by the rest: reserve(n) (amortized), the items moved over, the old buffer
    // freed when the IntoIter is dropped.
    if (n > 0) {
      mc.heapTypes.reserve(dst, n, srcSize, align, site);
      mc.mem.copy((int) p, HeapTypes.ptr(mc.mem, dst), (int) (n * srcSize));
      HeapTypes.setLen(mc.mem, dst, n);
    }
    mc.mem.putLong(s + io[2], e);
    return true;
  }

  private boolean adapted(Machine mc, Stepper step, int it, int s, long buf, long cap, int item, int dst) {
    long k = 0;
    try {
      while (step.next(mc, it, item)) {
        mc.mem.copy(item, (int) (buf + k * dstSize), dstSize);
        k++;
      }
    } catch (RuntimeException e) {
      // InPlaceDrop: the items written so far are dropped; the source (its buffer) goes with the iterator.
      if (dstDrop != null) for (long i = 0; i < k; i++) e = Unwind.leave(mc, e, dstDrop, (int) (buf + i * dstSize));
      throw e;
    }
    // The buffer is the Vec's; the iterator's drop only drops the source items not consumed. A
    // capacity in bytes that is no multiple of the new size is rounded down (std shrinks the block in
    // place, rustle keeps it).
    mc.mem.putLong(s + io[1], 0);
    set(mc, dst, buf, cap * srcSize / dstSize, k);
    return true;
  }

  private static void set(Machine mc, int v, long ptr, long cap, long len) {
    mc.mem.putLong(v + HeapTypes.PTR, ptr);
    mc.mem.putLong(v + HeapTypes.CAP, cap);
    mc.mem.putLong(v + HeapTypes.LEN, len);
  }
}
