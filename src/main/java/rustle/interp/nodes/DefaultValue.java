package rustle.interp.nodes;

import java.util.List;
import rustle.interp.FmtImpls;
import rustle.interp.FnCompiler;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * {@code Default::default()} where no hand-written impl exists: std's impls for numbers (0), bool,
 * char, String and Vec (empty, nothing allocated), Option (None), tuples and arrays (each element), and
 * {@code #[derive(Default)]} structs (each field, through the field type's own impl when it has one).
 */
public final class DefaultValue extends MemNode {
  final Writer w;

  private DefaultValue(Writer w, int size) {
    super(size);
    this.w = w;
  }

  /** The node writing t's default value; null when rustle knows no default for t. */
  public static DefaultValue of(FnCompiler f, Ty t) {
    Writer w = writer(f, t);
    return w == null ? null : new DefaultValue(w, f.size(t));
  }

  @Override
  public void evalInto(Machine m, int fp, int dst) {
    w.write(m, dst);
  }

  /** Writes one type's default at an address. */
  abstract static class Writer {
    abstract void write(Machine m, int dst);
  }

  static Writer writer(FnCompiler f, Ty t) {
    t = Infer.shallow(t);
    int size = f.size(t);
    if (t instanceof Prim p) {
      if (p == Prim.STR || p == Prim.NEVER) return null;
      return new Writer() {
        @Override
        void write(Machine m, int dst) {
          for (int i = 0; i < size; i++) m.mem.putByte(dst + i, (byte) 0);
        }
      };
    }
    if (t instanceof Ty.Tuple tu) return fields(f, tu.elems(), f.layout(t).offsets);
    if (t instanceof Ty.Array a) {
      Writer e = writer(f, a.elem());
      if (e == null) return null;
      int stride = f.size(a.elem());
      long n = a.len();
      return new Writer() {
        @Override
        void write(Machine m, int dst) {
          for (long i = 0; i < n; i++) e.write(m, (int) (dst + i * stride));
        }
      };
    }
    if (t instanceof Ty.Ref r && Infer.shallow(r.inner()) == Prim.STR) {
      rustle.interp.std.Defaults d = rustle.interp.std.Defaults.of(f, t); // ""
      return new Writer() {
        @Override
        void write(Machine m, int dst) {
          d.write(m, dst);
        }
      };
    }
    if (!(t instanceof Ty.Adt a)) return null;
    switch (a.def().builtin) {
      case STRING:
      case VEC: {
        int align = a.def().builtin == AdtDef.Builtin.VEC ? f.layout(a.args().get(0)).align : 1;
        return new Writer() {
          @Override
          void write(Machine m, int dst) {
            m.heapTypes.initEmpty(dst, align);
          }
        };
      }
      case OPTION: {
        EnumAccess acc = new EnumAccess(f.layout(t));
        return new Writer() {
          @Override
          void write(Machine m, int dst) {
            acc.setVariant(m.mem, dst, 0);
          }
        };
      }
      case HASH_MAP:
      case HASH_SET: {
        rustle.interp.std.Defaults d = rustle.interp.std.Defaults.emptyTable(f, a);
        return new Writer() {
          @Override
          void write(Machine m, int dst) {
            d.write(m, dst);
          }
        };
      }
      case NONE:
        break;
      default:
        return null;
    }
    FnCode user = FmtImpls.code(f, t, "Default", "default");
    if (user != null) {
      Node call = new Calls.Mem(user, new Node[0], size, user.def.item.nameSpan());
      return new Writer() {
        @Override
        void write(Machine m, int dst) {
          call.evalInto(m, m.sp, dst);
        }
      };
    }
    if (!a.def().derives("Default")) return null;
    if (a.def().isEnum) {
      int v = a.def().defaultVariant();
      if (v < 0 || !a.def().variants.get(v).fields().isEmpty()) return null;
      EnumAccess acc = new EnumAccess(f.layout(t));
      return new Writer() {
        @Override
        void write(Machine m, int dst) {
          acc.setVariant(m.mem, dst, v);
        }
      };
    }
    Layout l = f.layout(t);
    return fields(f, Layouts.fieldTypes(a, a.def().variants.get(0)), l.offsets);
  }

  private static Writer fields(FnCompiler f, List<Ty> types, int[] offs) {
    int n = types.size();
    Writer[] ws = new Writer[n];
    for (int i = 0; i < n; i++) {
      ws[i] = writer(f, types.get(i));
      if (ws[i] == null) return null;
    }
    return new Writer() {
      @Override
      void write(Machine m, int dst) {
        for (int i = 0; i < n; i++) ws[i].write(m, dst + offs[i]);
      }
    };
  }
}
