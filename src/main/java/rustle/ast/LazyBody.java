package rustle.ast;

import java.util.AbstractList;

/**
 * A function body that is decoded when first asked for: the prelude's cache (rustle.driver.AstReader)
 * leaves most of its bodies encoded, since a run reaches a few of them. {@link Item.FnItem#body()}
 * returns the decoded block; the item itself holds a stand-in block whose statement list is this object.
 * The decode happens once, whichever thread asks first, so every caller sees the same nodes.
 */
public abstract class LazyBody extends AbstractList<Stmt> {
  /** How many bodies have been decoded in this process (guarded by the class: for measurements). */
  private static int decodes;
  private volatile Expr.Block block;

  /** The body, decoded on the first call. */
  public final Expr.Block block() {
    Expr.Block b = block;
    if (b == null) {
      synchronized (this) {
        b = block;
        if (b == null) {
          block = b = decode();
          counted();
        }
      }
    }
    return b;
  }

  /** Whether the body has been decoded (for tests and measurements). */
  public final boolean decoded() {
    return block != null;
  }

  protected abstract Expr.Block decode();

  private static synchronized void counted() {
    decodes++;
  }

  /** How many bodies this process has decoded so far. */
  public static synchronized int decodes() {
    return decodes;
  }

  /** A stand-in for the body in its item (never seen outside {@link Item.FnItem}). */
  public final Expr.Block standIn() {
    return new Expr.Block(-1, Span.NONE, this, null, false);
  }

  // As a list it is the body's statements, so that code holding the stand-in still reads the right ones.
  @Override
  public Stmt get(int i) {
    return block().stmts().get(i);
  }

  @Override
  public int size() {
    return block().stmts().size();
  }
}
