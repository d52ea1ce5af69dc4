package rustle.dump;

import static rustle.dump.Snapshot.addr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import rustle.memory.HeapTypes;
import rustle.memory.Memory;
import rustle.types.AdtDef;
import rustle.types.HashTables;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Ty;

/** A local of a frame as a snapshot shows it: value, raw bytes, layout fields and the pointers in it. */
final class Locals {
  private Locals() {}

  static final int MAX_BYTES = 256;

  static Snapshot.Local local(Decoder dec, Reader.Place p, List<Snapshot.Pointer> pointers) {
    Ty ty = Infer.shallow(p.slot().ty());
    boolean hasValue = p.state().equals("live") || p.state().equals("partially-moved");
    String value = hasValue ? dec.show(ty, p.address()) : "";
    List<Snapshot.Field> fields = hasValue ? fields(dec, ty, p.address()) : List.of();
    return new Snapshot.Local(p.slot().name(), Reader.typeName(ty), addr(p.address()), p.slot().size(),
        p.state(), p.slot().hidden(), value, hex(dec.mem, p.address(), p.slot().size()), fields,
        within(pointers, p.address(), p.slot().size()));
  }

  static List<Snapshot.Pointer> within(List<Snapshot.Pointer> ps, int a, int size) {
    List<Snapshot.Pointer> out = new ArrayList<>();
    for (Snapshot.Pointer p : ps) {
      int from = (int) Long.parseLong(p.from().substring(2), 16);
      if (from >= a && from < a + size) out.add(p);
    }
    return out;
  }

  static String hex(Memory mem, int a, int n) {
    StringBuilder sb = new StringBuilder();
    try {
      for (int i = 0; i < Math.min(n, MAX_BYTES); i++) {
        if (i > 0) sb.append(' ');
        sb.append(String.format("%02x", mem.getByte(a + i) & 0xff));
      }
    } catch (RuntimeException e) {
      return sb.append(" ??").toString();
    }
    if (n > MAX_BYTES) sb.append(" ..");
    return sb.toString();
  }

  /** The fields of a value's layout in address order, with the padding between them. */
  static List<Snapshot.Field> fields(Decoder dec, Ty t, int a) {
    Memory m = dec.mem;
    List<Snapshot.Field> out = new ArrayList<>();
    try {
      AdtDef.Builtin b = Decoder.builtin(t);
      if (Deques.is(t)) {
        out.addAll(Deques.fields(dec, (Ty.Adt) t, a));
      } else if (b == AdtDef.Builtin.STRING || b == AdtDef.Builtin.VEC) {
        out.add(new Snapshot.Field("ptr", HeapTypes.PTR, 8, addr(HeapTypes.ptr(m, a))));
        out.add(new Snapshot.Field("cap", HeapTypes.CAP, 8, Long.toUnsignedString(HeapTypes.cap(m, a))));
        out.add(new Snapshot.Field("len", HeapTypes.LEN, 8, Long.toUnsignedString(HeapTypes.len(m, a))));
        out.sort((x, y) -> Integer.compare(x.offset(), y.offset()));
      } else if (b == AdtDef.Builtin.HASH_MAP || b == AdtDef.Builtin.HASH_SET) {
        out.add(new Snapshot.Field("ctrl", HashTables.CTRL, 8, addr((int) m.getLong(a + HashTables.CTRL))));
        out.add(new Snapshot.Field("bucket_mask", HashTables.BUCKET_MASK, 8, Long.toString(m.getLong(a + HashTables.BUCKET_MASK))));
        out.add(new Snapshot.Field("growth_left", HashTables.GROWTH_LEFT, 8, Long.toString(m.getLong(a + HashTables.GROWTH_LEFT))));
        out.add(new Snapshot.Field("items", HashTables.ITEMS, 8, Long.toString(m.getLong(a + HashTables.ITEMS))));
        out.add(new Snapshot.Field("k0", HashTables.K0, 8, Long.toUnsignedString(m.getLong(a + HashTables.K0))));
        out.add(new Snapshot.Field("k1", HashTables.K1, 8, Long.toUnsignedString(m.getLong(a + HashTables.K1))));
      } else if (b == AdtDef.Builtin.BOX && Infer.shallow(Decoder.adtArg(t)) instanceof Ty.Dyn
          || t instanceof Ty.Ref rd && Infer.shallow(rd.inner()) instanceof Ty.Dyn) {
        // A trait object's fat pointer: the data, then the vtable (which names the concrete type).
        Ty concrete = dec.dynType(a);
        out.add(new Snapshot.Field("ptr", 0, 8, addr(m.getLong(a))));
        out.add(new Snapshot.Field("vtable", 8, 8, addr(m.getLong(a + 8))
            + (concrete == null ? "" : " (vtable of " + rustle.types.TyPrinter.show(concrete) + ")")));
      } else if (b == AdtDef.Builtin.BOX) {
        out.add(new Snapshot.Field("ptr", 0, 8, addr(m.getLong(a))));
      } else if (b != null && Smart.handles(b)) {
        out.addAll(Smart.fields(dec, (Ty.Adt) t, a));
      } else if (t instanceof Ty.Ref r && Layouts.isUnsized(r.inner())) {
        out.add(new Snapshot.Field("ptr", 0, 8, addr(m.getLong(a))));
        out.add(new Snapshot.Field("len", 8, 8, Long.toString(m.getLong(a + 8))));
      } else if (t instanceof Ty.Adt ad && !ad.def().isEnum && b == AdtDef.Builtin.NONE) {
        AdtDef.VariantDef vd = ad.def().variants.get(0);
        List<Ty> fts = Layouts.fieldTypes(ad, vd);
        List<String> names = new ArrayList<>();
        for (AdtDef.FieldDef f : vd.fields()) names.add(f.name());
        struct(dec, fts, names, dec.layouts.of(t), a, out);
      } else if (t instanceof Ty.Tuple tu && !tu.elems().isEmpty()) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tu.elems().size(); i++) names.add(Integer.toString(i));
        struct(dec, tu.elems(), names, dec.layouts.of(t), a, out);
      }
    } catch (RuntimeException e) {
      return List.of();
    }
    return out;
  }

  static void struct(Decoder dec, List<Ty> fts, List<String> names, Layout l, int a,
      List<Snapshot.Field> out) {
    Integer[] order = new Integer[fts.size()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (x, y) -> Integer.compare(l.offsets[x], l.offsets[y]));
    int at = 0;
    for (int i : order) {
      int size = dec.layouts.size(fts.get(i));
      if (l.offsets[i] > at) out.add(new Snapshot.Field("(padding)", at, l.offsets[i] - at, ""));
      out.add(new Snapshot.Field(names.get(i), l.offsets[i], size, dec.show(fts.get(i), a + l.offsets[i])));
      at = Math.max(at, l.offsets[i] + size);
    }
    if (l.size > at) out.add(new Snapshot.Field("(padding)", at, l.size - at, ""));
  }
}
