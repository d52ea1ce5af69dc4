package rustle.interp.drop;

import java.util.List;
import rustle.interp.rt.Machine;
import rustle.types.AdtDef;
import rustle.types.HashTables;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Ty;

/**
 * Drop glue of HashMap, HashSet and their owning iterators, as hashbrown's: the full buckets are dropped
 * in bucket order, then the block (buckets below the control bytes) is freed; the empty singleton
 * (bucket mask 0) owns no block. An owning iterator drops only the buckets it has not yielded.
 */
final class MapDrops {
  private MapDrops() {}

  static Dropper of(DropGlue glue, Layouts layouts, Ty.Adt adt) {
    boolean set = adt.def().builtin == AdtDef.Builtin.HASH_SET || adt.def().builtin == AdtDef.Builtin.SET_INTO_ITER;
    Ty elemTy = new Ty.Tuple(List.of(adt.args().get(0), set ? Ty.UNIT : adt.args().get(1)));
    Layout el = layouts.of(elemTy);
    Dropper e = glue.of(elemTy);
    int size = el.size;
    boolean iter = adt.def().builtin == AdtDef.Builtin.MAP_INTO_ITER || adt.def().builtin == AdtDef.Builtin.SET_INTO_ITER;
    int[] o = layouts.of(adt).offsets;
    return new Dropper() {
      @Override
      public void drop(Machine m, int addr) {
        int ctrl;
        long from;
        long buckets;
        if (iter) {
          ctrl = (int) m.mem.getLong(addr + o[0]);
          from = m.mem.getLong(addr + o[1]);
          buckets = m.mem.getLong(addr + o[2]);
        } else {
          ctrl = (int) m.mem.getLong(addr + HashTables.CTRL);
          from = 0;
          buckets = m.mem.getLong(addr + HashTables.BUCKET_MASK) + 1;
        }
        if (e != null) {
          for (long i = from; i < buckets; i++) {
            if (m.mem.getByte((int) (ctrl + i)) >= 0) e.drop(m, (int) (ctrl - (i + 1) * size));
          }
        }
        if (buckets > 1) m.heap.free(ctrl - HashTables.ctrlOffset(el, buckets));
      }
    };
  }
}
