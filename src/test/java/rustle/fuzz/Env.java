package rustle.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the generator knows at a program point: the variables in scope with their types, whether each is
 * initialised, moved, or frozen by a live borrow, and how deep in loops and conditionals it was declared.
 * The rules are deliberately stricter than rustc's, so every program it allows passes the borrow checker.
 */
final class Env {
  enum Frozen { NO, SHARED, MUT }

  /** One variable binding (shadowed ones stay in their scope, only unreachable by name). */
  static final class Var {
    final String name;
    final Ty ty;
    final boolean mutable;
    final int loopDepth;
    final int ctrlDepth;
    boolean moved;
    Frozen frozen = Frozen.NO;

    Var(String name, Ty ty, boolean mutable, int loopDepth, int ctrlDepth) {
      this.name = name;
      this.ty = ty;
      this.mutable = mutable;
      this.loopDepth = loopDepth;
      this.ctrlDepth = ctrlDepth;
    }
  }

  private final List<List<Var>> scopes = new ArrayList<>();
  int loopDepth;
  int ctrlDepth;
  /** Inside a loop body: whether `break`/`continue` are allowed (not inside an inner fn or closure). */
  boolean inLoop;

  Env() {
    scopes.add(new ArrayList<>());
  }

  void push() {
    scopes.add(new ArrayList<>());
  }

  void pop() {
    scopes.remove(scopes.size() - 1);
  }

  Var declare(String name, Ty ty, boolean mutable) {
    Var v = new Var(name, ty, mutable, loopDepth, ctrlDepth);
    scopes.get(scopes.size() - 1).add(v);
    return v;
  }

  /** The variable a name refers to here (the innermost, latest binding). */
  Var lookup(String name) {
    for (int i = scopes.size() - 1; i >= 0; i--) {
      List<Var> s = scopes.get(i);
      for (int j = s.size() - 1; j >= 0; j--) {
        if (s.get(j).name.equals(name)) {
          return s.get(j);
        }
      }
    }
    return null;
  }

  /** Visible (not shadowed) variables matching p. */
  List<Var> visible(Predicate<Var> p) {
    List<Var> out = new ArrayList<>();
    Map<String, Boolean> seen = new HashMap<>();
    for (int i = scopes.size() - 1; i >= 0; i--) {
      List<Var> s = scopes.get(i);
      for (int j = s.size() - 1; j >= 0; j--) {
        Var v = s.get(j);
        if (seen.putIfAbsent(v.name, true) == null && p.test(v)) {
          out.add(v);
        }
      }
    }
    return out;
  }

  /** Readable: initialised and not mutably borrowed. */
  static boolean readable(Var v) {
    return !v.moved && v.frozen != Frozen.MUT;
  }

  /** Can be moved out of here: readable, not borrowed at all, declared in the current loop body. */
  boolean movable(Var v) {
    return !v.moved && v.frozen == Frozen.NO && v.loopDepth == loopDepth;
  }

  /** Can be mutated in place (assigned, pushed to, borrowed mutably). */
  static boolean mutable(Var v) {
    return v.mutable && !v.moved && v.frozen == Frozen.NO;
  }

  /** Snapshot of which variables are moved, to generate the arms of a conditional from the same state. */
  Map<Var, Boolean> snapshot() {
    Map<Var, Boolean> m = new HashMap<>();
    for (List<Var> s : scopes) {
      for (Var v : s) {
        m.put(v, v.moved);
      }
    }
    return m;
  }

  void restore(Map<Var, Boolean> snap) {
    snap.forEach((v, moved) -> v.moved = moved);
  }

  /** After a conditional: a variable moved on any path is treated as moved. */
  static void mergeMoved(Map<Var, Boolean> a, Map<Var, Boolean> b) {
    a.forEach((v, moved) -> {
      if (moved || b.getOrDefault(v, false)) {
        v.moved = true;
      }
    });
  }

  Map<Var, Boolean> movedNow(Map<Var, Boolean> base) {
    Map<Var, Boolean> m = new HashMap<>();
    base.keySet().forEach(v -> m.put(v, v.moved));
    return m;
  }
}
