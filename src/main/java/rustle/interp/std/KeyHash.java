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
      System.arraycopy(mem.bytes, p, buf, len, n);
      len += n;
    }

    boolean sameAs(Sink o) {
      return java.util.Arrays.equals(buf, 0, len, o.buf, 0, o.len);
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
      return (mem, addr, out) -> out.le(mem.getUnsigned(addr, n), n);
    }
    if (t instanceof Ty.Ref r) {
      Ty in = Infer.shallow(r.inner());
      if (in == Prim.STR) return (mem, addr, out) -> str(mem, (int) mem.getLong(addr), (int) mem.getLong(addr + 8), out);
      if (in instanceof Ty.Slice s) {
        Enc e = of(s.elem());
        int stride = layouts.size(s.elem());
        return (mem, addr, out) -> seq(mem, (int) mem.getLong(addr), mem.getLong(addr + 8), stride, e, out);
      }
      Enc inner = of(in);
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
    switch (a.def().builtin) {
      case STRING:
        return (mem, addr, out) -> str(mem, HeapTypes.ptr(mem, addr), (int) HeapTypes.len(mem, addr), out);
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

  /** SipHash-1-3 of buf[0..len) under the keys (k0, k1), as std's DefaultHasher computes it. */
  static long sip13(long k0, long k1, byte[] buf, int len) {
    long v0 = k0 ^ 0x736f6d6570736575L;
    long v1 = k1 ^ 0x646f72616e646f6dL;
    long v2 = k0 ^ 0x6c7967656e657261L;
    long v3 = k1 ^ 0x7465646279746573L;
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      long mi = word(buf, i, 8);
      v3 ^= mi;
      long[] s = round(v0, v1, v2, v3);
      v0 = s[0] ^ mi;
      v1 = s[1];
      v2 = s[2];
      v3 = s[3];
    }
    long b = ((long) len & 0xff) << 56 | word(buf, i, len - i);
    v3 ^= b;
    long[] s = round(v0, v1, v2, v3);
    v0 = s[0] ^ b;
    v1 = s[1];
    v2 = s[2] ^ 0xff;
    v3 = s[3];
    for (int r = 0; r < 3; r++) {
      s = round(v0, v1, v2, v3);
      v0 = s[0];
      v1 = s[1];
      v2 = s[2];
      v3 = s[3];
    }
    return v0 ^ v1 ^ v2 ^ v3;
  }

  private static long word(byte[] b, int off, int n) {
    long w = 0;
    for (int i = 0; i < n; i++) w |= (b[off + i] & 0xffL) << (8 * i);
    return w;
  }

  private static long[] round(long v0, long v1, long v2, long v3) {
    v0 += v1;
    v1 = Long.rotateLeft(v1, 13);
    v1 ^= v0;
    v0 = Long.rotateLeft(v0, 32);
    v2 += v3;
    v3 = Long.rotateLeft(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = Long.rotateLeft(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = Long.rotateLeft(v1, 17);
    v1 ^= v2;
    v2 = Long.rotateLeft(v2, 32);
    return new long[] {v0, v1, v2, v3};
  }
}
