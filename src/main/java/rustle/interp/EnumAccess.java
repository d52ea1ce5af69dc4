package rustle.interp;

import rustle.memory.Memory;
import rustle.types.Layout;

/** Reads and writes which variant an enum value in memory holds, by tag or by niche. */
final class EnumAccess {
  final Layout l;

  EnumAccess(Layout l) {
    this.l = l;
  }

  int variant(Memory mem, int addr) {
    if (l.niche) {
      long k = mem.getUnsigned(addr + l.tagOffset, l.tagSize) - l.nicheStart;
      return k >= 0 && k < l.nicheVariants.length ? l.nicheVariants[(int) k] : l.dataVariant;
    }
    if (l.tagSize == 0) return 0;
    long tag = mem.getSigned(addr + l.tagOffset, l.tagSize);
    long[] d = l.discriminants;
    for (int i = 0; i < d.length; i++) {
      if (d[i] == tag || (l.tagSize < 8 && (d[i] & ((1L << (l.tagSize * 8)) - 1)) == (tag & ((1L << (l.tagSize * 8)) - 1)))) {
        return i;
      }
    }
    return 0;
  }

  void setVariant(Memory mem, int addr, int v) {
    if (l.niche) {
      for (int k = 0; k < l.nicheVariants.length; k++) {
        if (l.nicheVariants[k] == v) mem.putSized(addr + l.tagOffset, l.tagSize, l.nicheStart + k);
      }
      return;
    }
    if (l.tagSize > 0) mem.putSized(addr + l.tagOffset, l.tagSize, l.discriminants[v]);
  }
}
