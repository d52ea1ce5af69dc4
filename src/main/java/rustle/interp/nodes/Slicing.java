package rustle.interp.nodes;

import java.nio.charset.StandardCharsets;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.PlaceCompiler;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.interp.rt.RustPanic;
import rustle.memory.HeapTypes;
import rustle.types.AdtDef;
import rustle.types.Prim;
import rustle.types.Ty;

/** {@code &x[a..b]} on arrays, Vecs, slices, Strings and strs: a fat pointer, bounds-checked like std. */
public final class Slicing {
  private Slicing() {}

  /** Where the (pointer, length) of the sliced sequence is read from. */
  enum Base { ARRAY, HEADER, FAT }

  public static Node compile(FnCompiler f, Expr.Index ix, Expr.Range r) {
    Ty recv = f.ty(ix.receiver());
    PlaceCompiler.Deref d = f.places.derefs(ix.receiver(), recv, f.t.derefs[ix.id()]);
    Ty ty = d.ty();
    Base base;
    long arrayLen = 0;
    int elemSize = 1;
    boolean str = false;
    if (ty instanceof Ty.Array a) {
      base = Base.ARRAY;
      arrayLen = a.len();
      elemSize = f.size(a.elem());
    } else if (ty instanceof Ty.Slice s) {
      base = Base.FAT;
      elemSize = f.size(s.elem());
    } else if (ty == Prim.STR) {
      base = Base.FAT;
      str = true;
    } else {
      Ty.Adt adt = (Ty.Adt) ty;
      base = Base.HEADER;
      str = adt.def().builtin == AdtDef.Builtin.STRING;
      elemSize = str ? 1 : f.size(adt.args().get(0));
    }
    IntNode lo = r.lo() == null ? null : f.exprs.intVal(r.lo());
    IntNode hi = r.hi() == null ? null : f.exprs.intVal(r.hi());
    // A range index is always std's Index impl (an array is unsized to a slice first), so the panic
    // is reported at the `[`, like other overloaded indexing.
    // In std's own code (the prelude) the panic is reported where the user called into std.
    rustle.ast.Span at = f.code.def.fromPrelude ? null : PlaceCompiler.bracket(ix);
    return new Slice(d.place(), base, arrayLen, elemSize, str, lo, hi, r.inclusive(), at);
  }

  /** {@link Slice#checkRange} for the std methods taking a range argument (slice::range's checks). */
  public static void rangeCheck(long len, long start, long end, long shownEnd, boolean inclusive, Span span) {
    Slice.checkRange(len, start, end, shownEnd, inclusive, span);
  }

  static final class Slice extends MemNode {
    final Place place;
    final Base base;
    final long arrayLen;
    final int elemSize;
    final boolean str;
    final IntNode lo;
    final IntNode hi;
    final boolean inclusive;
    final Span span;

    Slice(Place place, Base base, long arrayLen, int elemSize, boolean str, IntNode lo, IntNode hi,
        boolean inclusive, Span span) {
      super(16);
      this.place = place;
      this.base = base;
      this.arrayLen = arrayLen;
      this.elemSize = elemSize;
      this.str = str;
      this.lo = lo;
      this.hi = hi;
      this.inclusive = inclusive;
      this.span = span;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int a = place.addr(m, fp);
      long ptr;
      long len;
      switch (base) {
        case ARRAY: ptr = a; len = arrayLen; break;
        case HEADER: ptr = m.mem.getLong(a + HeapTypes.PTR); len = m.mem.getLong(a + HeapTypes.LEN); break;
        default: ptr = m.mem.getLong(a); len = m.mem.getLong(a + 8); break;
      }
      long start = lo == null ? 0 : lo.evalLong(m, fp);
      long end = hi == null ? len : hi.evalLong(m, fp);
      // std (1.95) names an inclusive range's end as written (`..=5` is "end index 5") when it is out
      // of bounds, and as the exclusive end when it is below the start ("starts at 3 but ends at 2").
      long shownEnd = end;
      if (inclusive) end++;
      if (str) checkStr(m, (int) ptr, len, start, end, shownEnd, span != null ? span : m.callerSpan());
      else checkRange(len, start, end, shownEnd, inclusive, span != null ? span : m.callerSpan());
      m.mem.putLong(dst, ptr + start * elemSize);
      m.mem.putLong(dst + 8, end - start);
    }

    /**
     * std's order of checks: start past the length, then end past it (or overflowing), then start > end.
     * Also slice::range's, for the std methods taking a range (Vec::drain).
     */
    public static void checkRange(long len, long start, long end, long shownEnd, boolean inclusive, Span span) {
      if (Long.compareUnsigned(start, len) > 0) {
        throw new RustPanic("range start index " + Long.toUnsignedString(start) + " out of range for slice of length "
            + len, span);
      }
      if (Long.compareUnsigned(end, len) > 0 || (inclusive && end == 0)) {
        throw new RustPanic("range end index " + Long.toUnsignedString(shownEnd) + " out of range for slice of length "
            + len, span);
      }
      if (Long.compareUnsigned(start, end) > 0) {
        throw new RustPanic("slice index starts at " + Long.toUnsignedString(start) + " but ends at "
            + Long.toUnsignedString(end), span);
      }
    }

    /**
     * str's checks, in std's order. The string's text is decoded only for a panic's message: a slice
     * that succeeds reads no more than the bytes at its two ends (this ran on every `&s[a..b]`, a
     * decode of the whole string each time).
     */
    private void checkStr(Machine m, int ptr, long len, long start, long end, long shownEnd, Span span) {
      if (Long.compareUnsigned(start, len) > 0) {
        throw new RustPanic("start byte index " + Long.toUnsignedString(start) + " is out of bounds of `"
            + text(m, ptr, len) + "`", span);
      }
      if (Long.compareUnsigned(end, len) > 0 || (inclusive && end == 0)) {
        throw new RustPanic("end byte index " + Long.toUnsignedString(shownEnd) + " is out of bounds of `"
            + text(m, ptr, len) + "`", span);
      }
      if (start > end) {
        throw new RustPanic("begin > end (" + start + " > " + end + ") when slicing `" + text(m, ptr, len) + "`", span);
      }
      checkBoundary(m, ptr, len, start, "start", span);
      checkBoundary(m, ptr, len, end, "end", span);
    }

    private static void checkBoundary(Machine m, int ptr, long len, long idx, String which, Span span) {
      if (idx < len && (m.mem.getByte((int) (ptr + idx)) & 0xC0) == 0x80) {
        long cs = idx;
        while ((m.mem.getByte((int) (ptr + cs)) & 0xC0) == 0x80) cs--;
        long ce = cs + 1;
        while (ce < len && (m.mem.getByte((int) (ptr + ce)) & 0xC0) == 0x80) ce++;
        String ch = new String(m.mem.read((int) (ptr + cs), (int) (ce - cs)), StandardCharsets.UTF_8);
        throw new RustPanic(which + " byte index " + idx + " is not a char boundary; it is inside '" + ch + "' (bytes "
            + cs + ".." + ce + ") of `" + text(m, ptr, len) + "`", span);
      }
    }

    private static String text(Machine m, int ptr, long len) {
      return new String(m.mem.read(ptr, (int) len), StandardCharsets.UTF_8);
    }
  }
}
