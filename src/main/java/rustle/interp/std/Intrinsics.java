package rustle.interp.std;

import java.util.List;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Leaks;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * The prelude functions written as {@code intrinsic!()}: String, str, Vec, slice, Box, char and float
 * operations implemented over simulated memory. Each reads its arguments from its frame's parameter
 * slots, like a compiled function would.
 */
public final class Intrinsics {
  private Intrinsics() {}

  /**
   * A native function body. The rule every body keeps: it panics only before it takes ownership of an
   * argument (checks first, then moves), since a call drops all owned arguments when a panic leaves an
   * intrinsic (Calls.intrinsicFailed). No intrinsic runs user code after taking an owned argument.
   */
  public abstract static class Impl {
    /**
     * For a scalar result of a body written only as callInto (a generic T such as Vec::remove's,
     * instantiated with an integer, float or pointer): its kind and a frame slot to write it to.
     */
    public Kind scalarResult;
    public int scratchOff;

    public long callLong(Machine m, int fp, Span span) {
      if (scalarResult == null) throw new IllegalStateException("no integer result");
      callInto(m, fp, fp + scratchOff, span);
      return scalarResult.load(m.mem, fp + scratchOff);
    }

    public double callDouble(Machine m, int fp, Span span) {
      if (scalarResult == null) throw new IllegalStateException("no float result");
      callInto(m, fp, fp + scratchOff, span);
      return scalarResult == Kind.F32 ? m.mem.getFloat(fp + scratchOff) : m.mem.getDouble(fp + scratchOff);
    }

    public void callInto(Machine m, int fp, int dst, Span span) {
      throw new IllegalStateException("no memory result");
    }
  }

  /** Argument accessors for one intrinsic's frame. */
  static final class Args {
    final int[] offs;

    Args(int[] offs) {
      this.offs = offs;
    }

    int at(int fp, int i) {
      return fp + offs[i];
    }

    long word(Machine m, int fp, int i) {
      return m.mem.getLong(fp + offs[i]);
    }

    int ptr(Machine m, int fp, int i) {
      return (int) m.mem.getLong(fp + offs[i]);
    }
  }

  public static Impl lookup(FnCompiler f, List<Ty> params) {
    String path = f.code.def.path();
    Args a = new Args(f.code.paramOffs);
    List<Ty> targs = f.code.typeArgs;
    int dot = path.indexOf("::");
    if (dot < 0 && f.code.def.item.isForeign()) return RawPtrIntrinsics.libc(path, a);
    String owner = path.substring(0, dot);
    String name = path.substring(dot + 2);
    if (owner.equals("BTreeMap") && name.equals("__cmp_key")) return BTreeKeys.cmp(f, a, targs);
    if (name.equals("from") && (owner.equals("BTreeMap") || owner.equals("BTreeSet"))) {
      // Vec::from's type arguments are [elem, A]: a map's elements are its (K, V) pairs.
      List<Ty> vecArgs = owner.equals("BTreeSet") ? targs : List.of(new Ty.Tuple(List.of(Infer.shallow(targs.get(0)),
          Infer.shallow(targs.get(1)))), targs.get(targs.size() - 1));
      return BTreeKeys.from(f, owner, CollFrom.of(f, "Vec", a, vecArgs), targs);
    }
    if (name.equals("from") && (owner.equals("VecDeque") || owner.equals("BinaryHeap"))) {
      return DequeFromVec.from(f, CollFrom.of(f, "Vec", a, targs),
          new Ty.Adt(f.c.program.items().std(owner), List.of(Infer.shallow(targs.get(0)))));
    }
    if (name.equals("from") && (owner.equals("Vec") || owner.equals("HashMap") || owner.equals("HashSet"))) {
      return CollFrom.of(f, owner, a, targs);
    }
    switch (owner) {
      case "String":
        return StringIntrinsics.of(f, name, a);
      case "str":
        return StrIntrinsics.of(f, name, a);
      case "Vec":
        return VecIntrinsics.of(f, name, a, Infer.shallow(targs.get(0)));
      case "[T]": {
        Impl raw = RawPtrIntrinsics.slice(f, name, a, sliceElem(params.get(0)));
        return raw != null ? raw : SliceIntrinsics.of(f, name, a, sliceElem(params.get(0)));
      }
      case rustle.types.RawPtrs.CONST:
      case rustle.types.RawPtrs.MUT: {
        Impl raw = RawPtrIntrinsics.pointer(f, name, a, Infer.shallow(targs.get(0)));
        if (raw != null) return raw;
        break;
      }
      case "Box":
        if (name.equals("new")) {
          Ty t = Infer.shallow(targs.get(0));
          Layout l = f.layout(t);
          return new Impl() {
            @Override
            public long callLong(Machine m, int fp, Span span) {
              int p = m.heapTypes.boxNew(l.size, l.align, span);
              if (l.size > 0) m.mem.copy(a.at(fp, 0), p, l.size);
              return p;
            }
          };
        }
        if (name.equals("leak")) {
          return new Impl() {
            @Override
            public long callLong(Machine m, int fp, Span span) {
              long p = a.word(m, fp, 0);
              Leaks.root(m, p);
              return p;
            }
          };
        }
        break;
      case "Rc":
      case "Weak":
      case "RefCell":
      case "Cell": {
        Intrinsics.Impl impl = SmartIntrinsics.of(f, owner, name, a, Infer.shallow(targs.get(0)));
        if (impl != null) return impl;
        break;
      }
      case "Option":
      case "Result": {
        Intrinsics.Impl impl = OptionIntrinsics.of(f, owner, name, a, Infer.shallow(targs.get(0)));
        if (impl != null) return impl;
        break;
      }
      case "HashMap":
      case "HashSet":
      case "Entry": {
        Intrinsics.Impl impl = owner.equals("HashMap") ? MapIntrinsics.of(f, name, a, targs)
            : owner.equals("HashSet") ? SetIntrinsics.of(f, name, a, targs) : EntryIntrinsics.of(f, name, a, targs);
        if (impl != null) return impl;
        break;
      }
      case "char":
        if (name.equals("from")) return IntConvert.of(name, a, rustle.types.Prim.CHAR, Infer.shallow(targs.get(targs.size() - 1)));
        return CharIntrinsics.of(name, a);
      case "Formatter":
        return FormatterIntrinsics.of(name, a);
      case "Args":
        return EnvIntrinsics.of(name, a);
      case "Stdin":
      case "Stdout":
        return IoIntrinsics.of(name, a);
      case "BufWriter":
        return IoIntrinsics.bufWriter(f, name, a, targs);
      case "Chars":
        if (name.equals("as_str")) {
          // Chars { ptr, end }: the rest of the text as a fat pointer (ptr, end - ptr).
          int[] o = f.layout(new Ty.Adt(f.c.program.items().std("Chars"), List.of())).offsets;
          return new Impl() {
            @Override
            public void callInto(Machine m, int fp, int dst, Span span) {
              int c = a.ptr(m, fp, 0);
              long p = m.mem.getLong(c + o[0]);
              m.mem.putLong(dst, p);
              m.mem.putLong(dst + 8, m.mem.getLong(c + o[1]) - p);
            }
          };
        }
        break;
      case "f64":
      case "f32":
        if (name.equals("from")) return FloatConvert.of(a, owner.equals("f32"), Infer.shallow(targs.get(targs.size() - 1)));
        return FloatIntrinsics.of(name, a, owner.equals("f32"));
      default:
        if (rustle.types.Prim.byName(owner) != null && (name.equals("from") || name.equals("__fits"))) {
          return IntConvert.of(name, a, rustle.types.Prim.byName(owner), Infer.shallow(targs.get(targs.size() - 1)));
        }
        if (rustle.types.Prim.byName(owner) != null && (name.equals("__as_int") || name.equals("__fits_in"))) {
          // try_into's halves: from the owner to T, the method's type argument.
          Ty to = Infer.shallow(targs.get(targs.size() - 1));
          return IntConvert.of(name.equals("__as_int") ? "from" : "__fits", a, (rustle.types.Prim) to, rustle.types.Prim.byName(owner));
        }
        if (rustle.types.Prim.byName(owner) != null) return IntIntrinsics.of(name, a, rustle.types.Prim.byName(owner));
        break;
    }
    throw new IllegalStateException("no native implementation of " + path);
  }

  /**
   * Lets an intrinsic that writes its result to memory also be called where a scalar result is taken
   * ({@code v.remove(i)} on a {@code Vec<i32>}): it writes into a stack temporary and loads from there.
   */
  static Impl scalarOut(Impl inner, Kind k) {
    if (k == null) return inner;
    return new Impl() {
      @Override
      public long callLong(Machine m, int fp, Span span) {
        int sp0 = m.sp;
        m.pushFrame(8);
        int t = m.sp;
        inner.callInto(m, fp, t, span);
        long r = k.load(m.mem, t);
        m.sp = sp0;
        return r;
      }

      @Override
      public double callDouble(Machine m, int fp, Span span) {
        int sp0 = m.sp;
        m.pushFrame(8);
        int t = m.sp;
        inner.callInto(m, fp, t, span);
        double r = k == Kind.F32 ? m.mem.getFloat(t) : m.mem.getDouble(t);
        m.sp = sp0;
        return r;
      }

      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        inner.callInto(m, fp, dst, span);
      }
    };
  }

  static Ty sliceElem(Ty refToSlice) {
    Ty t = Infer.shallow(refToSlice);
    if (t instanceof Ty.Ref r) t = Infer.shallow(r.inner());
    return Infer.shallow(((Ty.Slice) t).elem());
  }
}
