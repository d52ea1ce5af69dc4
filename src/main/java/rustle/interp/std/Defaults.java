package rustle.interp.std;

import java.util.ArrayList;
import java.util.List;
import rustle.interp.FnCompiler;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Writes {@code Default::default()} of a std type into memory: zero for numbers, {@code false},
 * {@code '\0'}, an empty {@code String}/{@code Vec} (dangling pointer, no allocation), {@code None},
 * and element by element for tuples and arrays.
 */
public abstract class Defaults {
  public abstract void write(Machine m, int dst);

  /** The writer for {@code t}, or null when rustle does not know its default. */
  public static Defaults of(FnCompiler f, Ty t0) {
    Ty t = Infer.shallow(t0);
    Layout l = f.layout(t);
    if (t instanceof Prim) return zero(l.size);
    if (t instanceof Ty.Ref r && Infer.shallow(r.inner()) == Prim.STR) {
      return new Defaults() {
        @Override
        public void write(Machine m, int dst) {
          m.mem.putLong(dst, 1);
          m.mem.putLong(dst + 8, 0);
        }
      };
    }
    if (t instanceof Ty.Adt a) {
      if (a.def().builtin == AdtDef.Builtin.STRING || a.def().builtin == AdtDef.Builtin.VEC) {
        long dangling = a.def().builtin == AdtDef.Builtin.STRING ? 1 : Math.max(1, f.layout(a.args().get(0)).align);
        return new Defaults() {
          @Override
          public void write(Machine m, int dst) {
            m.mem.putLong(dst + HeapTypes.CAP, 0);
            m.mem.putLong(dst + HeapTypes.PTR, dangling);
            m.mem.putLong(dst + HeapTypes.LEN, 0);
          }
        };
      }
      if (a.def().builtin == AdtDef.Builtin.OPTION) {
        EnumAccess acc = new EnumAccess(l);
        return new Defaults() {
          @Override
          public void write(Machine m, int dst) {
            acc.setVariant(m.mem, dst, 0);
          }
        };
      }
      if (a.def().builtin == AdtDef.Builtin.HASH_MAP || a.def().builtin == AdtDef.Builtin.HASH_SET) return emptyTable(f, a);
      return null;
    }
    List<Defaults> parts = new ArrayList<>();
    List<Integer> offs = new ArrayList<>();
    if (t instanceof Ty.Tuple tu) {
      for (int i = 0; i < tu.elems().size(); i++) {
        Defaults d = of(f, tu.elems().get(i));
        if (d == null) return null;
        parts.add(d);
        offs.add(l.offsets[i]);
      }
    } else if (t instanceof Ty.Array ar) {
      Defaults d = of(f, ar.elem());
      if (d == null) return null;
      int es = f.size(ar.elem());
      for (long i = 0; i < ar.len(); i++) {
        parts.add(d);
        offs.add((int) (i * es));
      }
    } else {
      return null;
    }
    Defaults[] ps = parts.toArray(new Defaults[0]);
    int[] os = offs.stream().mapToInt(Integer::intValue).toArray();
    return new Defaults() {
      @Override
      public void write(Machine m, int dst) {
        for (int i = 0; i < ps.length; i++) ps[i].write(m, dst + os[i]);
      }
    };
  }

  /** An empty HashMap or HashSet, as std's {@code Default} (and {@code new}) makes it: nothing allocated. */
  public static Defaults emptyTable(FnCompiler f, Ty.Adt a) {
    RawTable t = a.def().builtin == AdtDef.Builtin.HASH_MAP
        ? Tables.table(f, a.args().get(0), a.args().get(1))
        : Tables.table(f, a.args().get(0), Ty.UNIT);
    return new Defaults() {
      @Override
      public void write(Machine m, int dst) {
        t.initEmpty(m.mem, dst);
      }
    };
  }

  private static Defaults zero(int size) {
    return new Defaults() {
      @Override
      public void write(Machine m, int dst) {
        for (int i = 0; i < size; i++) m.mem.putByte(dst + i, (byte) 0);
      }
    };
  }
}
