package rustle.interp.std;

import static rustle.types.HashTables.GROUP;

import rustle.memory.Memory;

/**
 * hashbrown's probe for a key, in one method per key kind: integer keys compared as values, str keys
 * compared as bytes in memory, any other key through its hash stream. The probe sequence and the
 * buckets it answers are the same in all three; they are separate methods so that the JIT compiles
 * each one small and with its own profile (a program hashing u64 keys and then String keys would
 * otherwise deoptimize and recompile one shared probe as the key kind changes).
 */
final class KeyProbes {
  private KeyProbes() {}

  private static final long LSB = 0x0101010101010101L;
  private static final long MSB = 0x8080808080808080L;
  private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;

  /** The high bit of each byte of w that is zero, exactly (no borrow from a neighbouring byte). */
  static long zeroBytes(long w) {
    return ~(((w & LOW7) + LOW7) | w | LOW7);
  }

  /** The high bit of each EMPTY (0xFF) byte of w: bits 7 and 6 both set; DELETED (0x80) has only bit 7. */
  static long emptyBytes(long w) {
    return w & (w << 1) & MSB;
  }

  /** The 7-bit tag of a hash repeated in every byte of a word. */
  static long tags(long hash) {
    return (hash >>> 57) * LSB;
  }

  /** Whether the group at g holds an EMPTY control byte (the probe ends there). */
  static boolean hasEmpty(Memory mem, int g) {
    return (emptyBytes(mem.getLong(g)) | emptyBytes(mem.getLong(g + 8))) != 0;
  }

  /** The bucket of table t (non-empty) whose integer key (t.intKey) is v, or -1. */
  static long intKey(RawTable t, Memory mem, int ctrl, long mask, long hash, long v) {
    KeyHash.IntEnc key = t.intKey;
    int esize = t.esize;
    int keyOff = t.keyOff - esize;
    long pos = hash & mask;
    long stride = 0;
    long tags = tags(hash);
    // Touch the home bucket before the control bytes: the two loads do not depend on each other, so in a
    // large table their cache misses overlap instead of following one another (the key is most often
    // in or next to the home bucket). Only the time changes; the value read is not used.
    t.touched ^= mem.getByte(t.bucket(ctrl, pos));
    while (true) {
      // The group's 16 control bytes as two little-endian words: byte j is bits 8j..8j+7.
      int g = (int) (ctrl + pos);
      for (int half = 0; half < GROUP; half += 8) {
        for (long hits = zeroBytes(mem.getLong(g + half) ^ tags); hits != 0; hits &= hits - 1) {
          long i = (pos + half + (Long.numberOfTrailingZeros(hits) >>> 3)) & mask;
          if (key.value(mem, (int) (ctrl - i * esize) + keyOff) == v) return i;
        }
      }
      if (hasEmpty(mem, g)) return -1;
      stride += GROUP;
      pos = (pos + stride) & mask;
    }
  }

  /** The bucket of table t (non-empty) whose str key (t.strKey) holds the len bytes at p, or -1. */
  static long strKey(RawTable t, Memory mem, int ctrl, long mask, long hash, int p, int len) {
    KeyHash.StrEnc key = t.strKey;
    int esize = t.esize;
    int keyOff = t.keyOff - esize;
    long pos = hash & mask;
    long stride = 0;
    long tags = tags(hash);
    t.touched ^= mem.getByte(t.bucket(ctrl, pos));
    while (true) {
      int g = (int) (ctrl + pos);
      for (int half = 0; half < GROUP; half += 8) {
        for (long hits = zeroBytes(mem.getLong(g + half) ^ tags); hits != 0; hits &= hits - 1) {
          long i = (pos + half + (Long.numberOfTrailingZeros(hits) >>> 3)) & mask;
          int a = key.at(mem, (int) (ctrl - i * esize) + keyOff);
          if ((int) mem.getLong(a + key.lenOff) == len && mem.equal((int) mem.getLong(a + key.ptrOff), p, len)) {
            return i;
          }
        }
      }
      if (hasEmpty(mem, g)) return -1;
      stride += GROUP;
      pos = (pos + stride) & mask;
    }
  }

  /** The bucket of table t (non-empty) whose key writes the same hash stream as the key at keyAddr, or -1. */
  static long anyKey(RawTable t, Memory mem, int ctrl, long mask, long hash, KeyHash.Enc enc, int keyAddr) {
    long pos = hash & mask;
    long stride = 0;
    long tags = tags(hash);
    t.touched ^= mem.getByte(t.bucket(ctrl, pos));
    while (true) {
      int g = (int) (ctrl + pos);
      for (int half = 0; half < GROUP; half += 8) {
        for (long hits = zeroBytes(mem.getLong(g + half) ^ tags); hits != 0; hits &= hits - 1) {
          long i = (pos + half + (Long.numberOfTrailingZeros(hits) >>> 3)) & mask;
          if (KeyHash.same(mem, t.keyEnc, t.bucket(ctrl, i) + t.keyOff, t.stored, enc, keyAddr, t.probe)) return i;
        }
      }
      if (hasEmpty(mem, g)) return -1;
      stride += GROUP;
      pos = (pos + stride) & mask;
    }
  }
}
