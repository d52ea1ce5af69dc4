package rustle.borrowck;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** A forward dataflow fixpoint over a body's blocks, as rustc_mir_dataflow runs one. */
final class Dataflow {
  private Dataflow() {}

  /** The lattice of one analysis: states joined by union. */
  interface Analysis<S> {
    S bottom();

    S copy(S s);

    /** Joins from into into, telling whether into changed. */
    boolean join(S into, S from);

    void apply(S state, Statement s, int block, int index);
  }

  /** The state on entry to every block. */
  static <S> List<S> forward(Body body, S entry, Analysis<S> a) {
    int n = body.blocks.size();
    List<S> in = new ArrayList<>(n);
    for (int i = 0; i < n; i++) in.add(i == 0 ? entry : a.bottom());
    ArrayDeque<Integer> work = new ArrayDeque<>();
    boolean[] queued = new boolean[n];
    for (int i = 0; i < n; i++) {
      work.add(i);
      queued[i] = true;
    }
    while (!work.isEmpty()) {
      int bi = work.poll();
      queued[bi] = false;
      S s = a.copy(in.get(bi));
      BasicBlock blk = body.blocks.get(bi);
      for (int i = 0; i < blk.stmts.size(); i++) a.apply(s, blk.stmts.get(i), bi, i);
      for (int succ : blk.succ) {
        if (a.join(in.get(succ), s) && !queued[succ]) {
          work.add(succ);
          queued[succ] = true;
        }
      }
    }
    return in;
  }
}
