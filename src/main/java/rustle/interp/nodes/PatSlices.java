package rustle.interp.nodes;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Pattern;
import rustle.check.LocalVar;
import rustle.check.SlicePats;
import rustle.interp.FnCompiler;
import rustle.interp.PatCompiler;
import rustle.interp.drop.DropSlot;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * Slice patterns ({@code [a, .., z]}, {@code [x, rest @ ..]}) on arrays and slices. An array is matched
 * at its own address, its length known; a slice is unsized, so it is matched at the address of the fat
 * pointer that refers to it (data pointer, then length), which gives both its elements and its length.
 */
public final class PatSlices {
  private PatSlices() {}

  /** Whether a pattern over values of type ty is matched at the address of a fat pointer (see above). */
  public static boolean atFatPointer(Pattern p, Ty ty) {
    return p instanceof Pattern.SlicePat && Infer.shallow(ty) instanceof Ty.Slice;
  }

  /**
   * How many of a pattern's n implicit derefs to follow: a slice pattern stops at the fat pointer (with
   * none, the scrutinee {@code *s} was given as the place of {@code s}: see PatCompiler.scrutinee).
   */
  public static int derefsToFollow(Pattern p, Ty peeled, int n) {
    return atFatPointer(p, peeled) ? Math.max(0, n - 1) : n;
  }

  /** The element patterns around the rest: prefix count, suffix count, element type and size. */
  private record Shape(List<Pattern> prefix, List<Pattern> suffix, Pattern rest, Ty elem, int size, long arrayLen) {
    static Shape of(FnCompiler f, Pattern.SlicePat sp, Ty ty) {
      ty = Infer.shallow(ty);
      int r = SlicePats.restIndex(sp);
      List<Pattern> es = sp.elems();
      List<Pattern> prefix = r < 0 ? es : es.subList(0, r);
      List<Pattern> suffix = r < 0 ? List.of() : es.subList(r + 1, es.size());
      Ty elem = ty instanceof Ty.Array a ? a.elem() : ((Ty.Slice) ty).elem();
      elem = f.sub(elem);
      return new Shape(prefix, suffix, r < 0 ? null : es.get(r), elem, f.size(elem),
          ty instanceof Ty.Array a ? a.len() : -1);
    }

    int fixed() {
      return prefix.size() + suffix.size();
    }
  }

  public static PatCompiler.Test test(FnCompiler f, Pattern.SlicePat sp, Ty ty) {
    Shape s = Shape.of(f, sp, ty);
    List<PatCompiler.Test> tests = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < s.prefix().size(); i++) {
      PatCompiler.Test t = f.pats.test(s.prefix().get(i), s.elem());
      if (t != PatCompiler.ALWAYS) {
        tests.add(t);
        at.add(i);
      }
    }
    for (int j = 0; j < s.suffix().size(); j++) {
      PatCompiler.Test t = f.pats.test(s.suffix().get(j), s.elem());
      if (t != PatCompiler.ALWAYS) {
        tests.add(t);
        at.add(-(s.suffix().size() - j)); // counted from the end
      }
    }
    PatCompiler.Test[] ta = tests.toArray(new PatCompiler.Test[0]);
    int[] ia = at.stream().mapToInt(Integer::intValue).toArray();
    int size = s.size();
    int n = s.fixed();
    if (s.arrayLen() >= 0) {
      if (ta.length == 0) return PatCompiler.ALWAYS;
      long len = s.arrayLen();
      return new PatCompiler.Test() {
        @Override
        public boolean test(Machine m, int fp, int addr) {
          for (int i = 0; i < ta.length; i++) {
            long k = ia[i] >= 0 ? ia[i] : len + ia[i];
            if (!ta[i].test(m, fp, (int) (addr + k * size))) return false;
          }
          return true;
        }
      };
    }
    boolean exact = s.rest() == null;
    return new PatCompiler.Test() {
      @Override
      public boolean test(Machine m, int fp, int addr) {
        long len = m.mem.getLong(addr + 8);
        if (exact ? len != n : len < n) return false;
        int ptr = (int) m.mem.getLong(addr);
        for (int i = 0; i < ta.length; i++) {
          long k = ia[i] >= 0 ? ia[i] : len + ia[i];
          if (!ta[i].test(m, fp, (int) (ptr + k * size))) return false;
        }
        return true;
      }
    };
  }

  public static PatCompiler.Bind bind(FnCompiler f, Pattern.SlicePat sp, Ty ty, List<DropSlot> drops) {
    Shape s = Shape.of(f, sp, ty);
    List<PatCompiler.Bind> binds = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < s.prefix().size(); i++) {
      PatCompiler.Bind b = f.pats.bind(s.prefix().get(i), s.elem(), drops);
      if (b != PatBinds.NONE) {
        binds.add(b);
        at.add(i);
      }
    }
    PatCompiler.Bind restBind = restBind(f, s);
    for (int j = 0; j < s.suffix().size(); j++) {
      PatCompiler.Bind b = f.pats.bind(s.suffix().get(j), s.elem(), drops);
      if (b != PatBinds.NONE) {
        binds.add(b);
        at.add(-(s.suffix().size() - j));
      }
    }
    if (binds.isEmpty() && restBind == null) return PatBinds.NONE;
    PatCompiler.Bind[] ba = binds.toArray(new PatCompiler.Bind[0]);
    int[] ia = at.stream().mapToInt(Integer::intValue).toArray();
    int size = s.size();
    long arrayLen = s.arrayLen();
    int restAt = s.prefix().size();
    int restBefore = ia.length;
    for (int i = 0; i < ia.length; i++) if (ia[i] < 0 && restBefore == ia.length) restBefore = i;
    int restIdx = restBefore;
    return new PatCompiler.Bind() {
      @Override
      public void bind(Machine m, int fp, int addr) {
        long len = arrayLen;
        int base = addr;
        if (arrayLen < 0) {
          len = m.mem.getLong(addr + 8);
          base = (int) m.mem.getLong(addr);
        }
        // Bindings are made in the pattern's order (the rest binding between prefix and suffix).
        for (int i = 0; i < ba.length; i++) {
          if (i == restIdx && restBind != null) restBind.bind(m, fp, base + restAt * size);
          long k = ia[i] >= 0 ? ia[i] : len + ia[i];
          ba[i].bind(m, fp, (int) (base + k * size));
        }
        if (restIdx == ba.length && restBind != null) restBind.bind(m, fp, base + restAt * size);
        if (arrayLen < 0 && restBind instanceof RestSlice rs) rs.finish(m, fp, len);
      }
    };
  }

  /** The binder of {@code rest @ ..}, given the address of the first element it covers; null for none. */
  private static PatCompiler.Bind restBind(FnCompiler f, Shape s) {
    if (!(s.rest() instanceof Pattern.IdentPat ip) || !(f.t.res[ip.id()] instanceof LocalVar v)) return null;
    int mode = f.t.bindModes[ip.id()];
    int slot = f.slot(v);
    if (s.arrayLen() < 0) return new RestSlice(slot, s.fixed());
    if (mode != 0) {
      return new PatCompiler.Bind() {
        @Override
        public void bind(Machine m, int fp, int addr) {
          m.mem.putLong(fp + slot, addr);
        }
      };
    }
    int bytes = (int) ((s.arrayLen() - s.fixed()) * s.size());
    int flag = f.flag(v);
    return new PatCompiler.Bind() {
      @Override
      public void bind(Machine m, int fp, int addr) {
        if (bytes > 0) m.mem.copy(addr, fp + slot, bytes);
        if (flag != 0) m.mem.putByte(fp + flag, (byte) 1);
      }
    };
  }

  /** {@code rest @ ..} of a slice: a fat pointer to the middle (its length is written once known). */
  private static final class RestSlice extends PatCompiler.Bind {
    private final int slot;
    private final int fixed;

    RestSlice(int slot, int fixed) {
      this.slot = slot;
      this.fixed = fixed;
    }

    @Override
    public void bind(Machine m, int fp, int addr) {
      m.mem.putLong(fp + slot, addr);
    }

    void finish(Machine m, int fp, long len) {
      m.mem.putLong(fp + slot + 8, len - fixed);
    }
  }
}
