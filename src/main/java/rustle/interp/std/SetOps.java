package rustle.interp.std;

import java.util.List;
import rustle.interp.FnCompiler;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * HashSet's set operations as std computes them, over two borrowed tables: an iterator
 * {first, second, next bucket, phase, mode} walks first's buckets, then (union, symmetric difference)
 * second's, yielding references to the values the operation keeps. As in std, intersection walks the
 * smaller set and union starts with the larger one.
 */
final class SetOps {
  private SetOps() {}

  static final int INTERSECTION = 0;
  static final int DIFFERENCE = 1;
  static final int UNION = 2;
  static final int SYMMETRIC = 3;

  /** The body of union/intersection/difference/symmetric_difference: writes the iterator. */
  static Intrinsics.Impl start(FnCompiler f, Intrinsics.Args a, Ty t, int mode) {
    int[] o = f.layout(new Ty.Adt(f.c.program.items().std("SetOp"), List.of(Infer.shallow(t)))).offsets;
    return Tables.into((m, fp, dst, span) -> {
      int self = a.ptr(m, fp, 0);
      int other = a.ptr(m, fp, 1);
      long ls = RawTable.items(m.mem, self);
      long lo = RawTable.items(m.mem, other);
      boolean swap = mode == INTERSECTION ? ls > lo : mode == UNION && ls < lo;
      m.mem.putLong(dst + o[0], swap ? other : self);
      m.mem.putLong(dst + o[1], swap ? self : other);
      m.mem.putLong(dst + o[2], 0);
      m.mem.putLong(dst + o[3], 0);
      m.mem.putLong(dst + o[4], mode);
    });
  }

  /** is_subset / is_superset / is_disjoint. */
  static Intrinsics.Impl test(FnCompiler f, Intrinsics.Args a, RawTable t, String name) {
    return Tables.scalar((m, fp, span) -> {
      int self = a.ptr(m, fp, 0);
      int other = a.ptr(m, fp, 1);
      boolean disjoint = name.equals("is_disjoint");
      int from = name.equals("is_superset") ? other : self;
      int in = from == self ? other : self;
      int ctrl = RawTable.ctrl(m.mem, from);
      long buckets = RawTable.mask(m.mem, from) + 1;
      for (long i = 0; i < buckets; i++) {
        if (!RawTable.isFull(m.mem, ctrl, i)) continue;
        boolean found = t.find(m.mem, in, t.keyEnc, t.bucket(ctrl, i) + t.keyOff) >= 0;
        if (found == disjoint) return 0;
      }
      return 1;
    });
  }

  static Stepper stepper(FnCompiler f, Ty.Adt a) {
    Ty t = Infer.shallow(a.args().get(0));
    RawTable table = Tables.table(f, t, Ty.UNIT);
    int[] o = f.layout(a).offsets;
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        int mode = (int) m.mem.getLong(it + o[4]);
        while (true) {
          long phase = m.mem.getLong(it + o[3]);
          int first = (int) m.mem.getLong(it + o[0]);
          int second = (int) m.mem.getLong(it + o[1]);
          int walk = phase == 0 ? first : second;
          int against = phase == 0 ? second : first;
          int ctrl = RawTable.ctrl(m.mem, walk);
          long buckets = RawTable.mask(m.mem, walk) + 1;
          long i = m.mem.getLong(it + o[2]);
          for (; i < buckets; i++) {
            if (!RawTable.isFull(m.mem, ctrl, i)) continue;
            int key = table.bucket(ctrl, i) + table.keyOff;
            boolean keep = phase == 0 && mode == UNION
                || (table.find(m.mem, against, table.keyEnc, key) >= 0) == (phase == 0 && mode == INTERSECTION);
            if (keep) {
              m.mem.putLong(it + o[2], i + 1);
              m.mem.putLong(dst, key);
              return true;
            }
          }
          if (phase == 0 && (mode == UNION || mode == SYMMETRIC)) {
            m.mem.putLong(it + o[3], 1);
            m.mem.putLong(it + o[2], 0);
            continue;
          }
          m.mem.putLong(it + o[2], buckets);
          return false;
        }
      }
    };
  }
}
