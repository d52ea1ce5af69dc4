package rustle.types;

/**
 * rustc's enum layout (rustc_abi {@code layout_of_enum}, 1.95): computes a niche-filling layout and a
 * tagged one and keeps the smaller, or at equal size the one leaving the larger niche, else the tagged.
 */
final class EnumLayouts {
  private EnumLayouts() {}

  /** variants[v] holds the layouts of variant v's fields; discs[v] its discriminant. */
  static Layout of(Layout[][] variants, long[] discs) {
    int nv = variants.length;
    int present = -1;
    int presentCount = 0;
    for (int v = 0; v < nv; v++) {
      if (!absent(variants[v])) {
        presentCount++;
        if (present < 0) present = v;
      }
    }
    if (presentCount == 0) {
      Layout l = tagless(new Layout(0, 1, new int[0]), nv, 0, discs);
      l.uninhabited = true;
      return l;
    }
    if (presentCount == 1) {
      // Only one variant can exist: no tag, just its fields, laid out as a struct.
      Layout s = Univariant.of(variants[present], Univariant.Kind.ALWAYS_SIZED, 0, 1);
      Layout l = tagless(s, nv, present, discs);
      l.largestNiche = s.largestNiche;
      l.uninhabited = s.uninhabited;
      return l;
    }
    Layout tagged = tagged(variants, discs);
    Layout niched = nicheFilling(variants, discs);
    if (niched == null) return tagged;
    int c = Long.compareUnsigned(avail(tagged), avail(niched));
    if (tagged.size > niched.size || tagged.size == niched.size && c < 0) return niched;
    return tagged;
  }

  /** A variant that can never exist and needs no room: an uninhabited one whose fields are all zero-sized. */
  private static boolean absent(Layout[] fields) {
    boolean uninhabited = false;
    for (Layout f : fields) {
      if (f.size != 0) return false;
      uninhabited |= f.uninhabited;
    }
    return uninhabited;
  }

  private static Layout tagless(Layout s, int nv, int only, long[] discs) {
    Layout l = new Layout(s.size, s.align, new int[0]);
    l.variantOffsets = new int[nv][];
    for (int v = 0; v < nv; v++) l.variantOffsets[v] = v == only ? s.offsets : new int[0];
    l.dataVariant = only;
    l.discriminants = discs;
    return l;
  }

  /** The largest variant keeps its fields; the others are encoded in its largest niche and fit around it. */
  private static Layout nicheFilling(Layout[][] variants, long[] discs) {
    int nv = variants.length;
    Layout[] vl = new Layout[nv];
    int align = 1;
    int largest = 0;
    for (int v = 0; v < nv; v++) {
      vl[v] = Univariant.of(variants[v], Univariant.Kind.ALWAYS_SIZED, 0, 1);
      align = Math.max(align, vl[v].align);
      if (vl[v].size >= vl[largest].size) largest = v; // max_by_key keeps the last maximum
    }
    int first = -1;
    int last = -1;
    for (int v = 0; v < nv; v++) {
      if (v != largest && !absent(variants[v])) {
        if (first < 0) first = v;
        last = v;
      }
    }
    Niche n = vl[largest].largestNiche;
    if (n == null) return null;
    Niche.Reserved r = n.reserve(last - first + 1);
    if (r == null) return null;
    int size = Layout.alignUp(vl[largest].size, align);
    int[][] offsets = new int[nv][];
    for (int v = 0; v < nv; v++) {
      offsets[v] = vl[v].offsets;
      if (v == largest || vl[v].size <= n.offset()) continue;
      // Not before the niche: it must fit after it.
      int at = Layout.alignUp(n.offset() + n.size(), vl[v].align);
      if (at + vl[v].size > size) return null;
      offsets[v] = vl[v].offsets.clone();
      for (int i = 0; i < offsets[v].length; i++) if (variants[v][i].size != 0) offsets[v][i] += at;
    }
    Layout l = new Layout(size, align, new int[0]);
    l.variantOffsets = offsets;
    l.tagOffset = n.offset();
    l.tagSize = n.size();
    l.niche = true;
    l.nicheStart = r.first();
    l.nicheFirst = first;
    l.nicheLast = last;
    l.nicheVariants = new int[last - first + 1];
    for (int k = 0; k < l.nicheVariants.length; k++) l.nicheVariants[k] = first + k;
    l.dataVariant = largest;
    l.discriminants = discs;
    l.largestNiche = Niche.of(n.offset(), n.size(), r.rest().start(), r.rest().end());
    l.uninhabited = allUninhabited(vl);
    return l;
  }

  /** A tag holding the discriminant first, each variant's fields after it, small alignments first. */
  private static Layout tagged(Layout[][] variants, long[] discs) {
    int nv = variants.length;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int v = 0; v < nv; v++) {
      if (uninhabited(variants[v])) continue;
      min = Math.min(min, discs[v]);
      max = Math.max(max, discs[v]);
    }
    if (min > max) {
      min = 0;
      max = 0;
    }
    int minTag = min >= 0 ? unsignedFit(max) : Math.max(signedFit(min), signedFit(max));
    Layout[] vl = new Layout[nv];
    int size = 0;
    int align = minTag;
    int startAlign = 256;
    for (int v = 0; v < nv; v++) {
      vl[v] = Univariant.of(variants[v], Univariant.Kind.PREFIXED, minTag, minTag);
      // The first field in memory that cannot move decides how wide the tag may grow.
      int firstAt = Integer.MAX_VALUE;
      for (int i = 0; i < variants[v].length; i++) {
        Layout f = variants[v][i];
        if ((f.size != 0 || f.align != 1) && vl[v].offsets[i] < firstAt) {
          firstAt = vl[v].offsets[i];
          startAlign = Math.min(startAlign, f.align);
        }
      }
      size = Math.max(size, vl[v].size);
      align = Math.max(align, vl[v].align);
    }
    // rustc widens the tag to the alignment of the first field, so no padding follows it.
    int tag = startAlign <= 16 && startAlign > minTag ? startAlign : minTag;
    int[][] offsets = new int[nv][];
    for (int v = 0; v < nv; v++) {
      offsets[v] = vl[v].offsets;
      if (tag != minTag) {
        offsets[v] = offsets[v].clone();
        for (int i = 0; i < offsets[v].length; i++) if (offsets[v][i] <= minTag) offsets[v][i] = tag;
        size = Math.max(size, tag);
      }
    }
    Layout l = new Layout(Layout.alignUp(size, align), align, new int[0]);
    l.variantOffsets = offsets;
    l.tagOffset = 0;
    l.tagSize = tag;
    l.discriminants = discs;
    long mask = tag >= 8 ? -1L : (1L << (8 * tag)) - 1;
    l.largestNiche = Niche.of(0, tag, min & mask, max & mask);
    l.uninhabited = allUninhabited(vl);
    return l;
  }

  private static boolean uninhabited(Layout[] fields) {
    for (Layout f : fields) if (f.uninhabited) return true;
    return false;
  }

  private static boolean allUninhabited(Layout[] vl) {
    for (Layout v : vl) if (!v.uninhabited) return false;
    return true;
  }

  private static long avail(Layout l) {
    return l.largestNiche == null ? 0 : l.largestNiche.available();
  }

  private static int unsignedFit(long max) {
    return max <= 0xFF ? 1 : max <= 0xFFFF ? 2 : max <= 0xFFFFFFFFL ? 4 : 8;
  }

  private static int signedFit(long x) {
    return x >= -128 && x <= 127 ? 1 : x >= -32768 && x <= 32767 ? 2 : x >= Integer.MIN_VALUE && x <= Integer.MAX_VALUE ? 4 : 8;
  }
}
