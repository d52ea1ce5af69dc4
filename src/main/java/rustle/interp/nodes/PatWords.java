package rustle.interp.nodes;

import rustle.interp.PatCompiler;
import rustle.interp.rt.Machine;
import rustle.memory.Memory;

/**
 * {@link PatFlat}'s binders for the commonest closure parameters ({@code |&x|}, {@code |&&x|},
 * {@code |(i, &x)|}, {@code |(&a, &b)|}): one or two leaves, each a word (an 8-byte copy or a
 * by-reference address) at most two pointers away, bound with straight-line code instead of
 * PatFlat's loops over paths and sizes. Same reads and writes, in the same order.
 */
final class PatWords {
  private PatWords() {}

  /** One leaf: the word at addr + p0, then through up to two pointers (+ p1, + p2). */
  static final class Leaf {
    final int p0;
    final int p1;
    final int p2;
    final int derefs;
    /** Store the address itself (a by-reference binding) instead of the word there. */
    final boolean addr;
    final int slot;
    final int flag;

    Leaf(int[] path, int size, int slot, int flag) {
      this.p0 = path[0];
      this.p1 = path.length > 1 ? path[1] : 0;
      this.p2 = path.length > 2 ? path[2] : 0;
      this.derefs = path.length - 1;
      this.addr = size < 0;
      this.slot = slot;
      this.flag = flag;
    }

    /** Whether a leaf of this path and size fits: a word, at most two pointers away. */
    static boolean fits(int[] path, int size) {
      return (size == 8 || size == -1) && path.length <= 3;
    }

    void bind(Memory mem, int fp, int at) {
      int a = at + p0;
      if (derefs > 0) {
        a = (int) mem.getLong(a) + p1;
        if (derefs > 1) a = (int) mem.getLong(a) + p2;
      }
      mem.putLong(fp + slot, addr ? a : mem.getLong(a));
      if (flag != 0) mem.putByte(fp + flag, (byte) 1);
    }
  }

  static final class One extends PatCompiler.Bind {
    final Leaf a;

    One(Leaf a) {
      this.a = a;
    }

    @Override
    public void bind(Machine m, int fp, int addr) {
      a.bind(m.mem, fp, addr);
    }
  }

  static final class Two extends PatCompiler.Bind {
    final Leaf a;
    final Leaf b;

    Two(Leaf a, Leaf b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void bind(Machine m, int fp, int addr) {
      Memory mem = m.mem;
      a.bind(mem, fp, addr);
      b.bind(mem, fp, addr);
    }
  }

  /** The straight-line binder of these leaves, or null when they do not fit it. */
  static PatCompiler.Bind of(int[][] paths, int[] sizes, int[] slots, int[] flags) {
    int n = paths.length;
    if (n > 2) return null;
    for (int i = 0; i < n; i++) if (!Leaf.fits(paths[i], sizes[i])) return null;
    Leaf a = new Leaf(paths[0], sizes[0], slots[0], flags[0]);
    return n == 1 ? new One(a) : new Two(a, new Leaf(paths[1], sizes[1], slots[1], flags[1]));
  }
}
