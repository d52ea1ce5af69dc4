package rustle.interp.print;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustle.fmt.DebugBuilder;
import rustle.fmt.Fmt;
import rustle.interp.FnCompiler;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/** Builds the {@link ValueFmt} of each type for Display and Debug (and the integer radix traits). */
public final class Fmts {
  private final FnCompiler f;
  private final Map<String, ValueFmt> cache = new HashMap<>();

  public Fmts(FnCompiler f) {
    this.f = f;
  }

  static String str(Machine m, int ptr, long len) {
    return new String(m.mem.read(ptr, (int) len), StandardCharsets.UTF_8);
  }

  public ValueFmt of(Ty t, boolean debug) {
    t = Infer.shallow(t);
    String key = t + (debug ? "?" : "");
    ValueFmt v = cache.get(key);
    if (v != null) return v;
    Lazy lazy = new Lazy();
    cache.put(key, lazy);
    lazy.real = build(t, debug);
    if (f.c.unchecked && !rustle.types.Layouts.isUnsized(t)) lazy.real = checked(lazy.real, t);
    cache.put(key, lazy.real);
    return lazy.real;
  }

  /** --unchecked: the formatter checks what it reads first (CheckedFmt). */
  private ValueFmt checked(ValueFmt v, Ty t) {
    CheckedFmt.Text text = t instanceof Ty.Adt a && a.def().builtin == rustle.types.AdtDef.Builtin.STRING
        ? CheckedFmt.Text.STRING
        : t instanceof Ty.Ref r && Infer.shallow(r.inner()) == Prim.STR ? CheckedFmt.Text.STR_REF : CheckedFmt.Text.NONE;
    return new CheckedFmt(v, f.size(t), text);
  }

  /** The formatter of a format string's argument at span: in a --unchecked run, its reports point there. */
  public ValueFmt arg(ValueFmt v, rustle.ast.Span span) {
    return f.c.unchecked ? new CheckedFmt.Arg(v, span) : v;
  }

  private static final class Lazy extends ValueFmt {
    ValueFmt real;

    @Override
    public void write(Machine m, int addr, Ctx c) {
      real.write(m, addr, c);
    }
  }

  private ValueFmt build(Ty t, boolean debug) {
    if (t instanceof Prim p) return prim(p);
    if (rustle.types.RawPtrs.is(t)) return POINTER; // `{:?}` of a raw pointer prints its address, as `{:p}`
    if (t instanceof Ty.Ref r) {
      Ty in = Infer.shallow(r.inner());
      if (in == Prim.STR) return STR_FAT;
      if (in instanceof Ty.Slice s) return slice(s.elem(), debug);
      if (in instanceof Ty.Dyn d) return rustle.interp.FmtImpls.dyn(f, d, debug ? "Debug" : "Display");
      ValueFmt inner = of(in, debug);
      return new ValueFmt() {
        @Override
        public void write(Machine m, int addr, Ctx c) {
          inner.write(m, (int) m.mem.getLong(addr), c);
        }
      };
    }
    if (t instanceof Ty.Tuple tu) {
      Layout l = f.layout(t);
      return composite(null, tu.elems(), null, l.offsets, 0);
    }
    if (t instanceof Ty.Array a) {
      ValueFmt e = of(a.elem(), true);
      int stride = f.size(a.elem());
      long n = a.len();
      return new ValueFmt() {
        @Override
        public void write(Machine m, int addr, Ctx c) {
          DebugBuilder b = c.debug().beginList();
          for (long i = 0; i < n; i++) {
            b.field();
            e.write(m, (int) (addr + i * stride), c);
          }
          b.end();
        }
      };
    }
    Ty.Adt a = (Ty.Adt) t;
    switch (a.def().builtin) {
      case STRING:
        return STRING;
      case VEC:
        return vec(a.args().get(0));
      case RC:
      case REF:
      case REF_MUT: {
        // Display and Debug go through Deref to the value.
        ValueFmt inner = of(a.args().get(0), debug);
        int off = rustle.types.SmartPtrs.derefOffset(f.layouts, a);
        return new ValueFmt() {
          @Override
          public void write(Machine m, int addr, Ctx c) {
            inner.write(m, (int) m.mem.getLong(addr) + off, c);
          }
        };
      }
      case WEAK:
        return new ValueFmt() {
          @Override
          public void write(Machine m, int addr, Ctx c) {
            c.sb.append("(Weak)");
          }
        };
      case REF_CELL:
      case CELL:
        return cellDebug(a);
      case HASH_MAP:
      case HASH_SET:
        return TableFmts.of(this, f, a);
      case BOX: {
        if (Infer.shallow(a.args().get(0)) instanceof Ty.Dyn d) {
          return rustle.interp.FmtImpls.dyn(f, d, debug ? "Debug" : "Display");
        }
        // Box<str> and Box<[T]> are fat pointers, printed as &str and &[T] are.
        Ty boxed = Infer.shallow(a.args().get(0));
        if (boxed == Prim.STR) return STR_FAT;
        if (boxed instanceof Ty.Slice s) return slice(s.elem(), debug);
        ValueFmt inner = of(a.args().get(0), debug);
        return new ValueFmt() {
          @Override
          public void write(Machine m, int addr, Ctx c) {
            inner.write(m, (int) m.mem.getLong(addr), c);
          }
        };
      }
      default:
        break;
    }
    if (debug && a.def().fromPrelude && a.def().name.startsWith("Range")) {
      ValueFmt r = range(a);
      if (r != null) return r;
    }
    ValueFmt stdError = debug ? StdErrorFmt.debug(f, a) : StdErrorFmt.display(f, a);
    if (stdError != null) return stdError;
    if (!debug) return userDisplay(a);
    if (!a.def().derives("Debug")) {
      ValueFmt user = rustle.interp.FmtImpls.of(f, a, "Debug");
      if (user != null) return user;
    }
    Layout l = f.layout(a);
    if (!a.def().isEnum) {
      AdtDef.VariantDef v = a.def().variants.get(0);
      return composite(rustle.syntax.BlockItemNames.display(a.def().name), Layouts.fieldTypes(a, v), v, l.offsets, v.kind() == rustle.ast.Item.StructKind.NAMED ? 2 : v.kind() == rustle.ast.Item.StructKind.TUPLE ? 1 : 3);
    }
    int nv = a.def().variants.size();
    ValueFmt[] per = new ValueFmt[nv];
    for (int i = 0; i < nv; i++) {
      AdtDef.VariantDef v = a.def().variants.get(i);
      int kind = v.kind() == rustle.ast.Item.StructKind.NAMED ? 2 : v.kind() == rustle.ast.Item.StructKind.TUPLE ? 1 : 3;
      per[i] = composite(v.name(), Layouts.fieldTypes(a, v), v, l.variantOffsets[i], kind);
    }
    EnumAccess acc = new EnumAccess(l);
    return new ValueFmt() {
      @Override
      public void write(Machine m, int addr, Ctx c) {
        per[acc.variant(m.mem, addr)].write(m, addr, c);
      }
    };
  }

  /**
   * std's Debug of the range types: `start..end`, `start..=end` (with ` (exhausted)` once iterated to its
   * end), `start..`, `..end`, `..=end`, `..`; each bound formatted with the placeholder's options.
   */
  private ValueFmt range(Ty.Adt a) {
    String name = a.def().name;
    int[] o = f.layout(a).offsets;
    ValueFmt bound = a.args().isEmpty() ? null : of(a.args().get(0), true);
    String sep = name.contains("Inclusive") ? "..=" : "..";
    boolean hasStart = name.equals("Range") || name.equals("RangeInclusive") || name.equals("RangeFrom");
    boolean hasEnd = name.equals("Range") || name.equals("RangeInclusive") || name.equals("RangeTo")
        || name.equals("RangeToInclusive");
    if (!name.equals("RangeFull") && bound == null) return null;
    if (!hasStart && !hasEnd && !name.equals("RangeFull")) return null;
    int startOff = hasStart ? o[0] : 0;
    int endOff = hasEnd ? o[hasStart ? 1 : 0] : 0;
    int exhaustedOff = name.equals("RangeInclusive") ? o[2] : -1;
    return new ValueFmt() {
      @Override
      public void write(Machine m, int addr, Ctx c) {
        if (hasStart) bound.write(m, addr + startOff, c);
        c.sb.append(sep);
        if (hasEnd) bound.write(m, addr + endOff, c);
        if (exhaustedOff >= 0 && m.mem.getByte(addr + exhaustedOff) != 0) c.sb.append(" (exhausted)");
      }
    };
  }

  private ValueFmt userDisplay(Ty.Adt a) {
    ValueFmt user = rustle.interp.FmtImpls.of(f, a, "Display");
    if (user == null) throw new IllegalStateException("no Display impl for " + a.def().name);
    return user;
  }

  /** kind: 0 tuple, 1 tuple struct/variant, 2 struct, 3 unit. */
  private ValueFmt composite(String name, List<Ty> fields, AdtDef.VariantDef v, int[] offs, int kind) {
    int n = fields.size();
    ValueFmt[] fs = new ValueFmt[n];
    for (int i = 0; i < n; i++) fs[i] = of(fields.get(i), true);
    return new ValueFmt() {
      @Override
      public void write(Machine m, int addr, Ctx c) {
        if (kind == 3) {
          int start = c.sb.length();
          c.sb.append(name);
          return;
        }
        DebugBuilder b = c.debug();
        if (kind == 0) b.beginTuple();
        else if (kind == 1) b.beginTupleStruct(name);
        else b.beginStruct(name);
        for (int i = 0; i < n; i++) {
          if (kind == 2) b.field(v.fields().get(i).name());
          else b.field();
          fs[i].write(m, addr + offs[i], c);
        }
        b.end();
      }
    };
  }

  /** std's Debug of RefCell and Cell: {@code RefCell { value: .. }}, {@code <borrowed>} while mutably borrowed. */
  private ValueFmt cellDebug(Ty.Adt a) {
    ValueFmt inner = of(a.args().get(0), true);
    boolean refCell = a.def().builtin == AdtDef.Builtin.REF_CELL;
    int[] offs = f.layout(a).offsets;
    return new ValueFmt() {
      @Override
      public void write(Machine m, int addr, Ctx c) {
        DebugBuilder b = c.debug();
        b.beginStruct(a.def().name);
        b.field("value");
        if (refCell && m.mem.getLong(addr + offs[0]) < 0) c.sb.append("<borrowed>");
        else inner.write(m, addr + (refCell ? offs[1] : 0), c);
        b.end();
      }
    };
  }

  private ValueFmt vec(Ty elem) {
    ValueFmt e = of(elem, true);
    int stride = f.size(elem);
    return new ValueFmt() {
      @Override
      public void write(Machine m, int addr, Ctx c) {
        int ptr = (int) m.mem.getLong(addr + HeapTypes.PTR);
        long len = m.mem.getLong(addr + HeapTypes.LEN);
        DebugBuilder b = c.debug().beginList();
        for (long i = 0; i < len; i++) {
          b.field();
          e.write(m, (int) (ptr + i * stride), c);
        }
        b.end();
      }
    };
  }

  private ValueFmt slice(Ty elem, boolean debug) {
    ValueFmt e = of(elem, true);
    int stride = f.size(elem);
    return new ValueFmt() {
      @Override
      public void write(Machine m, int addr, Ctx c) {
        int ptr = (int) m.mem.getLong(addr);
        long len = m.mem.getLong(addr + 8);
        DebugBuilder b = c.debug().beginList();
        for (long i = 0; i < len; i++) {
          b.field();
          e.write(m, (int) (ptr + i * stride), c);
        }
        b.end();
      }
    };
  }

  /** {@code {:p}}: the address a reference or Box holds (for fat pointers, the data pointer). */
  public static final ValueFmt POINTER = new ValueFmt() {
    @Override
    public void write(Machine m, int addr, Ctx c) {
      Fmt.formatPointer(c.sb, m.mem.getLong(addr), c.spec, c.width);
    }
  };

  static final ValueFmt STR_FAT = new SimpleFmt() {
    @Override
    public void write(Machine m, int addr, Ctx c) {
      Fmt.formatStr(c.sb, str(m, (int) m.mem.getLong(addr), m.mem.getLong(addr + 8)), c.spec, c.width, c.precision);
    }
  };

  static final ValueFmt STRING = new SimpleFmt() {
    @Override
    public void write(Machine m, int addr, Ctx c) {
      Fmt.formatStr(c.sb, str(m, (int) m.mem.getLong(addr + HeapTypes.PTR), m.mem.getLong(addr + HeapTypes.LEN)), c.spec, c.width, c.precision);
    }
  };

  private static ValueFmt prim(Prim p) {
    switch (p) {
      case BOOL:
        return new SimpleFmt() {
          @Override
          public void write(Machine m, int addr, Ctx c) {
            Fmt.formatBool(c.sb, m.mem.getByte(addr) != 0, c.spec, c.width, c.precision);
          }
        };
      case CHAR:
        return new SimpleFmt() {
          @Override
          public void write(Machine m, int addr, Ctx c) {
            Fmt.formatChar(c.sb, m.mem.getInt(addr), c.spec, c.width, c.precision);
          }
        };
      case F32:
      case F64: {
        boolean f32 = p == Prim.F32;
        return new FloatValueFmt() {
          @Override
          public void write(Machine m, int addr, Ctx c) {
            double d = f32 ? m.mem.getFloat(addr) : m.mem.getDouble(addr);
            Fmt.formatFloat(c.sb, d, f32, c.spec, c.width, c.precision);
          }
        };
      }
      default:
        return new IntValueFmt(Kind.of(p), p.signed, p.bits());
    }
  }

  /** A formatter of a scalar that reads memory only: it may run twice (to measure its padding). */
  abstract static class SimpleFmt extends ValueFmt {}

  /** Floats: their text is pushed in parts (sign, digits, point...). */
  abstract static class FloatValueFmt extends SimpleFmt {}

  /** Integers, marked so that plain {@code {}} of them can take the byte-level fast path. */
  static final class IntValueFmt extends SimpleFmt {
    final Kind kind;
    final boolean signed;
    final int bits;

    IntValueFmt(Kind kind, boolean signed, int bits) {
      this.kind = kind;
      this.signed = signed;
      this.bits = bits;
    }

    @Override
    public void write(Machine m, int addr, Ctx c) {
      Fmt.formatInt(c.sb, kind.load(m.mem, addr), signed, bits, c.spec, c.width, c.precision);
    }
  }
}
