package rustle.interp.std;

import static rustle.interp.std.Tables.into;
import static rustle.interp.std.Tables.scalar;

import java.util.List;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.types.Infer;
import rustle.types.Ty;

/** Native bodies of the prelude's {@code impl<T> HashSet<T>}: a {@link RawTable} of (T, ()) buckets. */
final class SetIntrinsics {
  private SetIntrinsics() {}

  static Intrinsics.Impl of(FnCompiler f, String name, Intrinsics.Args a, List<Ty> targs) {
    Ty k = Infer.shallow(targs.get(0));
    RawTable t = Tables.table(f, k, Ty.UNIT);
    Dropper kd = f.c.drops.of(k);
    int ksize = f.size(k);
    Intrinsics.Impl common = Tables.common(name, t, a);
    if (common != null) return common;
    switch (name) {
      case "insert":
        // A value already present stays; the new one is dropped (std's HashSet::insert).
        return scalar((m, fp, span) -> {
          int h = a.ptr(m, fp, 0);
          long i = t.findOrInsertSlot(m, h, a.at(fp, 1), span, true);
          if (i >= 0) {
            if (kd != null) kd.drop(m, a.at(fp, 1));
            return 0;
          }
          if (ksize > 0) m.mem.copy(a.at(fp, 1), t.bucket(RawTable.ctrl(m.mem, h), -i - 1) + t.keyOff, ksize);
          return 1;
        });
      case "retain":
        return TableRetain.of(f, t, a, targs.get(targs.size() - 1), Infer.shallow(targs.get(0)), null);
      case "contains": {
        KeyHash.Enc q = Tables.refKey(f, targs.get(1));
        return scalar((m, fp, span) -> t.find(m.mem, a.ptr(m, fp, 0), q, a.at(fp, 1)) < 0 ? 0 : 1);
      }
      case "remove": {
        KeyHash.Enc q = Tables.refKey(f, targs.get(1));
        return scalar((m, fp, span) -> {
          int h = a.ptr(m, fp, 0);
          long i = t.find(m.mem, h, q, a.at(fp, 1));
          if (i < 0) return 0;
          int b = t.bucket(RawTable.ctrl(m.mem, h), i);
          t.erase(m.mem, h, i);
          if (kd != null) kd.drop(m, b + t.keyOff);
          return 1;
        });
      }
      case "iter":
        return into(Tables.iterOver(f, "SetIter", List.of(k), true, a));
      case "into_iter":
        return into(Tables.iterOver(f, "SetIntoIter", List.of(k), false, a));
      case "intersection":
        return SetOps.start(f, a, k, SetOps.INTERSECTION);
      case "difference":
        return SetOps.start(f, a, k, SetOps.DIFFERENCE);
      case "union":
        return SetOps.start(f, a, k, SetOps.UNION);
      case "symmetric_difference":
        return SetOps.start(f, a, k, SetOps.SYMMETRIC);
      case "is_subset":
      case "is_superset":
      case "is_disjoint":
        return SetOps.test(f, a, t, name);
      default:
        return null;
    }
  }
}
