package rustle.interp.std;

import rustle.interp.rt.CallerSite;
import rustle.memory.Caller;
import java.util.List;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * {@code HashMap::get}, {@code get_mut}, {@code contains_key}, {@code entry} and {@code Entry::or_insert}
 * compiled in place, like {@link DirectCalls}: the arguments are evaluated in the framed call's order
 * into a scratch area on the stack (the callee's slots there) and the table work is MapIntrinsics' and
 * EntryIntrinsics', without the frame, the argument slots and the dispatch.
 */
final class DirectMapCalls {
  private DirectMapCalls() {}

  static Node of(FnCompiler f, FnCode code, Node[] args, Span span, Span panicAt) {
    List<Ty> targs = code.typeArgs;
    Ty k = Infer.shallow(targs.get(0));
    Ty v = Infer.shallow(targs.get(1));
    switch (code.def.path()) {
      case "HashMap::get":
      case "HashMap::get_mut":
        return new Get(DirectStrCalls.ptr(args[0]), args[1], Tables.table(f, k, v), Tables.refKey(f, targs.get(2)));
      case "HashMap::contains_key":
        return new Contains(DirectStrCalls.ptr(args[0]), args[1], Tables.table(f, k, v), Tables.refKey(f, targs.get(2)));
      case "HashMap::entry": {
        int[] o = f.layout(entry(f, k, v)).offsets;
        return new MakeEntry(DirectStrCalls.ptr(args[0]), args[1], f.size(entry(f, k, v)), o[0], o[1], f.size(k));
      }
      case "Entry::or_insert": {
        Ty et = entry(f, k, v);
        int[] o = f.layout(et).offsets;
        return new OrInsert(args[0], args[1], Tables.table(f, k, v), f.size(et), o[0], o[1], f.size(k), f.size(v),
            f.c.drops.of(et), f.c.drops.of(k), f.c.drops.of(v), span, panicAt);
      }
      default:
        return null;
    }
  }

  private static Ty entry(FnCompiler f, Ty k, Ty v) {
    return new Ty.Adt(f.c.program.items().std("Entry"), List.of(k, v));
  }

  /** Evaluates the key reference into a 16-byte scratch slot (a thin or a fat pointer) and finds it. */
  static long find(Machine m, int fp, IntNode map, Node key, RawTable t, KeyHash.Enc q) {
    int h = (int) map.evalLong(m, fp);
    int sp0 = m.sp;
    m.pushFrame(16);
    int at = m.sp;
    key.evalInto(m, fp, at);
    long i = t.find(m.mem, h, q, at);
    m.sp = sp0;
    // Option<&V> / the bucket's value: 0 stands for None.
    return i < 0 ? 0 : t.bucket(RawTable.ctrl(m.mem, h), i) + t.valOff;
  }

  /** {@code map.get(&k)} / {@code get_mut}: Option<&V>, a pointer with 0 for None. */
  static final class Get extends MemNode {
    final IntNode map;
    final Node key;
    final RawTable t;
    final KeyHash.Enc q;

    Get(IntNode map, Node key, RawTable t, KeyHash.Enc q) {
      super(8);
      this.map = map;
      this.key = key;
      this.t = t;
      this.q = q;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      m.mem.putLong(dst, find(m, fp, map, key, t, q));
    }
  }

  /** {@code map.contains_key(&k)}. */
  static final class Contains extends IntNode {
    final IntNode map;
    final Node key;
    final RawTable t;
    final KeyHash.Enc q;

    Contains(IntNode map, Node key, RawTable t, KeyHash.Enc q) {
      super(Kind.U8);
      this.map = map;
      this.key = key;
      this.t = t;
      this.q = q;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      return find(m, fp, map, key, t, q) == 0 ? 0 : 1;
    }
  }

  /** {@code map.entry(k)}: the Entry {map, key}, the key moved in. */
  static final class MakeEntry extends MemNode {
    final IntNode map;
    final Node key;
    final int mapOff;
    final int keyOff;
    final int keySize;

    MakeEntry(IntNode map, Node key, int size, int mapOff, int keyOff, int keySize) {
      super(size);
      this.map = map;
      this.key = key;
      this.mapOff = mapOff;
      this.keyOff = keyOff;
      this.keySize = keySize;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int h = (int) map.evalLong(m, fp);
      if (keySize > 0) {
        key.evalInto(m, fp, dst + keyOff);
      } else {
        int sp0 = m.sp;
        m.pushFrame(0);
        key.evalInto(m, fp, m.sp);
        m.sp = sp0;
      }
      m.mem.putLong(dst + mapOff, h);
    }
  }

  /** {@code entry.or_insert(v)}: the bucket's value, after moving key and value in or dropping both. */
  static final class OrInsert extends IntNode {
    final Node entry;
    final Node value;
    final RawTable t;
    final int valAt;
    final int frame;
    final int mapOff;
    final int keyOff;
    final int ksize;
    final int vsize;
    final Dropper entryDrop;
    final Dropper kd;
    final Dropper vd;
    final Span span;
    /** The caller std's panics report while the call runs (the framed call's track_caller), or null. */
    final CallerSite panicAt;

    OrInsert(Node entry, Node value, RawTable t, int esize, int mapOff, int keyOff, int ksize, int vsize,
        Dropper entryDrop, Dropper kd, Dropper vd, Span span, Span panicAt) {
      super(Kind.U64);
      this.entry = entry;
      this.value = value;
      this.t = t;
      this.valAt = (esize + 15) & ~15;
      this.frame = valAt + vsize;
      this.mapOff = mapOff;
      this.keyOff = keyOff;
      this.ksize = ksize;
      this.vsize = vsize;
      this.entryDrop = entryDrop;
      this.kd = kd;
      this.vd = vd;
      this.span = span;
      this.panicAt = panicAt == null ? null : new CallerSite(panicAt, 0);
    }

    @Override
    public long evalLong(Machine m, int fp) {
      Caller saved = m.heap.caller;
      if (panicAt != null) m.heap.caller = panicAt;
      int sp0 = m.sp;
      m.pushFrame(frame);
      int e = m.sp;
      entry.evalInto(m, fp, e);
      try {
        value.evalInto(m, fp, e + valAt);
      } catch (RuntimeException x) {
        // The value's expression panicked or jumped away: the entry (its key) is dropped, as the framed
        // call drops the arguments already evaluated.
        if (entryDrop == null) throw x;
        throw Unwind.leave(m, x, entryDrop, e);
      }
      int h = (int) m.mem.getLong(e + mapOff);
      long i = t.findOrInsertSlot(m, h, e + keyOff, span, false);
      long r;
      if (i >= 0) {
        if (kd != null) kd.drop(m, e + keyOff);
        if (vd != null) vd.drop(m, e + valAt);
        r = t.bucket(RawTable.ctrl(m.mem, h), i) + t.valOff;
      } else {
        int b = t.bucket(RawTable.ctrl(m.mem, h), -i - 1);
        if (ksize > 0) m.mem.copy(e + keyOff, b + t.keyOff, ksize);
        if (vsize > 0) m.mem.copy(e + valAt, b + t.valOff, vsize);
        r = b + t.valOff;
      }
      m.sp = sp0;
      m.heap.caller = saved;
      return r;
    }
  }
}
