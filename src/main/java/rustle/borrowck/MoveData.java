package rustle.borrowck;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every move out of a place of the body (rustc's MoveData.moves), numbered: the moves the
 * initialization analysis tracks. Moves out of borrowed data or out of an index are errors, not
 * moves, and temporaries are always initialized before use, so neither is tracked.
 */
final class MoveData {
  /** One move site: what was moved and where. */
  record MoveOut(int index, Operand.Move op, int block, int stmt) {}

  final List<MoveOut> moves = new ArrayList<>();
  private final Map<Operand, Integer> byOperand = new IdentityHashMap<>();
  private final Map<Integer, List<MoveOut>> byLocal = new java.util.HashMap<>();

  MoveData(Body body) {
    for (int bi = 0; bi < body.blocks.size(); bi++) {
      List<Statement> stmts = body.blocks.get(bi).stmts;
      for (int si = 0; si < stmts.size(); si++) {
        for (Operand o : operands(stmts.get(si))) {
          if (o instanceof Operand.Move m && tracked(body, m.place())) {
            byOperand.put(o, moves.size());
            MoveOut mo = new MoveOut(moves.size(), m, bi, si);
            moves.add(mo);
            byLocal.computeIfAbsent(m.place().local(), k -> new ArrayList<>()).add(mo);
          }
        }
      }
    }
  }

  static boolean tracked(Body body, Place p) {
    if (body.local(p.local()).isTemp() || p.throughRef()) return false;
    for (Place.Elem e : p.projection()) if (e instanceof Place.Index) return false;
    return true;
  }

  /** The moves out of places based on local. */
  List<MoveOut> ofLocal(int local) {
    return byLocal.getOrDefault(local, List.of());
  }

  /** The move-out index of an operand, or -1. */
  int indexOf(Operand o) {
    Integer i = byOperand.get(o);
    return i == null ? -1 : i;
  }

  static List<Operand> operands(Statement s) {
    if (!(s instanceof Statement.Assign a)) return List.of();
    Rvalue rv = a.rv();
    if (rv instanceof Rvalue.Use u) return List.of(u.op());
    if (rv instanceof Rvalue.Aggregate ag) return ag.ops();
    if (rv instanceof Rvalue.Call c) return c.args();
    return List.of();
  }
}
