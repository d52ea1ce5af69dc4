package rustle.interp.std;

import java.util.List;
import rustle.interp.FnCompiler;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * Steppers of the hash-table iterators ({ctrl, next, buckets, left}): they walk the buckets in index
 * order (hashbrown's RawIter order) and yield references into the buckets, or move items out for the
 * owning iterators.
 */
final class MapSteppers {
  private MapSteppers() {}

  /** The stepper of a map or set iterator type, or null for other types. */
  static Stepper of(FnCompiler f, Ty.Adt a) {
    String n = a.def().name;
    List<Ty> args = a.args();
    boolean set = n.startsWith("Set");
    if (n.equals("SetOp")) return SetOps.stepper(f, a);
    switch (n) {
      case "MapIter": case "MapIterMut": case "MapIntoIter": case "Keys": case "Values": case "ValuesMut":
      case "SetIter": case "SetIntoIter":
        break;
      default:
        return null;
    }
    Ty elemTy = new Ty.Tuple(List.of(Infer.shallow(args.get(0)), set ? Ty.UNIT : Infer.shallow(args.get(1))));
    Layout el = f.layout(elemTy);
    int size = el.size;
    int[] o = f.layout(a).offsets;
    int kOff = el.offsets[0];
    int vOff = el.offsets[1];
    int ksize = f.size(args.get(0));
    // 0: (&K, &V) pair, 1: &K, 2: &V, 3: (K, V) moved out, 4: K moved out.
    int mode;
    int[] pair = null;
    switch (n) {
      case "MapIter": case "MapIterMut":
        mode = 0;
        pair = f.layout(new Ty.Tuple(List.of(new Ty.Ref(args.get(0), false), new Ty.Ref(args.get(1), false)))).offsets;
        break;
      case "Keys": case "SetIter": mode = 1; break;
      case "Values": case "ValuesMut": mode = 2; break;
      case "MapIntoIter": mode = 3; break;
      default: mode = 4; break;
    }
    int[] po = pair;
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        int ctrl = (int) m.mem.getLong(it + o[0]);
        long i = m.mem.getLong(it + o[1]);
        long buckets = m.mem.getLong(it + o[2]);
        while (i < buckets && m.mem.getByte((int) (ctrl + i)) < 0) i++;
        if (i >= buckets) {
          m.mem.putLong(it + o[1], i);
          return false;
        }
        m.mem.putLong(it + o[1], i + 1);
        m.mem.putLong(it + o[3], m.mem.getLong(it + o[3]) - 1);
        int b = (int) (ctrl - (i + 1) * size);
        switch (mode) {
          case 0:
            m.mem.putLong(dst + po[0], b + kOff);
            m.mem.putLong(dst + po[1], b + vOff);
            break;
          case 1:
            m.mem.putLong(dst, b + kOff);
            break;
          case 2:
            m.mem.putLong(dst, b + vOff);
            break;
          case 3:
            if (size > 0) m.mem.copy(b, dst, size);
            break;
          default:
            if (ksize > 0) m.mem.copy(b + kOff, dst, ksize);
            break;
        }
        return true;
      }
    };
  }
}
