package rustle.interp.print;

import java.util.List;
import rustle.fmt.DebugBuilder;
import rustle.interp.FnCompiler;
import rustle.interp.rt.Machine;
import rustle.types.AdtDef;
import rustle.types.HashTables;
import rustle.types.Layout;
import rustle.types.Ty;

/** std's Debug of HashMap ({@code {k: v, ..}}) and HashSet ({@code {k, ..}}), in bucket (iteration) order. */
final class TableFmts {
  private TableFmts() {}

  static ValueFmt of(Fmts fmts, FnCompiler f, Ty.Adt a) {
    boolean map = a.def().builtin == AdtDef.Builtin.HASH_MAP;
    Ty k = a.args().get(0);
    Ty v = map ? a.args().get(1) : Ty.UNIT;
    Layout el = f.layout(new Ty.Tuple(List.of(k, v)));
    ValueFmt kf = fmts.of(k, true);
    ValueFmt vf = map ? fmts.of(v, true) : null;
    int size = el.size;
    int kOff = el.offsets[0];
    int vOff = el.offsets[1];
    return new ValueFmt() {
      @Override
      public void write(Machine m, int addr, Ctx c) {
        int ctrl = (int) m.mem.getLong(addr + HashTables.CTRL);
        long buckets = m.mem.getLong(addr + HashTables.BUCKET_MASK) + 1;
        DebugBuilder b = map ? c.debug().beginMap() : c.debug().beginSet();
        for (long i = 0; i < buckets; i++) {
          if (m.mem.getByte((int) (ctrl + i)) < 0) continue;
          int bucket = (int) (ctrl - (i + 1) * size);
          if (map) {
            b.key();
            kf.write(m, bucket + kOff, c);
            b.value();
            vf.write(m, bucket + vOff, c);
          } else {
            b.field();
            kf.write(m, bucket + kOff, c);
          }
        }
        b.end();
      }
    };
  }
}
