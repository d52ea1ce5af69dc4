package rustle.interp;

import rustle.ast.Expr;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * A constant rvalue borrowed shared ({@code &[1, 2]}, {@code &5}): rustc promotes it to a static
 * (check.Promotion says which), so it lives in the static region, not in the frame, and a reference
 * to it may be returned. Its value is written there on the first evaluation; being constant, it
 * never changes, and nothing may write through a shared borrow of it.
 */
final class Promoted extends Place {
  private final Node init;
  private final int addr;
  private boolean ready;

  private Promoted(Node init, int addr) {
    this.init = init;
    this.addr = addr;
  }

  /** The static place holding e's value. */
  static Place of(FnCompiler f, Expr e) {
    Ty ty = f.ty(e);
    Layout l = f.layout(ty);
    return new Promoted(f.exprs.value(e), f.c.mem.allocStatic(Math.max(l.size, 1), Math.max(l.align, 1)));
  }

  @Override
  public int addr(Machine m, int fp) {
    if (!ready) {
      ready = true;
      init.evalInto(m, fp, addr);
    }
    return addr;
  }
}
