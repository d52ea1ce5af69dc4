package rustle.interp;

/** A node whose value is an integer-like scalar of a known {@link Kind}. */
abstract class IntNode extends Node {
  final Kind kind;

  IntNode(Kind kind) {
    this.kind = kind;
  }

  @Override
  abstract long evalLong(Machine m, int fp);

  @Override
  void evalInto(Machine m, int fp, int dst) {
    long v = evalLong(m, fp);
    kind.store(m.mem, dst, v);
  }

  @Override
  int exec(Machine m, int fp) {
    evalLong(m, fp);
    return NORMAL;
  }
}
