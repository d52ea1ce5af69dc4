package rustle.interp;

import rustle.interp.nodes.Control;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;

/** Small adapters between node representations used by native method compilers. */
public final class ExprCompilerAccess {
  private ExprCompilerAccess() {}

  public static Node mem(Node n, int size) {
    return n instanceof MemNode ? n : new Control.AsMem(n, size);
  }
}
