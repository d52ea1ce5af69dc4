package rustle.types;

import java.util.Arrays;
import java.util.Comparator;

/**
 * rustc's {@code univariant} (rustc_abi 1.95): lays out the fields of a struct, tuple, closure or enum
 * variant. Fields are reordered to save padding and to move the largest niche to an edge, where an
 * enclosing enum can use it and its other variants can fit beside it.
 */
final class Univariant {
  /** ALWAYS_SIZED: structs, closures, niche-filled variants; MAYBE_UNSIZED: tuples (last field stays last); PREFIXED: variants after a tag. */
  enum Kind { ALWAYS_SIZED, MAYBE_UNSIZED, PREFIXED }

  private Univariant() {}

  static Layout of(Layout[] fields, Kind kind, int prefixSize, int prefixAlign) {
    Layout l = biased(fields, kind, prefixSize, prefixAlign, false);
    // A niche neither at the start nor at the end: try placing it as late as possible instead, and keep
    // that when it leaves more room before the niche than the first try had on either side.
    Niche n = l.largestNiche;
    if (kind != Kind.MAYBE_UNSIZED && n != null && fields.length > 1) {
      int head = n.offset();
      int tail = l.size - head - n.size();
      if (head != 0 && tail > 0) {
        Layout alt = biased(fields, kind, prefixSize, prefixAlign, true);
        int altHead = alt.largestNiche.offset();
        if (altHead > head && altHead > tail) return alt;
      }
    }
    return l;
  }

  private static Layout biased(Layout[] fields, Kind kind, int prefixSize, int prefixAlign, boolean toEnd) {
    int n = fields.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    if (n > 1) sort(fields, order, kind == Kind.MAYBE_UNSIZED ? n - 1 : n, kind == Kind.PREFIXED, toEnd);
    int[] offsets = new int[n];
    int off = 0;
    int align = 1;
    if (kind == Kind.PREFIXED) {
      align = prefixAlign;
      off = Layout.alignUp(prefixSize, prefixAlign);
    }
    Niche best = null;
    long bestAvail = 0;
    boolean uninhabited = false;
    for (int i : order) {
      Layout f = fields[i];
      off = Layout.alignUp(off, f.align);
      align = Math.max(align, f.align);
      offsets[i] = off;
      uninhabited |= f.uninhabited;
      if (f.largestNiche != null) {
        long av = f.largestNiche.available();
        int c = Long.compareUnsigned(av, bestAvail);
        if (toEnd ? c >= 0 : c > 0) {
          bestAvail = av;
          best = f.largestNiche.at(off);
        }
      }
      off += f.size;
    }
    Layout l = new Layout(Layout.alignUp(off, align), align, offsets);
    l.largestNiche = best;
    l.uninhabited = uninhabited;
    return l;
  }

  /** Sorts order[0..end) by rustc's keys (a stable sort, as rustc's sort_by_key). */
  private static void sort(Layout[] fields, Integer[] order, int end, boolean prefixed, boolean toEnd) {
    int maxAlign = 1;
    long largestNiche = 0;
    for (int k = 0; k < end; k++) {
      Layout f = fields[order[k]];
      maxAlign = Math.max(maxAlign, f.align);
      long av = avail(f);
      if (Long.compareUnsigned(av, largestNiche) > 0) largestNiche = av;
    }
    int maxAlignLog = Integer.numberOfTrailingZeros(maxAlign);
    long largest = largestNiche;
    // log2 of the alignment a field is grouped by: [u8; 4] goes with align-4 fields, unless niches matter.
    java.util.function.ToIntFunction<Integer> group = x -> {
      Layout f = fields[x];
      int sizeAsAlign = Integer.numberOfTrailingZeros(Math.max(f.align, f.size));
      if (largest == 0) return sizeAsAlign;
      if (!toEnd) return Math.min(maxAlignLog, sizeAsAlign);
      return avail(f) == largest ? Integer.numberOfTrailingZeros(f.align) : sizeAsAlign;
    };
    Comparator<Integer> cmp;
    if (prefixed) {
      // Ascending alignment, so the layout stays tight after any prefix; the largest niche last.
      cmp = Comparator.comparingInt(group)
          .thenComparing((x, y) -> Long.compareUnsigned(avail(fields[x]), avail(fields[y])));
    } else {
      Comparator<Integer> nicheKey = toEnd
          ? (x, y) -> Long.compareUnsigned(avail(fields[x]), avail(fields[y]))
          : (x, y) -> Long.compareUnsigned(avail(fields[y]), avail(fields[x]));
      Comparator<Integer> innerKey = toEnd
          ? (x, y) -> Long.compareUnsigned(~tailDistance(fields[x]), ~tailDistance(fields[y]))
          : Comparator.comparingInt(x -> fields[x].largestNiche == null ? 0 : fields[x].largestNiche.offset());
      // Zero-sized fields first, then by decreasing alignment group, then the niche placement keys.
      cmp = Comparator.<Integer>comparingInt(x -> fields[x].size == 0 ? 0 : 1)
          .thenComparing(Comparator.comparingInt(group).reversed())
          .thenComparing(nicheKey)
          .thenComparing(innerKey);
    }
    Arrays.sort(order, 0, end, cmp);
  }

  private static long avail(Layout f) {
    return f.largestNiche == null ? 0 : f.largestNiche.available();
  }

  /** For the end bias: how far a field's niche lies from the field's end; ~0 sorts fields without one first. */
  private static long tailDistance(Layout f) {
    Niche n = f.largestNiche;
    return n == null ? ~0L : f.size - n.size() - n.offset();
  }
}
