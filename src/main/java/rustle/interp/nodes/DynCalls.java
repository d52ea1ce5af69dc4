package rustle.interp.nodes;

import rustle.ast.Span;
import rustle.interp.rt.CodeTable;
import rustle.interp.rt.FloatNode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.interp.observe.Observer;

/**
 * Calls whose callee is known only at run time: a trait method or a boxed closure reached through a
 * trait object's vtable, and a call through a {@code fn} pointer. The callee's address is read from
 * the simulated memory and looked up in the {@link CodeTable}; the frame is then pushed as for a direct
 * call, with the object's data pointer first when the callee takes one.
 */
public final class DynCalls {
  private DynCalls() {}

  /**
   * Where the callee comes from. For a vtable call, target is the fat pointer (data, vtable), built in
   * the caller's scratch slot, and slot the entry's index in the vtable; for a fn pointer call, target is
   * the pointer and slot is -1.
   */
  public static final class Callee {
    final Node target;
    final int scratch;
    final int slot;
    final CodeTable table;
    final Node[] args;
    final Span span;
    final Observer obs;
    /**
     * The place the fat pointer lies in when target only copies it from there ({@code shapes[i].area()},
     * {@code x.area()}): it is read where it lies instead of through a copy in the scratch slot. Nothing
     * runs between the read of the vtable and that of the data pointer, so both see the same bytes.
     */
    final Place fat;

    public Callee(Node target, int scratch, int slot, CodeTable table, Node[] args, Span span, Observer obs,
        boolean inPlace) {
      this.target = target;
      this.scratch = scratch;
      this.slot = slot;
      this.table = table;
      this.args = args;
      this.span = span;
      this.obs = obs;
      this.fat = inPlace && slot >= 0 && target instanceof Loads.Copy c && c.size == 16 && c.flagOff == 0 ? c.place : null;
    }

    /** The address of the fat pointer (data, vtable) of a vtable call; 0 for a fn pointer call. */
    int fatAddr(Machine m, int fp) {
      if (slot < 0) return 0;
      if (fat != null) return fat.addr(m, fp);
      target.evalInto(m, fp, fp + scratch);
      return fp + scratch;
    }

    CodeTable.Entry resolve(Machine m, int fp, int at) {
      if (slot < 0) return table.fn(((IntNode) target).evalLong(m, fp));
      long vtable = m.mem.getLong(at + 8);
      long code = m.mem.getLong((int) vtable + 8 * slot);
      // A fn pointer as a closure trait object: the data pointer points at the fn pointer to call. A
      // capture-free closure reached this way then gets that address as its (zero-sized) environment.
      if (code == table.throughPointer) code = m.mem.getLong((int) m.mem.getLong(at));
      return table.fn(code);
    }

    /** Pushes the callee's frame and fills its parameters; returns the new frame pointer. */
    int enter(Machine m, int fp, CodeTable.Entry e, int at) {
      int nfp = m.pushFrame(e.code().frameSize);
      int[] offs = e.code().paramOffs;
      int p = 0;
      if (e.takesEnv()) {
        // The object's data pointer (a closure's environment); a fn pointer to a closure that captures
        // nothing gets the dangling address of its zero-sized environment.
        long env = slot < 0 ? 1 : m.mem.getLong(at);
        m.mem.putLong(nfp + offs[p++], env);
      }
      for (Node a : args) {
        // Scalars are stored here rather than through their evalInto: one virtual call fewer.
        int dst = nfp + offs[p++];
        if (a instanceof FloatNode fl && !fl.f32) m.mem.putDouble(dst, fl.evalDouble(m, fp));
        else if (a instanceof IntNode in && in.kind.size == 8) m.mem.putLong(dst, in.evalLong(m, fp));
        else a.evalInto(m, fp, dst);
      }
      return nfp;
    }
  }

  public static final class Int extends IntNode {
    final Callee c;

    public Int(Callee c, Kind k) {
      super(k);
      this.c = c;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      int sp0 = m.sp;
      int at = c.fatAddr(m, fp);
      CodeTable.Entry e = c.resolve(m, fp, at);
      if (c.obs != null) c.obs.enter(e.code().map, sp0, c.span);
      try {
        int nfp = c.enter(m, fp, e, at);
        long r;
        if (e.code().intrinsic != null) {
          r = e.code().intrinsic.callLong(m, nfp, c.span);
        } else {
          r = e.code().callLong(m, nfp);
        }
        m.sp = sp0;
        return r;
      } finally {
        if (c.obs != null) c.obs.leave(e.code().map, sp0);
      }
    }
  }

  public static final class Float extends FloatNode {
    final Callee c;

    public Float(Callee c, boolean f32) {
      super(f32);
      this.c = c;
    }

    @Override
    public double evalDouble(Machine m, int fp) {
      int sp0 = m.sp;
      int at = c.fatAddr(m, fp);
      CodeTable.Entry e = c.resolve(m, fp, at);
      if (c.obs != null) c.obs.enter(e.code().map, sp0, c.span);
      try {
        int nfp = c.enter(m, fp, e, at);
        double r = e.code().intrinsic != null ? e.code().intrinsic.callDouble(m, nfp, c.span)
            : e.code().callDouble(m, nfp);
        m.sp = sp0;
        return r;
      } finally {
        if (c.obs != null) c.obs.leave(e.code().map, sp0);
      }
    }
  }

  public static final class Mem extends MemNode {
    final Callee c;

    public Mem(Callee c, int size) {
      super(size);
      this.c = c;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      int sp0 = m.sp;
      int at = c.fatAddr(m, fp);
      CodeTable.Entry e = c.resolve(m, fp, at);
      if (c.obs != null) c.obs.enter(e.code().map, sp0, c.span);
      try {
        int nfp = c.enter(m, fp, e, at);
        if (e.code().intrinsic != null) e.code().intrinsic.callInto(m, nfp, dst, c.span);
        else e.code().callInto(m, nfp, dst);
        m.sp = sp0;
      } finally {
        if (c.obs != null) c.obs.leave(e.code().map, sp0);
      }
    }

    @Override
    public int exec(Machine m, int fp) {
      if (size == 0) {
        evalInto(m, fp, 0);
        return NORMAL;
      }
      return super.exec(m, fp);
    }
  }

  /** A thin pointer to a concrete value becomes a fat pointer to a trait object: (data, vtable). */
  public static final class Unsize extends MemNode {
    final IntNode ptr;
    final long vtable;

    public Unsize(IntNode ptr, long vtable) {
      super(16);
      this.ptr = ptr;
      this.vtable = vtable;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      m.mem.putLong(dst, ptr.evalLong(m, fp));
      m.mem.putLong(dst + 8, vtable);
    }
  }

  /** A fn item or a capture-free closure turned into a fn pointer: the value is evaluated, its address is the result. */
  public static final class Reify extends IntNode {
    final Node value;
    final long addr;

    public Reify(Node value, long addr) {
      super(Kind.U64);
      this.value = value;
      this.addr = addr;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      value.exec(m, fp);
      return addr;
    }
  }
}
