package rustle.interp.std;

import static rustle.interp.std.Tables.into;
import static rustle.interp.std.Tables.scalar;

import java.util.List;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.nodes.EnumAccess;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * Native bodies of the prelude's {@code impl<K, V> HashMap<K, V>} over a {@link RawTable}: keys and
 * values are moved into buckets, a replaced value is handed back, a key that was already present is
 * dropped (the stored one stays, as in std), and removal drops the stored key.
 */
final class MapIntrinsics {
  private MapIntrinsics() {}

  static Intrinsics.Impl of(FnCompiler f, String name, Intrinsics.Args a, List<Ty> targs) {
    Ty k = Infer.shallow(targs.get(0));
    Ty v = Infer.shallow(targs.get(1));
    RawTable t = Tables.table(f, k, v);
    int vsize = f.size(v);
    Intrinsics.Impl common = Tables.common(name, t, a);
    if (common != null) return common;
    switch (name) {
      case "reserve":
        return into((m, fp, dst, span) -> t.reserve(m, a.ptr(m, fp, 0), a.word(m, fp, 1), span));
      case "insert": {
        Layout ol = f.layout(option(f, v));
        EnumAccess acc = new EnumAccess(ol);
        int payload = ol.variantOffsets[1][0];
        Dropper kd = f.c.drops.of(k);
        return into((m, fp, dst, span) -> {
          int h = a.ptr(m, fp, 0);
          long i = t.findOrInsertSlot(m, h, a.at(fp, 1), span, true);
          if (i >= 0) {
            int b = t.bucket(RawTable.ctrl(m.mem, h), i);
            if (vsize > 0) {
              m.mem.copy(b + t.valOff, dst + payload, vsize);
              m.mem.copy(a.at(fp, 2), b + t.valOff, vsize);
            }
            acc.setVariant(m.mem, dst, 1);
            if (kd != null) kd.drop(m, a.at(fp, 1));
            return;
          }
          int b = t.bucket(RawTable.ctrl(m.mem, h), -i - 1);
          m.mem.copy(a.at(fp, 1), b + t.keyOff, f.size(k));
          if (vsize > 0) m.mem.copy(a.at(fp, 2), b + t.valOff, vsize);
          acc.setVariant(m.mem, dst, 0);
        });
      }
      case "get":
      case "get_mut": {
        // Option<&V> is a pointer with 0 for None.
        KeyHash.Enc q = Tables.refKey(f, targs.get(2));
        return Tables.word((m, fp, span) -> {
          int h = a.ptr(m, fp, 0);
          long i = t.find(m.mem, h, q, a.at(fp, 1));
          return i < 0 ? 0 : t.bucket(RawTable.ctrl(m.mem, h), i) + t.valOff;
        });
      }
      case "contains_key": {
        KeyHash.Enc q = Tables.refKey(f, targs.get(2));
        return scalar((m, fp, span) -> t.find(m.mem, a.ptr(m, fp, 0), q, a.at(fp, 1)) < 0 ? 0 : 1);
      }
      case "retain":
        return TableRetain.of(f, t, a, targs.get(targs.size() - 1), k, v);
      case "remove": {
        KeyHash.Enc q = Tables.refKey(f, targs.get(2));
        Layout ol = f.layout(option(f, v));
        EnumAccess acc = new EnumAccess(ol);
        int payload = ol.variantOffsets[1][0];
        Dropper kd = f.c.drops.of(k);
        return into((m, fp, dst, span) -> {
          int h = a.ptr(m, fp, 0);
          long i = t.find(m.mem, h, q, a.at(fp, 1));
          if (i < 0) {
            acc.setVariant(m.mem, dst, 0);
            return;
          }
          int b = t.bucket(RawTable.ctrl(m.mem, h), i);
          t.erase(m.mem, h, i);
          if (vsize > 0) m.mem.copy(b + t.valOff, dst + payload, vsize);
          acc.setVariant(m.mem, dst, 1);
          if (kd != null) kd.drop(m, b + t.keyOff);
        });
      }
      case "entry": {
        int[] o = f.layout(new Ty.Adt(f.c.program.items().std("Entry"), List.of(k, v))).offsets;
        int ksize = f.size(k);
        return into((m, fp, dst, span) -> {
          m.mem.putLong(dst + o[0], a.ptr(m, fp, 0));
          if (ksize > 0) m.mem.copy(a.at(fp, 1), dst + o[1], ksize);
        });
      }
      case "iter":
        return into(Tables.iterOver(f, "MapIter", List.of(k, v), true, a));
      case "iter_mut":
        return into(Tables.iterOver(f, "MapIterMut", List.of(k, v), true, a));
      case "into_iter":
        return into(Tables.iterOver(f, "MapIntoIter", List.of(k, v), false, a));
      case "keys":
        return into(Tables.iterOver(f, "Keys", List.of(k, v), true, a));
      case "values":
        return into(Tables.iterOver(f, "Values", List.of(k, v), true, a));
      case "values_mut":
        return into(Tables.iterOver(f, "ValuesMut", List.of(k, v), true, a));
      default:
        return null;
    }
  }

  static Ty option(FnCompiler f, Ty t) {
    return new Ty.Adt(f.c.program.items().std("Option"), List.of(t));
  }
}
