package rustle.interp;

/** Small adapters between node representations used by native method compilers. */
final class ExprCompilerAccess {
  private ExprCompilerAccess() {}

  static Node mem(Node n, int size) {
    return n instanceof MemNode ? n : new Control.AsMem(n, size);
  }
}
