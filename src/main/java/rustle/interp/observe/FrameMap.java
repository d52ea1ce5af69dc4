package rustle.interp.observe;

import java.util.List;
import rustle.types.Ty;

/**
 * The run-time description of one function instance's frame, built beside its compiled code only when
 * observing: each slot's name, type, offset from the frame top, size, drop flag and the lines of the
 * scope in which it exists.
 */
public final class FrameMap {
  /** One place in the frame. flagOff is 0 for values without a drop flag (nothing to drop). */
  public record Slot(String name, Ty ty, int offset, int size, int flagOff, int[] movedFlags, int fromLine,
      int toLine, boolean hidden, boolean deferredInit) {}

  public final String function;
  public boolean intrinsic;
  public final boolean userCode;
  public int frameSize;
  public List<Slot> slots = List.of();
  /** The line of the body's closing brace, where the frame's locals are dropped (0 if unknown). */
  public int endLine;
  /** The type arguments of this instance (for a method of {@code Vec<T>}, T among them). */
  public final List<Ty> typeArgs;

  public FrameMap(String function, boolean intrinsic, boolean userCode, List<Ty> typeArgs) {
    this.function = function;
    this.intrinsic = intrinsic;
    this.userCode = userCode;
    this.typeArgs = typeArgs;
  }
}
