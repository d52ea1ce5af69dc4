package rustle.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Shrinks a program while it still compiles under rustc and rustle still disagrees with it the same way:
 * delta debugging over the statements and items of each block, outermost first (a removed block takes
 * its contents with it). Each round's candidates are compiled by rustc in one batch.
 */
final class Reducer {
  private final Rustc rustc;
  private final Rustle rustle;
  private final String kind;
  private final long deadline;
  int tests;

  Reducer(Rustc rustc, Rustle rustle, String kind, long budgetMillis) {
    this.rustc = rustc;
    this.rustle = rustle;
    this.kind = kind;
    this.deadline = System.currentTimeMillis() + budgetMillis;
  }

  Code reduce(Code program) throws Exception {
    return reduce(program, c -> c);
  }

  private Code reduce(Code node, UnaryOperator<Code> wrap) throws Exception {
    List<Code> kids = ddmin(node.kids, ks -> wrap.apply(node.withKids(ks)));
    kids = unwrap(kids, ks -> wrap.apply(node.withKids(ks)));
    Code cur = node.withKids(kids);
    for (int i = 0; i < cur.kids.size(); i++) {
      Code kid = cur.kids.get(i);
      if (kid.kids.isEmpty()) {
        continue;
      }
      final Code at = cur;
      final int idx = i;
      Code small = reduce(kid, k -> wrap.apply(at.withKids(replace(at.kids, idx, k))));
      cur = cur.withKids(replace(cur.kids, i, small));
    }
    return cur;
  }

  private interface Build {
    Code apply(List<Code> kids);
  }

  private List<Code> ddmin(List<Code> kids, Build build) throws Exception {
    List<Code> cur = new ArrayList<>(kids);
    int n = 2;
    while (System.currentTimeMillis() < deadline) {
      List<Integer> removable = new ArrayList<>();
      for (int i = 0; i < cur.size(); i++) {
        if (cur.get(i).removable) {
          removable.add(i);
        }
      }
      if (removable.isEmpty()) {
        break;
      }
      n = Math.min(n, removable.size());
      List<List<Code>> candidates = new ArrayList<>();
      int chunk = (removable.size() + n - 1) / n;
      for (int start = 0; start < removable.size(); start += chunk) {
        List<Integer> drop = removable.subList(start, Math.min(removable.size(), start + chunk));
        List<Code> cand = new ArrayList<>();
        for (int i = 0; i < cur.size(); i++) {
          if (!drop.contains(i)) {
            cand.add(cur.get(i));
          }
        }
        candidates.add(cand);
      }
      int hit = firstInteresting(candidates, build);
      if (hit >= 0) {
        cur = candidates.get(hit);
        n = Math.max(n - 1, 2);
      } else if (n >= removable.size()) {
        break;
      } else {
        n = Math.min(removable.size(), n * 2);
      }
    }
    return cur;
  }

  /** Replaces blocks (an `if`, a loop, a nested block) by their statements while that stays interesting. */
  private List<Code> unwrap(List<Code> kids, Build build) throws Exception {
    List<Code> cur = kids;
    boolean changed = true;
    while (changed && System.currentTimeMillis() < deadline) {
      changed = false;
      List<List<Code>> candidates = new ArrayList<>();
      for (int i = 0; i < cur.size(); i++) {
        Code k = cur.get(i);
        if (k.removable && k.head != null && k.tail != null && !k.head.startsWith("fn ")
            && !k.head.startsWith("impl ")) {
          List<Code> cand = new ArrayList<>(cur.subList(0, i));
          flatten(k.kids, cand);
          cand.addAll(cur.subList(i + 1, cur.size()));
          candidates.add(cand);
        }
      }
      if (candidates.isEmpty()) {
        break;
      }
      int hit = firstInteresting(candidates, build);
      if (hit >= 0) {
        cur = candidates.get(hit);
        changed = true;
      }
    }
    return cur;
  }

  private static void flatten(List<Code> kids, List<Code> into) {
    for (Code k : kids) {
      if (k.head == null && !k.removable) {
        flatten(k.kids, into); // an if/else's arms
      } else if (!(k.isLeaf() && !k.removable && k.head.startsWith("}"))) {
        into.add(k);
      }
    }
  }

  private int firstInteresting(List<List<Code>> candidates, Build build) throws Exception {
    List<String> programs = new ArrayList<>();
    for (List<Code> c : candidates) {
      programs.add(build.apply(c).render());
    }
    List<Outcome> expected = rustc.run(programs);
    for (int i = 0; i < programs.size(); i++) {
      if (expected.get(i).exit() == Rustc.REJECTED) {
        continue;
      }
      tests++;
      Outcome actual = rustle.run(programs.get(i), 20_000);
      if (kind.equals(Verdict.classify(expected.get(i), actual, programs.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  private static List<Code> replace(List<Code> xs, int i, Code x) {
    List<Code> out = new ArrayList<>(xs);
    out.set(i, x);
    return out;
  }
}
