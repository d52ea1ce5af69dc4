package rustle.dump;

import static rustle.dump.Snapshot.addr;

import java.util.ArrayList;
import java.util.List;
import rustle.types.AdtDef;
import rustle.types.HashTables;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * A HashMap's or HashSet's table read from memory for a snapshot: where its block and buckets are, which
 * buckets are full (control byte with the top bit clear), and the block shown as a list of its full
 * buckets (kind "vec": index = bucket number, len = items, capacity = what the table holds before growing).
 */
record Tables(boolean map, Ty key, Ty value, int ctrl, long buckets, int size, int keyOff, int valOff, int block,
    Layout elem, Decoder dec) {
  static Tables of(Decoder dec, Ty.Adt ad, int a) {
    boolean map = ad.def().builtin == AdtDef.Builtin.HASH_MAP;
    Ty k = Infer.shallow(ad.args().get(0));
    Ty v = map ? Infer.shallow(ad.args().get(1)) : Ty.UNIT;
    Layout el = dec.layouts.of(new Ty.Tuple(List.of(k, v)));
    int ctrl = (int) dec.mem.getLong(a + HashTables.CTRL);
    long buckets = dec.mem.getLong(a + HashTables.BUCKET_MASK) + 1;
    int block = buckets > 1 ? ctrl - HashTables.ctrlOffset(el, buckets) : -1;
    return new Tables(map, k, v, ctrl, buckets, el.size, el.offsets[0], el.offsets[1], block, el, dec);
  }

  boolean full(long i) {
    return dec.mem.getByte((int) (ctrl + i)) >= 0;
  }

  int bucket(long i) {
    return (int) (ctrl - (i + 1) * size);
  }

  Ty bucketType() {
    return map ? new Ty.Tuple(List.of(key, value)) : key;
  }

  String typeName() {
    return "[" + Reader.typeName(bucketType()) + "; " + buckets + "] + control bytes [u8; " + (buckets + HashTables.GROUP) + "]";
  }

  Snapshot.Contents contents(Decoder d) {
    List<Snapshot.Element> elems = new ArrayList<>();
    long items = 0;
    for (long i = buckets - 1; i >= 0; i--) {
      if (!full(i)) continue;
      items++;
      if (elems.size() < 64) elems.add(0, new Snapshot.Element((int) i, addr(bucket(i)), d.show(bucketType(), bucket(i))));
    }
    return Snapshot.Contents.vec(items, HashTables.maskToCapacity(buckets - 1), Reader.typeName(bucketType()),
        elems, null);
  }
}
