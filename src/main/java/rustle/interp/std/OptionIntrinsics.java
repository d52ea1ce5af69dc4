package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/** The native part of Option and Result: {@code unwrap_or_default}, which needs {@code T::default()}. */
final class OptionIntrinsics {
  private OptionIntrinsics() {}

  static Intrinsics.Impl of(FnCompiler f, String owner, String name, Intrinsics.Args a, Ty payload) {
    if (!name.equals("unwrap_or_default")) return null;
    Ty self = Infer.shallow(f.code.def.params.get(0));
    Layout l = f.layout(rustle.types.Subst.apply(self, f.code.typeArgs));
    EnumAccess acc = new EnumAccess(l);
    int present = owner.equals("Option") ? 1 : 0;
    int off = l.variantOffsets[present][0];
    int size = f.size(payload);
    // DefaultValue knows derived and hand-written impls too (Option<Config>::unwrap_or_default).
    rustle.interp.nodes.DefaultValue d = rustle.interp.nodes.DefaultValue.of(f, payload);
    if (d == null) throw new IllegalStateException("no Default for " + payload);
    // Result's error is dropped when the default replaces it.
    rustle.interp.drop.Dropper errDrop = owner.equals("Result") ? f.c.drops.of(f.code.typeArgs.get(1)) : null;
    int errOff = errDrop == null ? 0 : l.variantOffsets[1][0];
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        int v = a.at(fp, 0);
        if (acc.variant(m.mem, v) == present) m.mem.copy(v + off, dst, size);
        else {
          if (errDrop != null) errDrop.drop(m, v + errOff);
          d.evalInto(m, fp, dst);
        }
      }
    };
  }
}
