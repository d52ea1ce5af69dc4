package rustle.check;

import java.util.ArrayList;
import java.util.List;
import rustle.types.Infer;
import rustle.types.InferCells;
import rustle.types.Ty;

/** Creates and binds inference variables, with a trail so that failed probes can be undone. */
final class InferAccess {
  private final List<Infer> trail = new ArrayList<>();

  Infer make(int id, Infer.Kind kind, List<Infer> vars) {
    Infer v = InferCells.make(id, kind);
    vars.add(v);
    return v;
  }

  static Infer.Kind kind(Infer v) {
    return InferCells.kind(v);
  }

  boolean bind(Infer v, Ty t) {
    InferCells.bind(v, t);
    trail.add(v);
    return true;
  }

  int trailSize() {
    return trail.size();
  }

  void rollback(int mark) {
    while (trail.size() > mark) InferCells.bind(trail.remove(trail.size() - 1), null);
  }

  void clearTrail() {
    trail.clear();
  }
}
