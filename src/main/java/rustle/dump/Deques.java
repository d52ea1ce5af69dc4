package rustle.dump;

import static rustle.dump.Snapshot.addr;

import java.util.ArrayList;
import java.util.List;
import rustle.memory.HeapTypes;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Ty;

/**
 * The prelude's VecDeque in a snapshot: { buf: a Vec (the ring's block; its len is the deque's), head }. Its value reads as std's Debug prints it (front to back), its block as the ring holding the
 * elements at their physical slots, each named by its logical index ({@code d[0]} is the front). Also
 * the values of the prelude's BTreeMap and BTreeSet, read as std's Debug prints them.
 */
final class Deques {
  private Deques() {}

  static boolean is(Ty t) {
    return t instanceof Ty.Adt a && a.def().fromPrelude && a.def().name.equals("VecDeque");
  }

  /** The ring of the deque at a: its block, capacity, head, length and element type. */
  record Ring(Ty elem, int stride, int buf, long cap, long head, long len) {
    static Ring of(Decoder dec, Ty.Adt ad, int a) {
      Layout l = dec.layouts.of(ad);
      Ty e = Infer.shallow(ad.args().get(0));
      int buf = a + l.offsets[0];
      return new Ring(e, dec.layouts.size(e), buf, HeapTypes.cap(dec.mem, buf), dec.mem.getLong(a + l.offsets[1]),
          HeapTypes.len(dec.mem, buf));
    }

    int ptr(Decoder dec) {
      return HeapTypes.ptr(dec.mem, buf);
    }

    /** The address of the element at logical index i (std's to_physical_idx). */
    int slot(Decoder dec, long i) {
      long p = head + i;
      if (cap > 0 && p >= cap) p -= cap;
      return ptr(dec) + (int) (p * stride);
    }
  }

  static void show(Decoder dec, StringBuilder sb, Ty.Adt ad, int a, int depth, int max) {
    Ring r = Ring.of(dec, ad, a);
    sb.append('[');
    for (long i = 0; i < r.len; i++) {
      if (i > 0) sb.append(", ");
      if (i == max) {
        sb.append("..");
        break;
      }
      dec.show(sb, r.elem, r.slot(dec, i), depth + 1);
    }
    sb.append(']');
  }

  static void walk(Decoder dec, Ty.Adt ad, int a, String path, Decoder.Walker w, int depth) {
    Ring r = Ring.of(dec, ad, a);
    if (r.cap == 0 || r.stride == 0) return;
    w.owned(r.buf + HeapTypes.PTR, r.ptr(dec), path, ad, a);
    for (long i = 0; i < Math.min(r.len, 256); i++) dec.walk(r.elem, r.slot(dec, i), path + "[" + i + "]", w, depth + 1);
  }

  /** The header's fields in address order: the buffer's cap and ptr, the deque's len, then head. */
  static List<Snapshot.Field> fields(Decoder dec, Ty.Adt ad, int a) {
    Layout l = dec.layouts.of(ad);
    int buf = l.offsets[0];
    List<Snapshot.Field> out = new ArrayList<>();
    out.add(new Snapshot.Field("buf.cap", buf + HeapTypes.CAP, 8, Long.toUnsignedString(HeapTypes.cap(dec.mem, a + buf))));
    out.add(new Snapshot.Field("buf.ptr", buf + HeapTypes.PTR, 8, addr(HeapTypes.ptr(dec.mem, a + buf))));
    out.add(new Snapshot.Field("len", buf + HeapTypes.LEN, 8, Long.toUnsignedString(HeapTypes.len(dec.mem, a + buf))));
    out.add(new Snapshot.Field("head", l.offsets[1], 8, Long.toUnsignedString(dec.mem.getLong(a + l.offsets[1]))));
    out.sort((x, y) -> Integer.compare(x.offset(), y.offset()));
    return out;
  }

  /** The ring's block: its elements front to back (index = logical index), at their physical slots. */
  static Snapshot.Contents contents(Decoder dec, Ty.Adt ad, int header) {
    Ring r = Ring.of(dec, ad, header);
    List<Snapshot.Element> elems = new ArrayList<>();
    for (long i = 0; i < Math.min(r.len, 64); i++) {
      int at = r.slot(dec, i);
      elems.add(new Snapshot.Element((int) i, addr(at), dec.show(r.elem, at)));
    }
    // The free slots form one run when the elements do not wrap past the block's end.
    Snapshot.Unused unused = null;
    if (r.len < r.cap && r.head + r.len <= r.cap && r.head == 0) {
      unused = new Snapshot.Unused(addr(r.ptr(dec) + (int) (r.len * r.stride)), (int) ((r.cap - r.len) * r.stride));
    }
    return Snapshot.Contents.vec(r.len, r.cap, Reader.typeName(r.elem), elems, unused);
  }

  static String typeName(Ty.Adt ad, Decoder dec, int header) {
    Ring r = Ring.of(dec, ad, header);
    return "[" + Reader.typeName(r.elem) + "; " + r.cap + "] (ring)";
  }

  /** The prelude's BTreeMap (a Vec of (K, V) sorted by key) or BTreeSet (a BTreeMap<T, ()>). */
  static boolean isBTree(Ty t) {
    return t instanceof Ty.Adt a && a.def().fromPrelude && (a.def().name.equals("BTreeMap") || a.def().name.equals("BTreeSet"));
  }

  /** A BTreeMap's {@code {k: v, ..}} or a BTreeSet's {@code {k, ..}}, in key order, as std's Debug prints them. */
  static void showBTree(Decoder dec, StringBuilder sb, Ty.Adt ad, int a, int depth, int max) {
    boolean set = ad.def().name.equals("BTreeSet");
    Ty k = Infer.shallow(ad.args().get(0));
    Ty v = set ? Ty.UNIT : Infer.shallow(ad.args().get(1));
    Ty pair = new Ty.Tuple(List.of(k, v));
    Layout pl = dec.layouts.of(pair);
    // A set's map is its only field; the map's entries Vec is the map's only field.
    int entries = a;
    if (set) entries += dec.layouts.of(ad).offsets[0];
    Ty.Adt map = set ? (Ty.Adt) Layouts.fieldTypes(ad, ad.def().variants.get(0)).get(0) : ad;
    entries += dec.layouts.of(map).offsets[0];
    int p = HeapTypes.ptr(dec.mem, entries);
    long n = HeapTypes.len(dec.mem, entries);
    sb.append('{');
    for (long i = 0; i < n; i++) {
      if (i > 0) sb.append(", ");
      if (i == max) {
        sb.append("..");
        break;
      }
      int at = p + (int) i * pl.size;
      dec.show(sb, k, at + pl.offsets[0], depth + 1);
      if (!set) {
        sb.append(": ");
        dec.show(sb, v, at + pl.offsets[1], depth + 1);
      }
    }
    sb.append('}');
  }
}
