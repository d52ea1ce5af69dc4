package rustle.interp;

import java.util.List;
import rustle.check.CtorFns;
import rustle.interp.drop.DropSlot;
import rustle.interp.nodes.Aggregates;
import rustle.interp.nodes.Block;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.nodes.Loads;
import rustle.interp.nodes.Places;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Node;
import rustle.interp.rt.Rep;
import rustle.types.FnSig;
import rustle.types.Layout;
import rustle.types.Prim;
import rustle.types.Subst;
import rustle.types.Ty;

/**
 * The code of a tuple constructor called as a function (through a fn pointer, a vtable or a generic
 * {@code F: Fn}): its parameters are the fields, moved into the value it returns.
 */
final class CtorCode {
  private CtorCode() {}

  static FnCode build(Compiler c, CtorFns.Ctor ctor, FnSig.Def def, List<Ty> args) {
    FnCode code = new FnCode(def, args, def.path());
    Ty.Adt adt = (Ty.Adt) Subst.apply(ctor.adt(), args);
    List<Ty> fields = Subst.all(def.params, args);
    FrameAlloc frame = new FrameAlloc();
    int[] offs = new int[fields.size()];
    Node[] parts = new Node[fields.size()];
    for (int i = 0; i < offs.length; i++) {
      Ty t = fields.get(i);
      Layout l = c.layouts.of(t);
      offs[i] = frame.alloc(l.size, l.align);
      switch (Rep.of(t)) {
        case INT: parts[i] = Loads.local(offs[i], Kind.of(t)); break;
        case FLOAT: parts[i] = new Loads.LoadFloat(new Places.Local(offs[i]), t == Prim.F32); break;
        default: parts[i] = new Loads.Copy(new Places.Local(offs[i]), l.size, 0); break;
      }
    }
    Layout l = c.layouts.of(adt);
    int[] at = adt.def().isEnum ? l.variantOffsets[ctor.variant()] : l.offsets;
    Node value = new Aggregates.Build(l.size, parts, java.util.Arrays.copyOf(at, parts.length),
        adt.def().isEnum ? new EnumAccess(l) : null, ctor.variant());
    code.body = new Block(new Node[0], value, new DropSlot[0]);
    code.paramOffs = offs;
    code.frameSize = frame.size();
    return code;
  }
}
