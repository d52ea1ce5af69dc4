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

  /**
   * {@code items.into_iter()} of a generic {@code I: IntoIterator} whose instance is a collection by value
   * (a Vec, a table, a deque...): the iterator a {@code for} loop over it makes, which the checker gave as
   * the instance's {@code <I as IntoIterator>::IntoIter}.
   */
  public static Node intoIter(FnCompiler f, rustle.ast.Expr receiver, rustle.types.Ty x, rustle.types.Ty ret) {
    ForCompiler.Source src = new ForCompiler(f).source(receiver, x);
    if (src.init() == null || !src.iterTy().equals(rustle.types.Infer.shallow(f.sub(ret)))) {
      throw new Unsupported("`into_iter` of this collection passed for a generic `IntoIterator`", receiver.span());
    }
    return src.init();
  }
}
