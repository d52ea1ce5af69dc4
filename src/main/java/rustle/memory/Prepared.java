package rustle.memory;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Memory} made ahead of time on a second thread: creating one makes and maps a temporary file
 * (see {@link Reservation}), whose classes and system calls take a few milliseconds in a fresh process,
 * which the driver overlaps with type and ownership checking. Rules: {@link #take} hands a prepared memory to at most one caller,
 * and only when it was made with the sizes asked for; otherwise it makes a new one, so a run never
 * depends on whether or when {@link #start} was called.
 */
public final class Prepared {
  private record Pending(int stackSize, long heapSize, FutureTask<Memory> task) {}

  private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

  private Prepared() {}

  /** Starts making a memory of these sizes on a daemon thread, replacing any not yet taken. */
  public static void start(int stackSize, long heapSize) {
    // An anonymous class, not a lambda: linking the first lambda costs a fresh JVM milliseconds.
    FutureTask<Memory> task = new FutureTask<>(new java.util.concurrent.Callable<Memory>() {
      @Override
      public Memory call() {
        return new Memory(stackSize, heapSize);
      }
    });
    PENDING.set(new Pending(stackSize, heapSize, task));
    Thread t = new Thread(task, "rustle-memory-init");
    t.setDaemon(true);
    t.start();
  }

  /** A memory of these sizes: the prepared one if it matches, else a new one. */
  public static Memory take(int stackSize, long heapSize) {
    Pending p = PENDING.getAndSet(null);
    if (p != null && p.stackSize == stackSize && p.heapSize == heapSize) {
      try {
        return p.task.get();
      } catch (ExecutionException e) {
        // The other thread could not make it (e.g. the JVM's heap was short then): try here, where a
        // failure is reported as for any run.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return new Memory(stackSize, heapSize);
  }
}
