package rustle.interp.std;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustle.memory.HeapTypes;
import rustle.memory.Memory;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Hashes keys as std's {@code DefaultHasher} does: a key's {@code Hash} impl writes a byte stream
 * (integers little-endian, a str's bytes then 0xff, a length before a slice's elements, fields in
 * declaration order, an enum's discriminant as an isize first), which SipHash-1-3 digests. The same
 * stream decides equality of keys: for the key types rustle accepts it is injective, and a {@code &str}
 * and a {@code String} holding the same text write the same bytes, as {@code Borrow} requires.
 */
final class KeyHash {
  /** Writes the hash stream of the value of one type at an address. */
  interface Enc {
    void write(Memory mem, int addr, Sink out);
  }

  /** A growable byte buffer for one key's stream (scratch: nothing of it outlives one table operation). */
  static final class Sink {
    byte[] buf = new byte[64];
    int len;

    void reset() {
      len = 0;
    }

    private void room(int n) {
      if (len + n > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }

    void le(long v, int n) {
      room(n);
      for (int i = 0; i < n; i++) buf[len++] = (byte) (v >>> (8 * i));
    }

    void bytes(Memory mem, int p, int n) {
      room(n);
      mem.copyOut(p, buf, len, n);
      len += n;
    }

    boolean sameAs(Sink o) {
      return java.util.Arrays.equals(buf, 0, len, o.buf, 0, o.len);
    }
  }

  /**
   * A key whose stream is one little-endian integer of n bytes (1, 2, 4 or 8), found after following
   * derefs pointers from the address: tables hash and compare it as a value, with no stream built.
   */
  static final class IntEnc implements Enc {
    final int n;
    final int derefs;

    IntEnc(int n, int derefs) {
      this.n = n;
      this.derefs = derefs;
    }

    long value(Memory mem, int addr) {
      for (int i = 0; i < derefs; i++) addr = (int) mem.getLong(addr);
      return mem.getUnsigned(addr, n);
    }

    @Override
    public void write(Memory mem, int addr, Sink out) {
      out.le(value(mem, addr), n);
    }
  }

  /**
   * A key whose stream is a str's bytes then 0xff: a String (header) or a &str (fat pointer) found after
   * following derefs pointers; tables hash and compare its bytes where they lie in memory.
   */
  static final class StrEnc implements Enc {
    final int ptrOff;
    final int lenOff;
    final int derefs;

    StrEnc(int ptrOff, int lenOff, int derefs) {
      this.ptrOff = ptrOff;
      this.lenOff = lenOff;
      this.derefs = derefs;
    }

    /** The address of the (ptr, len) pair's holder. */
    int at(Memory mem, int addr) {
      for (int i = 0; i < derefs; i++) addr = (int) mem.getLong(addr);
      return addr;
    }

    @Override
    public void write(Memory mem, int addr, Sink out) {
      int a = at(mem, addr);
      str(mem, (int) mem.getLong(a + ptrOff), (int) mem.getLong(a + lenOff), out);
    }
  }

  private final Layouts layouts;
  private final Map<Ty, Enc> cache = new HashMap<>();

  KeyHash(Layouts layouts) {
    this.layouts = layouts;
  }

  /** The encoder of t's hash stream. */
  Enc of(Ty t) {
    t = Infer.shallow(t);
    Enc e = cache.get(t);
    if (e != null) return e;
    Enc[] lazy = new Enc[1];
    cache.put(t, (mem, addr, out) -> lazy[0].write(mem, addr, out));
    lazy[0] = build(t);
    cache.put(t, lazy[0]);
    return lazy[0];
  }

  private Enc build(Ty t) {
    if (t instanceof Prim p) {
      if (p == Prim.STR) throw new IllegalStateException("str is hashed through its reference");
      if (p == Prim.F32 || p == Prim.F64) throw new IllegalStateException("floats are not Hash");
      int n = layouts.size(p);
      if (n == 1 || n == 2 || n == 4 || n == 8) return new IntEnc(n, 0);
      return (mem, addr, out) -> out.le(mem.getUnsigned(addr, n), n);
    }
    if (t instanceof Ty.Ref r) {
      Ty in = Infer.shallow(r.inner());
      if (in == Prim.STR) return new StrEnc(0, 8, 0);
      if (in instanceof Ty.Slice s) {
        Enc e = of(s.elem());
        int stride = layouts.size(s.elem());
        return (mem, addr, out) -> seq(mem, (int) mem.getLong(addr), mem.getLong(addr + 8), stride, e, out);
      }
      Enc inner = of(in);
      if (inner instanceof IntEnc ie) return new IntEnc(ie.n, ie.derefs + 1);
      if (inner instanceof StrEnc se) return new StrEnc(se.ptrOff, se.lenOff, se.derefs + 1);
      return (mem, addr, out) -> inner.write(mem, (int) mem.getLong(addr), out);
    }
    if (t instanceof Ty.Tuple tu) return fields(tu.elems(), layouts.of(t).offsets);
    if (t instanceof Ty.Array a) {
      Enc e = of(a.elem());
      int stride = layouts.size(a.elem());
      long n = a.len();
      return (mem, addr, out) -> seq(mem, addr, n, stride, e, out);
    }
    if (!(t instanceof Ty.Adt a)) throw new IllegalStateException("no Hash for " + t);
    if (a.def().fromPrelude && a.def().name.equals("VecDeque")) return deque(a);
    switch (a.def().builtin) {
      case STRING:
        return new StrEnc(HeapTypes.PTR, HeapTypes.LEN, 0);
      case VEC: {
        Enc e = of(a.args().get(0));
        int stride = layouts.size(a.args().get(0));
        return (mem, addr, out) -> seq(mem, HeapTypes.ptr(mem, addr), HeapTypes.len(mem, addr), stride, e, out);
      }
      case BOX: {
        Enc inner = of(new Ty.Ref(a.args().get(0), false));
        return inner;
      }
      case NONE:
      case OPTION:
      case RESULT:
        break;
      default:
        throw new IllegalStateException("no Hash for " + a.def().name);
    }
    Layout l = layouts.of(a);
    if (!a.def().isEnum) return fields(Layouts.fieldTypes(a, a.def().variants.get(0)), l.offsets);
    int nv = a.def().variants.size();
    Enc[] per = new Enc[nv];
    long[] discs = new long[nv];
    for (int i = 0; i < nv; i++) {
      AdtDef.VariantDef v = a.def().variants.get(i);
      per[i] = fields(Layouts.fieldTypes(a, v), l.variantOffsets[i]);
      discs[i] = v.discriminant();
    }
    if (nv == 1) return per[0];
    rustle.interp.nodes.EnumAccess acc = new rustle.interp.nodes.EnumAccess(l);
    return (mem, addr, out) -> {
      int v = acc.variant(mem, addr);
      out.le(discs[v], 8);
      per[v].write(mem, addr, out);
    };
  }

  /**
   * The prelude's VecDeque { buf (a Vec whose len is the deque's), head }: std hashes its length, then the
   * elements front to back, as a Vec's.
   */
  private Enc deque(Ty.Adt a) {
    Ty elem = a.args().get(0);
    Enc e = of(elem);
    int stride = layouts.size(elem);
    int[] o = layouts.of(a).offsets;
    return (mem, addr, out) -> {
      int buf = addr + o[0];
      long cap = HeapTypes.cap(mem, buf);
      long head = mem.getLong(addr + o[1]);
      long len = HeapTypes.len(mem, buf);
      int ptr = HeapTypes.ptr(mem, buf);
      out.le(len, 8);
      for (long i = 0; i < len; i++) {
        long p = head + i;
        if (p >= cap) p -= cap;
        e.write(mem, (int) (ptr + p * stride), out);
      }
    };
  }

  private Enc fields(List<Ty> tys, int[] offs) {
    int n = tys.size();
    Enc[] es = new Enc[n];
    for (int i = 0; i < n; i++) es[i] = of(tys.get(i));
    return (mem, addr, out) -> {
      for (int i = 0; i < n; i++) es[i].write(mem, addr + offs[i], out);
    };
  }

  private static void str(Memory mem, int ptr, int len, Sink out) {
    out.bytes(mem, ptr, len);
    out.le(0xff, 1);
  }

  private static void seq(Memory mem, int ptr, long len, int stride, Enc e, Sink out) {
    out.le(len, 8);
    for (long i = 0; i < len; i++) e.write(mem, (int) (ptr + i * stride), out);
  }

  /** The hash of the key at addr; for a key without a fast path its stream is left in out. */
  static long hash(Memory mem, long k0, long k1, Enc enc, int addr, Sink out) {
    if (enc instanceof IntEnc ie) return Sip13.integer(k0, k1, ie.value(mem, addr), ie.n);
    if (enc instanceof StrEnc se) {
      int a = se.at(mem, addr);
      return Sip13.bytes(k0, k1, mem, (int) mem.getLong(a + se.ptrOff), (int) mem.getLong(a + se.lenOff), true);
    }
    out.reset();
    enc.write(mem, addr, out);
    return sip13(k0, k1, out.buf, out.len);
  }

  /**
   * Whether two keys write equal hash streams, compared as values for integer keys and as bytes in
   * memory for str keys; otherwise through the sinks (probeOut holds the probe's stream when hash left it).
   */
  static boolean same(Memory mem, Enc s, int sAddr, Sink storedOut, Enc p, int pAddr, Sink probeOut) {
    if (s instanceof IntEnc si && p instanceof IntEnc pi && si.n == pi.n) return si.value(mem, sAddr) == pi.value(mem, pAddr);
    if (s instanceof StrEnc ss && p instanceof StrEnc ps) {
      int sa = ss.at(mem, sAddr);
      int pa = ps.at(mem, pAddr);
      int len = (int) mem.getLong(sa + ss.lenOff);
      if (len != (int) mem.getLong(pa + ps.lenOff)) return false;
      int sp = (int) mem.getLong(sa + ss.ptrOff);
      int pp = (int) mem.getLong(pa + ps.ptrOff);
      return mem.equal(sp, pp, len);
    }
    if (p instanceof IntEnc || p instanceof StrEnc) {
      probeOut.reset();
      p.write(mem, pAddr, probeOut);
    }
    storedOut.reset();
    s.write(mem, sAddr, storedOut);
    return storedOut.sameAs(probeOut);
  }

  /** SipHash-1-3 of buf[0..len) under the keys (k0, k1), as std's DefaultHasher computes it. */
  static long sip13(long k0, long k1, byte[] buf, int len) {
    return Sip13.bytes(k0, k1, buf, 0, len, false);
  }
}
