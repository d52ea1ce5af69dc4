package rustle.interp.std;

import static rustle.interp.std.Tables.scalar;

import java.util.List;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.nodes.DefaultValue;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * Native bodies of the prelude's {@code Entry<K, V>} (a pointer to the map and the key, moved in):
 * {@code or_insert} moves key and value into a bucket when the key is absent, else drops both and
 * returns the stored value, as std's Occupied/Vacant entries do.
 */
final class EntryIntrinsics {
  private EntryIntrinsics() {}

  static Intrinsics.Impl of(FnCompiler f, String name, Intrinsics.Args a, List<Ty> targs) {
    Ty k = Infer.shallow(targs.get(0));
    Ty v = Infer.shallow(targs.get(1));
    RawTable t = Tables.table(f, k, v);
    int[] o = f.layout(new Ty.Adt(f.c.program.items().std("Entry"), List.of(k, v))).offsets;
    int mapOff = o[0];
    int keyOff = o[1];
    int ksize = f.size(k);
    int vsize = f.size(v);
    Dropper kd = f.c.drops.of(k);
    Dropper vd = f.c.drops.of(v);
    switch (name) {
      case "or_insert":
      case "or_default": {
        boolean dflt = name.equals("or_default");
        // The std collections' defaults are written directly; anything else (derived or hand-written
        // Default, Option, arrays) goes through the node Default::default() compiles to.
        boolean direct = dflt && Tables.hasDefault(v);
        DefaultValue dv = dflt && !direct ? DefaultValue.of(f, v) : null;
        if (dflt && !direct && dv == null) return null;
        return Tables.word((m, fp, span) -> {
          int e = a.at(fp, 0);
          int h = (int) m.mem.getLong(e + mapOff);
          long i = t.findOrInsertSlot(m, h, e + keyOff, span, false);
          if (i >= 0) {
            if (kd != null) kd.drop(m, e + keyOff);
            if (!dflt && vd != null) vd.drop(m, a.at(fp, 1));
            return t.bucket(RawTable.ctrl(m.mem, h), i) + t.valOff;
          }
          int b = t.bucket(RawTable.ctrl(m.mem, h), -i - 1);
          if (ksize > 0) m.mem.copy(e + keyOff, b + t.keyOff, ksize);
          if (direct) Tables.writeDefault(m.mem, f, v, b + t.valOff);
          else if (dv != null) dv.evalInto(m, fp, b + t.valOff);
          else if (vsize > 0) m.mem.copy(a.at(fp, 1), b + t.valOff, vsize);
          return b + t.valOff;
        });
      }
      case "key":
        return Tables.word((m, fp, span) -> a.ptr(m, fp, 0) + keyOff);
      case "is_occupied":
        return scalar((m, fp, span) -> {
          int e = a.ptr(m, fp, 0);
          return t.find(m.mem, (int) m.mem.getLong(e + mapOff), t.keyEnc, e + keyOff) < 0 ? 0 : 1;
        });
      case "occupied_value":
      case "peek_value": {
        boolean consume = name.equals("occupied_value");
        return Tables.word((m, fp, span) -> {
          int e = consume ? a.at(fp, 0) : a.ptr(m, fp, 0);
          int h = (int) m.mem.getLong(e + mapOff);
          long i = t.find(m.mem, h, t.keyEnc, e + keyOff);
          if (consume && kd != null) kd.drop(m, e + keyOff);
          return t.bucket(RawTable.ctrl(m.mem, h), i) + t.valOff;
        });
      }
      default:
        return null;
    }
  }
}
