package rustle.interp.std;

import static rustle.types.HashTables.BUCKET_MASK;
import static rustle.types.HashTables.CTRL;
import static rustle.types.HashTables.DELETED;
import static rustle.types.HashTables.EMPTY;
import static rustle.types.HashTables.GROUP;
import static rustle.types.HashTables.GROWTH_LEFT;
import static rustle.types.HashTables.ITEMS;
import static rustle.types.HashTables.K0;
import static rustle.types.HashTables.K1;

import rustle.ast.Span;
import rustle.interp.drop.Dropper;
import rustle.interp.rt.Machine;
import rustle.memory.Memory;
import rustle.types.HashTables;
import rustle.types.Layout;

/**
 * hashbrown's RawTable over the simulated memory, for one bucket type (K, V): the header holds the
 * control-byte pointer, bucket mask, growth left and item count; bucket i lies just below the control
 * bytes at {@code ctrl - (i + 1) * size}. Probing, insertion slots, tombstones on erase and the growth
 * policy follow hashbrown's SSE2 implementation, so with the same hasher the buckets (and so the
 * iteration order) are the ones std uses.
 */
public final class RawTable {
  final Layout elem;
  final int esize;
  final int keyOff;
  final int valOff;
  final KeyHash.Enc keyEnc;
  final Dropper elemDrop;
  /** The static all-EMPTY group an unallocated table points to (hashbrown's empty singleton). */
  final int emptyGroup;
  /** keyEnc when the keys are integers, or str/String, compared without a stream (else null). */
  final KeyHash.IntEnc intKey;
  final KeyHash.StrEnc strKey;
  final KeyHash.Sink probe = new KeyHash.Sink();
  final KeyHash.Sink stored = new KeyHash.Sink();
  /** Where {@link KeyProbes}' early read of the home bucket goes, so that the JIT keeps the read. */
  byte touched;

  RawTable(Layout elem, int keyOff, int valOff, KeyHash.Enc keyEnc, Dropper elemDrop, int emptyGroup) {
    this.elem = elem;
    this.esize = elem.size;
    this.keyOff = keyOff;
    this.valOff = valOff;
    this.keyEnc = keyEnc;
    this.intKey = keyEnc instanceof KeyHash.IntEnc ie ? ie : null;
    this.strKey = keyEnc instanceof KeyHash.StrEnc se ? se : null;
    this.elemDrop = elemDrop;
    this.emptyGroup = emptyGroup;
  }

  // ---- header and buckets

  static int ctrl(Memory mem, int h) {
    return (int) mem.getLong(h + CTRL);
  }

  static long mask(Memory mem, int h) {
    return mem.getLong(h + BUCKET_MASK);
  }

  static long items(Memory mem, int h) {
    return mem.getLong(h + ITEMS);
  }

  int bucket(int ctrl, long i) {
    return (int) (ctrl - (i + 1) * esize);
  }

  static boolean isFull(Memory mem, int ctrl, long i) {
    return mem.getByte((int) (ctrl + i)) >= 0;
  }

  /** A table with no block, pointing at the static empty group, keyed with RandomState's fixed keys. */
  void initEmpty(Memory mem, int h) {
    mem.putLong(h + CTRL, emptyGroup);
    mem.putLong(h + BUCKET_MASK, 0);
    mem.putLong(h + GROWTH_LEFT, 0);
    mem.putLong(h + ITEMS, 0);
    mem.putLong(h + K0, 0);
    mem.putLong(h + K1, 0);
  }

  /** HashMap::with_capacity: enough buckets for cap items, or no block for 0. */
  void init(Machine m, int h, long cap, Span span) {
    initEmpty(m.mem, h);
    if (cap > 0) allocate(m, h, HashTables.capacityToBuckets(cap), span);
  }

  private void allocate(Machine m, int h, long buckets, Span span) {
    int off = HashTables.ctrlOffset(elem, buckets);
    int block = m.heap.allocate(HashTables.blockSize(elem, buckets), HashTables.ctrlAlign(elem),
        new rustle.interp.drop.Leaks.TableSite(span, off));
    int ctrl = block + off;
    m.mem.fill(ctrl, (int) buckets + GROUP, EMPTY);
    m.mem.putLong(h + CTRL, ctrl);
    m.mem.putLong(h + BUCKET_MASK, buckets - 1);
    m.mem.putLong(h + GROWTH_LEFT, HashTables.maskToCapacity(buckets - 1));
  }

  /** The start of the table's block, or -1 for the empty singleton. */
  int blockOf(int ctrl, long mask) {
    return mask == 0 ? -1 : ctrl - HashTables.ctrlOffset(elem, mask + 1);
  }

  // ---- hashing

  long hashOf(Memory mem, int h, KeyHash.Enc enc, int keyAddr, KeyHash.Sink out) {
    return KeyHash.hash(mem, mem.getLong(h + K0), mem.getLong(h + K1), enc, keyAddr, out);
  }

  private static byte h2(long hash) {
    return (byte) (hash >>> 57);
  }

  /** Finds the bucket whose key equals the key at keyAddr (of the type enc encodes), or -1. */
  long find(Memory mem, int h, KeyHash.Enc enc, int keyAddr) {
    if (intKey != null && enc instanceof KeyHash.IntEnc q && q.n == intKey.n) return findInt(mem, h, q.value(mem, keyAddr));
    if (strKey != null && enc instanceof KeyHash.StrEnc q) {
      int a = q.at(mem, keyAddr);
      return findStr(mem, h, (int) mem.getLong(a + q.ptrOff), (int) mem.getLong(a + q.lenOff));
    }
    if (items(mem, h) == 0) return -1;
    long hash = hashOf(mem, h, enc, keyAddr, probe);
    return KeyProbes.anyKey(this, mem, ctrl(mem, h), mask(mem, h), hash, enc, keyAddr);
  }

  /** {@link #find} of the integer key v in a table of integer keys. */
  private long findInt(Memory mem, int h, long v) {
    if (items(mem, h) == 0) return -1;
    long hash = Sip13.integer(mem.getLong(h + K0), mem.getLong(h + K1), v, intKey.n);
    return KeyProbes.intKey(this, mem, ctrl(mem, h), mask(mem, h), hash, v);
  }

  /** {@link #find} of the str at p (len bytes) in a table of str or String keys. */
  private long findStr(Memory mem, int h, int p, int len) {
    if (items(mem, h) == 0) return -1;
    long hash = Sip13.bytes(mem.getLong(h + K0), mem.getLong(h + K1), mem, p, len, true);
    return KeyProbes.strKey(this, mem, ctrl(mem, h), mask(mem, h), hash, p, len);
  }

  /** The first EMPTY or DELETED bucket on hash's probe sequence (hashbrown's find_insert_slot). */
  private static long insertSlot(Memory mem, int ctrl, long mask, long hash) {
    long pos = hash & mask;
    long stride = 0;
    while (true) {
      for (int half = 0; half < GROUP; half += 8) {
        long free = mem.getLong((int) (ctrl + pos) + half) & 0x8080808080808080L;
        if (free != 0) {
          long i = (pos + half + (Long.numberOfTrailingZeros(free) >>> 3)) & mask;
          // In tables smaller than a group the match can be a trailing EMPTY byte standing for a full
          // bucket; hashbrown then takes the first free bucket of the aligned first group.
          if (isFull(mem, ctrl, i)) {
            for (int k = 0; k < GROUP; k++) if (mem.getByte(ctrl + k) < 0) return k;
          }
          return i;
        }
      }
      stride += GROUP;
      pos = (pos + stride) & mask;
    }
  }

  /** Writes a control byte and its mirror in the trailing group. */
  private static void setCtrl(Memory mem, int ctrl, long mask, long i, byte c) {
    mem.putByte((int) (ctrl + i), c);
    mem.putByte((int) (ctrl + ((i - GROUP) & mask) + GROUP), c);
  }

  // ---- insertion, growth, erase

  /**
   * Finds the key at keyAddr or makes room for it (reserving one slot first, as hashbrown does): returns
   * the bucket index, or {@code -(index + 1)} when the key is absent and index is the slot claimed for
   * it (its control byte already set; the caller writes the bucket).
   */
  long findOrInsertSlot(Machine m, int h, int keyAddr, Span span, boolean reserveFirst) {
    // HashMap::insert reserves before looking (hashbrown's find_or_find_insert_slot); entry() only
    // when the key is absent (rustc_entry).
    if (reserveFirst) reserve(m, h, 1, span);
    Memory mem = m.mem;
    long hash;
    long found = -1;
    boolean any = items(mem, h) != 0;
    if (intKey != null) {
      long v = intKey.value(mem, keyAddr);
      hash = Sip13.integer(mem.getLong(h + K0), mem.getLong(h + K1), v, intKey.n);
      if (any) found = KeyProbes.intKey(this, mem, ctrl(mem, h), mask(mem, h), hash, v);
    } else if (strKey != null) {
      int a = strKey.at(mem, keyAddr);
      int p = (int) mem.getLong(a + strKey.ptrOff);
      int len = (int) mem.getLong(a + strKey.lenOff);
      hash = Sip13.bytes(mem.getLong(h + K0), mem.getLong(h + K1), mem, p, len, true);
      if (any) found = KeyProbes.strKey(this, mem, ctrl(mem, h), mask(mem, h), hash, p, len);
    } else {
      hash = hashOf(mem, h, keyEnc, keyAddr, probe);
      if (any) found = KeyProbes.anyKey(this, mem, ctrl(mem, h), mask(mem, h), hash, keyEnc, keyAddr);
    }
    if (found >= 0) return found;
    if (!reserveFirst) reserve(m, h, 1, span);
    int ctrl = ctrl(mem, h);
    long mask = mask(mem, h);
    long i = insertSlot(mem, ctrl, mask, hash);
    if (mem.getByte((int) (ctrl + i)) == EMPTY) mem.putLong(h + GROWTH_LEFT, mem.getLong(h + GROWTH_LEFT) - 1);
    setCtrl(mem, ctrl, mask, i, h2(hash));
    mem.putLong(h + ITEMS, items(mem, h) + 1);
    return -(i + 1);
  }

  /** hashbrown's reserve: grows (or rebuilds, when tombstones use the room) once growth_left is short. */
  void reserve(Machine m, int h, long additional, Span span) {
    if (additional <= m.mem.getLong(h + GROWTH_LEFT)) return;
    long items = items(m.mem, h);
    long full = HashTables.maskToCapacity(mask(m.mem, h));
    long newItems = items + additional;
    // hashbrown rehashes in place when half the capacity suffices; rustle rebuilds the table at the same
    // size in a new block instead (the same buckets result, the block moves).
    long cap = newItems <= full / 2 ? full : Math.max(newItems, full + 1);
    resize(m, h, HashTables.capacityToBuckets(cap), span);
  }

  private void resize(Machine m, int h, long buckets, Span span) {
    Memory mem = m.mem;
    int oldCtrl = ctrl(mem, h);
    long oldMask = mask(mem, h);
    long items = items(mem, h);
    allocate(m, h, buckets, span);
    int ctrl = ctrl(mem, h);
    long mask = buckets - 1;
    if (items > 0) {
      for (long i = 0; i <= oldMask; i++) {
        if (!isFull(mem, oldCtrl, i)) continue;
        int from = bucket(oldCtrl, i);
        long hash = hashOf(mem, h, keyEnc, from + keyOff, probe);
        long j = insertSlot(mem, ctrl, mask, hash);
        setCtrl(mem, ctrl, mask, j, h2(hash));
        if (esize > 0) mem.copy(from, bucket(ctrl, j), esize);
      }
    }
    mem.putLong(h + ITEMS, items);
    mem.putLong(h + GROWTH_LEFT, HashTables.maskToCapacity(mask) - items);
    int oldBlock = blockOf(oldCtrl, oldMask);
    int newBlock = blockOf(ctrl, mask);
    if (oldBlock >= 0) {
      if (newBlock >= 0) m.heap.freeMoved(oldBlock, newBlock);
      else m.heap.free(oldBlock);
    }
  }

  /** Marks bucket i free (EMPTY when no probe sequence can pass over it, else DELETED), as hashbrown's erase. */
  void erase(Memory mem, int h, long i) {
    int ctrl = ctrl(mem, h);
    long mask = mask(mem, h);
    long before = (i - GROUP) & mask;
    int emptyBefore = 0;
    while (emptyBefore < GROUP && mem.getByte((int) (ctrl + before + GROUP - 1 - emptyBefore)) != EMPTY) emptyBefore++;
    int emptyAfter = 0;
    while (emptyAfter < GROUP && mem.getByte((int) (ctrl + i + emptyAfter)) != EMPTY) emptyAfter++;
    byte c;
    if (emptyBefore + emptyAfter >= GROUP) {
      c = DELETED;
    } else {
      c = EMPTY;
      mem.putLong(h + GROWTH_LEFT, mem.getLong(h + GROWTH_LEFT) + 1);
    }
    setCtrl(mem, ctrl, mask, i, c);
    mem.putLong(h + ITEMS, items(mem, h) - 1);
  }

  /** Drops every element in bucket order (hashbrown's drop_elements). */
  void dropElements(Machine m, int ctrl, long mask, long items) {
    if (elemDrop == null || items == 0) return;
    for (long i = 0; i <= mask; i++) if (isFull(m.mem, ctrl, i)) elemDrop.drop(m, bucket(ctrl, i));
  }

  /** HashMap::clear: drops the elements and marks every bucket EMPTY, keeping the block. */
  void clear(Machine m, int h) {
    int ctrl = ctrl(m.mem, h);
    long mask = mask(m.mem, h);
    dropElements(m, ctrl, mask, items(m.mem, h));
    m.mem.putLong(h + ITEMS, 0);
    if (mask == 0) return;
    m.mem.fill(ctrl, (int) mask + 1 + GROUP, EMPTY);
    m.mem.putLong(h + GROWTH_LEFT, HashTables.maskToCapacity(mask));
  }

  /** Drop glue of the table: its elements, then its block. */
  void drop(Machine m, int h) {
    int ctrl = ctrl(m.mem, h);
    long mask = mask(m.mem, h);
    dropElements(m, ctrl, mask, items(m.mem, h));
    int block = blockOf(ctrl, mask);
    if (block >= 0) m.heap.free(block);
  }
}
