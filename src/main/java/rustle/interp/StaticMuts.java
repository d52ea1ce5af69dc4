package rustle.interp;

import java.util.HashMap;
import java.util.Map;
import rustle.ast.Expr;
import rustle.check.ConstDef;
import rustle.check.Res;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * {@code static mut} items: each has one place in the static region of the simulated memory (other statics
 * are inlined like constants, as their value never changes). The initializer is a constant expression, so
 * it is written there on the first access from whichever function comes first.
 */
final class StaticMuts {
  /** One static's storage and whether its initial value has been written. */
  private static final class Slot {
    int addr = -1;
    boolean ready;
  }

  private final Map<ConstDef, Slot> slots = new HashMap<>();

  static boolean is(Object res) {
    return res instanceof Res.Const c && c.def().item.isStatic() && c.def().item.mutable();
  }

  /** The place of the static that path resolves to. */
  Place place(FnCompiler f, Expr.PathExpr path) {
    ConstDef def = ((Res.Const) f.t.res[path.id()]).def();
    Ty ty = f.sub(def.ty);
    Layout l = f.layout(ty);
    Slot slot = slots.computeIfAbsent(def, d -> new Slot());
    if (slot.addr < 0) slot.addr = f.c.mem.allocStatic(l.size, l.align);
    Node init = f.exprs.value(def.item.value());
    return new Place() {
      @Override
      public int addr(Machine m, int fp) {
        if (!slot.ready) {
          slot.ready = true;
          init.evalInto(m, fp, slot.addr);
        }
        return slot.addr;
      }
    };
  }
}
