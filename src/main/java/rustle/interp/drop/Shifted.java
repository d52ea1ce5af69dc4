package rustle.interp.drop;

import rustle.interp.rt.Machine;

/**
 * The glue of a value that owns something only at one offset (a RefCell's value, a struct whose one
 * owning field is not its first): nested offsets fold into one, and an Rc's drop folds it into its own
 * offset (SmartDrops.RcDrop), so that a list node's drop calls the next link's glue directly.
 */
final class Shifted extends Dropper {
  final Dropper inner;
  final int off;

  private Shifted(Dropper inner, int off) {
    this.inner = inner;
    this.off = off;
  }

  /** d at off bytes into the value; null when d is. */
  static Dropper of(Dropper d, int off) {
    if (d == null || off == 0) return d;
    if (d instanceof Shifted s) return new Shifted(s.inner, s.off + off);
    return new Shifted(d, off);
  }

  @Override
  public void drop(Machine m, int addr) {
    inner.drop(m, addr + off);
  }
}
