package rustle.interp.std;

import java.util.List;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;
import rustle.memory.Memory;
import rustle.types.AdtDef;
import rustle.types.HashTables;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Shared helpers of the hash-table intrinsics: the {@link RawTable} of a bucket type (K, V) (a set's
 * bucket is (T, ())), the iterator values over a table, and native bodies written as lambdas.
 */
final class Tables {
  private Tables() {}

  private static final byte[] EMPTY_GROUP = new byte[HashTables.GROUP];

  static {
    java.util.Arrays.fill(EMPTY_GROUP, HashTables.EMPTY);
  }

  /** The table of buckets (k, v). */
  static RawTable table(FnCompiler f, Ty k, Ty v) {
    Ty elem = new Ty.Tuple(List.of(Infer.shallow(k), Infer.shallow(v)));
    Layout el = f.layout(elem);
    KeyHash.Enc enc;
    try {
      enc = new KeyHash(f.layouts).of(k);
    } catch (IllegalStateException notHash) {
      // A table of keys that are not Hash can still be made, measured and dropped (std's unbounded
      // impl); the checker rejects every method that would hash one (Obligations.tableKey).
      enc = (mem, addr, out) -> {
        throw new IllegalStateException(notHash.getMessage());
      };
    }
    return new RawTable(el, el.offsets[0], el.offsets[1], enc, f.c.drops.of(elem), f.c.mem.internStatic(EMPTY_GROUP));
  }

  /** The encoder of a key reached through a reference parameter ({@code &Q}: a thin or a fat pointer). */
  static KeyHash.Enc refKey(FnCompiler f, Ty q) {
    return new KeyHash(f.layouts).of(new Ty.Ref(Infer.shallow(q), false));
  }

  interface LongBody {
    long run(Machine m, int fp, Span span);
  }

  interface IntoBody {
    void run(Machine m, int fp, int dst, Span span);
  }

  /** The methods HashMap and HashSet share, which touch only the table's header: null for the others. */
  static Intrinsics.Impl common(String name, RawTable t, Intrinsics.Args a) {
    switch (name) {
      case "new":
        return into((m, fp, dst, span) -> t.initEmpty(m.mem, dst));
      case "with_capacity":
        return into((m, fp, dst, span) -> t.init(m, dst, a.word(m, fp, 0), span));
      case "capacity":
        return scalar((m, fp, span) -> rustle.types.HashTables.maskToCapacity(RawTable.mask(m.mem, a.ptr(m, fp, 0))));
      case "len":
        return scalar((m, fp, span) -> RawTable.items(m.mem, a.ptr(m, fp, 0)));
      case "is_empty":
        return scalar((m, fp, span) -> RawTable.items(m.mem, a.ptr(m, fp, 0)) == 0 ? 1 : 0);
      case "clear":
        return into((m, fp, dst, span) -> t.clear(m, a.ptr(m, fp, 0)));
      default:
        return null;
    }
  }

  static Intrinsics.Impl scalar(LongBody b) {
    return new Intrinsics.Impl() {
      @Override
      public long callLong(Machine m, int fp, Span span) {
        return b.run(m, fp, span);
      }
    };
  }

  /** A body returning a pointer-sized value (an address, or Option<&T> with 0 for None) either way. */
  static Intrinsics.Impl word(LongBody b) {
    return new Intrinsics.Impl() {
      @Override
      public long callLong(Machine m, int fp, Span span) {
        return b.run(m, fp, span);
      }

      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        m.mem.putLong(dst, b.run(m, fp, span));
      }
    };
  }

  static Intrinsics.Impl into(IntoBody b) {
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        b.run(m, fp, dst, span);
      }
    };
  }

  /** Writes an iterator {ctrl, next, buckets, left} over the table whose header is at h. */
  static IntoBody iterOver(FnCompiler f, String iterName, List<Ty> args, boolean byRef, Intrinsics.Args a) {
    int[] o = f.layout(new Ty.Adt(f.c.program.items().std(iterName), args)).offsets;
    return (m, fp, dst, span) -> {
      int h = byRef ? a.ptr(m, fp, 0) : a.at(fp, 0);
      m.mem.putLong(dst + o[0], RawTable.ctrl(m.mem, h));
      m.mem.putLong(dst + o[1], 0);
      m.mem.putLong(dst + o[2], RawTable.mask(m.mem, h) + 1);
      m.mem.putLong(dst + o[3], RawTable.items(m.mem, h));
    };
  }

  /** Writes {@code Default::default()} of t (what {@code or_default} inserts), for the std types that have one. */
  static void writeDefault(Memory mem, FnCompiler f, Ty t, int dst) {
    t = Infer.shallow(t);
    if (t instanceof Prim || t instanceof Ty.Tuple tu && tu.elems().isEmpty()) {
      mem.fill(dst, f.size(t), (byte) 0);
      return;
    }
    if (t instanceof Ty.Tuple tu) {
      int[] offs = f.layout(t).offsets;
      for (int i = 0; i < tu.elems().size(); i++) writeDefault(mem, f, tu.elems().get(i), dst + offs[i]);
      return;
    }
    if (t instanceof Ty.Adt a && (a.def().builtin == AdtDef.Builtin.STRING || a.def().builtin == AdtDef.Builtin.VEC)) {
      int align = a.def().builtin == AdtDef.Builtin.STRING ? 1 : Math.max(1, f.layout(a.args().get(0)).align);
      mem.putLong(dst + HeapTypes.CAP, 0);
      mem.putLong(dst + HeapTypes.PTR, align);
      mem.putLong(dst + HeapTypes.LEN, 0);
      return;
    }
    if (t instanceof Ty.Adt a && preludeColl(a)) {
      // The prelude's VecDeque, BinaryHeap, BTreeMap and BTreeSet: new() is each field's default (empty
      // Vecs, zero indices).
      int[] offs = f.layout(t).offsets;
      List<Ty> fts = rustle.types.Layouts.fieldTypes(a, a.def().variants.get(0));
      for (int i = 0; i < fts.size(); i++) writeDefault(mem, f, fts.get(i), dst + offs[i]);
      return;
    }
    throw new IllegalStateException("no Default for " + t);
  }

  private static boolean preludeColl(Ty.Adt a) {
    if (!a.def().fromPrelude) return false;
    switch (a.def().name) {
      case "VecDeque": case "BinaryHeap": case "BTreeMap": case "BTreeSet":
        return true;
      default:
        return false;
    }
  }

  /** Checks at compile time that writeDefault knows t. */
  static boolean hasDefault(Ty t) {
    t = Infer.shallow(t);
    if (t instanceof Prim) return t != Prim.STR;
    if (t instanceof Ty.Tuple tu) return tu.elems().stream().allMatch(Tables::hasDefault);
    return t instanceof Ty.Adt a && (a.def().builtin == AdtDef.Builtin.STRING || a.def().builtin == AdtDef.Builtin.VEC
        || preludeColl(a));
  }
}
