package rustle.interp.nodes;

import rustle.interp.rt.Machine;

/** Lexicographic comparison of two sequences, whatever form each is held in (see {@link SeqForm}). */
final class SeqEq extends Equality.Eq {
  final SeqForm a;
  final SeqForm b;
  final Equality.Eq elem;
  final int strideA;
  final int strideB;

  SeqEq(SeqForm a, SeqForm b, Equality.Eq elem, int strideA, int strideB) {
    this.a = a;
    this.b = b;
    this.elem = elem;
    this.strideA = strideA;
    this.strideB = strideB;
  }

  @Override
  public int cmp(Machine m, int x, int y) {
    return compare(m, x, y, false);
  }

  @Override
  public int total(Machine m, int x, int y) {
    return compare(m, x, y, true);
  }

  private int compare(Machine m, int x, int y, boolean total) {
    long px = a.ptr(m, x);
    long py = b.ptr(m, y);
    long lx = a.len(m, x);
    long ly = b.len(m, y);
    for (long i = 0; i < Math.min(lx, ly); i++) {
      int ea = (int) (px + i * strideA);
      int eb = (int) (py + i * strideB);
      int c = total ? elem.total(m, ea, eb) : elem.cmp(m, ea, eb);
      if (c != 0) return c;
    }
    return Long.compare(lx, ly);
  }

  @Override
  public boolean eq(Machine m, int x, int y) {
    long lx = a.len(m, x);
    if (lx != b.len(m, y)) return false;
    long px = a.ptr(m, x);
    long py = b.ptr(m, y);
    for (long i = 0; i < lx; i++) {
      if (!elem.eq(m, (int) (px + i * strideA), (int) (py + i * strideB))) return false;
    }
    return true;
  }
}
