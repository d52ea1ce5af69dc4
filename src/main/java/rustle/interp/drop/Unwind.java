package rustle.interp.drop;

import rustle.interp.rt.JumpSignal;
import rustle.interp.rt.Machine;
import rustle.interp.rt.RustPanic;

/**
 * The one exceptional way out of a scope (docs/evaluator.md, "Leaving a scope"). A scope that owns
 * values drops them on its normal exits itself (fall-through and the status codes of break, continue
 * and return); when a Java exception leaves it instead, its handler calls {@link #leave}: a
 * {@link JumpSignal} (a jump out of a value context) drops the values as a normal exit does; a
 * {@link RustPanic} drops them while unwinding, innermost scope first, after the panic message was
 * printed; a panic raised by a drop during unwinding aborts the process as Rust does. Other
 * exceptions (exit, abort, stack overflow, rustle's own errors) end the run without drops, like
 * {@code process::exit} and {@code abort}. Handlers cost nothing while no exception is thrown.
 */
public final class Unwind {
  private Unwind() {}

  /** Drops slots on an exceptional exit; returns e for the handler to rethrow. */
  public static RuntimeException leave(Machine m, RuntimeException e, DropSlot[] slots, int fp) {
    if (e instanceof JumpSignal) {
      // (A Drop impl keeps the pending transfer: DropGlue.callDrop saves the machine's registers.)
      DropSlot.dropAll(slots, m, fp);
    } else if (e instanceof RustPanic p) {
      m.reportPanic(p);
      try {
        DropSlot.dropAll(slots, m, fp);
      } catch (RustPanic second) {
        throw m.abortInCleanup(second);
      }
    }
    return e;
  }

  /** Drops one value at addr on an exceptional exit (an iterator a loop owns, a scratch value). */
  public static RuntimeException leave(Machine m, RuntimeException e, Dropper d, int addr) {
    if (e instanceof JumpSignal) {
      d.drop(m, addr);
    } else if (e instanceof RustPanic p) {
      m.reportPanic(p);
      try {
        d.drop(m, addr);
      } catch (RustPanic second) {
        throw m.abortInCleanup(second);
      }
    }
    return e;
  }

  /** What a half-finished operation must undo when it is left exceptionally. */
  @FunctionalInterface
  public interface Cleanup {
    void run();
  }

  /**
   * Runs cleanup on an exceptional exit, as the scope forms above do with their slots: for a jump as on
   * a normal exit, for a panic after the panic message, aborting if the cleanup itself panics.
   */
  public static RuntimeException leave(Machine m, RuntimeException e, Cleanup cleanup) {
    if (e instanceof JumpSignal) {
      cleanup.run();
    } else if (e instanceof RustPanic p) {
      m.reportPanic(p);
      try {
        cleanup.run();
      } catch (RustPanic second) {
        throw m.abortInCleanup(second);
      }
    }
    return e;
  }
}
