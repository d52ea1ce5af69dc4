package rustle.interp.std;

import rustle.interp.rt.Machine;

/**
 * The native {@code Iterator::next} of one iterator type whose state lives in memory: advances the
 * iterator at {@code it} and writes the next item at {@code dst}, or returns false when exhausted.
 */
public abstract class Stepper {
  public abstract boolean next(Machine m, int it, int dst);

  /** {@code next_back}, for iterators that are double-ended. */
  public boolean nextBack(Machine m, int it, int dst) {
    throw new IllegalStateException("not double-ended");
  }
}
