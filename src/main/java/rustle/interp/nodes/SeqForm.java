package rustle.interp.nodes;

import rustle.types.Infer;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;
import rustle.types.AdtDef;
import rustle.types.Ty;

/**
 * Where a sequence's elements and length are, for each way a {@code Vec<T>}, {@code [T; N]} or
 * {@code [T]} can be held: a Vec header, an array in place, a slice's fat pointer, or a reference to one
 * of those. std compares these with each other element by element (Vec == [T; N], &[T] == Vec, ...).
 */
abstract class SeqForm {
  final Ty elem;

  SeqForm(Ty elem) {
    this.elem = elem;
  }

  abstract long ptr(Machine m, int at);

  abstract long len(Machine m, int at);

  /** The form of a value of type t, or null when t is not a sequence (nor a reference to one). */
  static SeqForm of(Ty t) {
    t = Infer.shallow(t);
    if (t instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.VEC) return new Header(a.args().get(0));
    if (t instanceof Ty.Array a) return new Inline(a.elem(), a.len());
    if (t instanceof Ty.Ref r) {
      Ty in = Infer.shallow(r.inner());
      if (in instanceof Ty.Slice s) return new Fat(s.elem());
      SeqForm inner = of(in);
      return inner == null ? null : new Deref(inner);
    }
    return null;
  }

  private static final class Header extends SeqForm {
    Header(Ty elem) {
      super(elem);
    }

    @Override
    long ptr(Machine m, int at) {
      return m.mem.getLong(at + HeapTypes.PTR);
    }

    @Override
    long len(Machine m, int at) {
      return m.mem.getLong(at + HeapTypes.LEN);
    }
  }

  private static final class Inline extends SeqForm {
    final long n;

    Inline(Ty elem, long n) {
      super(elem);
      this.n = n;
    }

    @Override
    long ptr(Machine m, int at) {
      return at;
    }

    @Override
    long len(Machine m, int at) {
      return n;
    }
  }

  private static final class Fat extends SeqForm {
    Fat(Ty elem) {
      super(elem);
    }

    @Override
    long ptr(Machine m, int at) {
      return m.mem.getLong(at);
    }

    @Override
    long len(Machine m, int at) {
      return m.mem.getLong(at + 8);
    }
  }

  private static final class Deref extends SeqForm {
    final SeqForm inner;

    Deref(SeqForm inner) {
      super(inner.elem);
      this.inner = inner;
    }

    @Override
    long ptr(Machine m, int at) {
      return inner.ptr(m, (int) m.mem.getLong(at));
    }

    @Override
    long len(Machine m, int at) {
      return inner.len(m, (int) m.mem.getLong(at));
    }
  }
}
