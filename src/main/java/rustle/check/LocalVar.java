package rustle.check;

import rustle.ast.Span;
import rustle.types.Ty;

/** A local variable (binding) of one function body: its index in that function, type and mutability. */
public final class LocalVar {
  public final String name;
  public final int index;
  public final boolean mutable;
  public final Span span;
  public final int patternId;
  public Ty ty;

  LocalVar(String name, int index, boolean mutable, Span span, int patternId, Ty ty) {
    this.name = name;
    this.index = index;
    this.mutable = mutable;
    this.span = span;
    this.patternId = patternId;
    this.ty = ty;
  }

  @Override
  public String toString() {
    return name + "#" + index;
  }
}
