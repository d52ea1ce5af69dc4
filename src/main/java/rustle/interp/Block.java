package rustle.interp;

/**
 * A block: statements run in order with status codes; an optional tail gives its value; at exit the
 * block's owning locals are dropped in reverse declaration order (flags say which still own a value).
 */
final class Block extends Node {
  final Node[] stmts;
  final Node tail;
  final DropSlot[] drops;

  Block(Node[] stmts, Node tail, DropSlot[] drops) {
    this.stmts = stmts;
    this.tail = tail;
    this.drops = drops;
  }

  /** Runs the statements; a non-normal status is returned after the block's drops ran. */
  int runStmts(Machine m, int fp) {
    if (drops.length != 0) DropSlot.clearAll(drops, m, fp);
    for (Node s : stmts) {
      int st = s.exec(m, fp);
      if (st != NORMAL) {
        if (drops.length != 0) DropSlot.dropAll(drops, m, fp);
        return st;
      }
    }
    return NORMAL;
  }

  void finish(Machine m, int fp) {
    if (drops.length != 0) DropSlot.dropAll(drops, m, fp);
  }

  private void jump(Machine m, int st) {
    m.pendingStatus = st;
    throw JumpSignal.INSTANCE;
  }

  @Override
  int exec(Machine m, int fp) {
    int st = runStmts(m, fp);
    if (st != NORMAL) return st;
    if (tail != null) {
      st = tail.exec(m, fp);
    }
    finish(m, fp);
    return st;
  }

  @Override
  long evalLong(Machine m, int fp) {
    int st = runStmts(m, fp);
    if (st != NORMAL) jump(m, st);
    if (drops.length == 0) return tail.evalLong(m, fp);
    try {
      return tail.evalLong(m, fp);
    } finally {
      finish(m, fp);
    }
  }

  @Override
  double evalDouble(Machine m, int fp) {
    int st = runStmts(m, fp);
    if (st != NORMAL) jump(m, st);
    try {
      return tail.evalDouble(m, fp);
    } finally {
      finish(m, fp);
    }
  }

  @Override
  void evalInto(Machine m, int fp, int dst) {
    int st = runStmts(m, fp);
    if (st != NORMAL) jump(m, st);
    try {
      if (tail != null) tail.evalInto(m, fp, dst);
    } finally {
      finish(m, fp);
    }
  }
}
