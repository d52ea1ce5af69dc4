package rustle.interp.nodes;

import rustle.interp.drop.Dropper;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;

/**
 * An expression statement whose value is held as a scalar but owns something ({@code make();} returning
 * a Box): the value goes to a temporary slot and is dropped there at once, as rustc drops it.
 */
public final class DiscardScalar extends Node {
  final Node value;
  final Kind kind;
  final int off;
  final Dropper dropper;

  public DiscardScalar(Node value, Kind kind, int off, Dropper dropper) {
    this.value = value;
    this.kind = kind;
    this.off = off;
    this.dropper = dropper;
  }

  @Override
  public int exec(Machine m, int fp) {
    kind.store(m.mem, fp + off, value.evalLong(m, fp));
    dropper.drop(m, fp + off);
    return NORMAL;
  }

  @Override
  public void evalInto(Machine m, int fp, int dst) {
    execAsValue(m, fp);
  }
}
