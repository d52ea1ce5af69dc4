package rustle.lint;

import java.util.HashMap;
import java.util.Map;
import rustle.check.LocalVar;

/**
 * The values of one body's locals as rustc's walk over its basic blocks would hold them: epoch counts
 * basic blocks (bumped at least wherever MIR ends one), seq orders the writes so that a whole stretch
 * of them can be hidden at once (visibleFrom) where rustc may have forgotten them.
 */
final class Env {
  private record Slot(Val val, int epoch, int seq, boolean param) {}

  private final Map<LocalVar, Slot> slots = new HashMap<>();
  private final Scan scan;
  int epoch;
  /** The last epoch that certainly began a new basic block in rustc's MIR too. */
  private int certain;
  int seq;
  int visibleFrom;

  Env(Scan scan) {
    this.scan = scan;
  }

  /** A basic block certainly ends here in MIR (a call, an assertion, a branch). */
  void bump() {
    certain = ++epoch;
  }

  /** A basic block may end here (drops at a scope's end): values read before are not relied on after. */
  void mayEnd() {
    epoch++;
  }

  /** Every value written so far becomes unsure: rustc's walk may have passed their StorageDead. */
  void hideAll() {
    visibleFrom = ++seq;
  }

  /** v if it may still be used here: a value read from a block-local local is good in its block only. */
  Val valid(Val v) {
    return v instanceof Val.Known k && k.epoch() != -1 && k.epoch() != epoch ? null : v;
  }

  void param(LocalVar v) {
    slots.put(v, new Slot(Val.OPAQUE, epoch, ++seq, true));
  }

  Val read(LocalVar v) {
    Slot s = slots.get(v);
    if (s == null || s.seq < visibleFrom) return null;
    boolean once = scan.writtenOnce(v);
    if (s.val == Val.OPAQUE) return once || s.epoch == epoch || s.epoch < certain ? Val.OPAQUE : null;
    // written only before a certain block boundary: rustc has forgotten it (OnlyInsideOwnBlock)
    if (!once && s.epoch < certain) return Val.OPAQUE;
    if (!(s.val instanceof Val.Known k) || scan.escaped(v)) return null;
    if (once) return k;
    return s.epoch == epoch ? new Val.Known(k.value(), k.ty(), epoch) : null;
  }

  void write(LocalVar v, Val val) {
    Slot old = slots.get(v);
    Val good = valid(val);
    if (good instanceof Val.Known k) good = new Val.Known(k.value(), k.ty());
    if (old != null && old.seq < visibleFrom) {
      // a write in a branch rustc visits later: the value after it is not known on the path walked now
      slots.put(v, new Slot(null, epoch, old.seq, false));
      return;
    }
    slots.put(v, new Slot(good, epoch, ++seq, false));
  }
}
