package rustle.memory;

/**
 * A {@link Memory} made ahead of time on a second thread: creating one makes and maps a temporary file
 * (see {@link Reservation}), whose classes and system calls take a few milliseconds in a fresh process,
 * which the driver overlaps with type and ownership checking. Rules: {@link #take} hands a prepared memory to at most one caller,
 * and only when it was made with the sizes asked for; otherwise it makes a new one, so a run never
 * depends on whether or when {@link #start} was called.
 *
 * <p>A monitor and {@code Thread.join}, not FutureTask or AtomicReference: their static initialisers
 * link VarHandles, milliseconds of a fresh JVM's time on the path of every run.
 */
public final class Prepared implements Runnable {
  /** Guarded by Prepared.class: the memory being made, not yet taken. */
  private static Prepared pending;

  private final int stackSize;
  private final long heapSize;
  private final Thread thread;
  /** Written by the thread before it ends; read after join. */
  private Memory made;

  private Prepared(int stackSize, long heapSize) {
    this.stackSize = stackSize;
    this.heapSize = heapSize;
    this.thread = new Thread(this, "rustle-memory-init");
    thread.setDaemon(true);
  }

  @Override
  public void run() {
    try {
      made = new Memory(stackSize, heapSize);
    } catch (RuntimeException | OutOfMemoryError e) {
      // The other thread could not make it (e.g. the JVM's heap was short then): take() tries again on
      // the caller's thread, where a failure is reported as for any run.
    }
  }

  /** Starts making a memory of these sizes on a daemon thread, replacing any not yet taken. */
  public static void start(int stackSize, long heapSize) {
    Prepared p = new Prepared(stackSize, heapSize);
    synchronized (Prepared.class) {
      pending = p;
    }
    p.thread.start();
  }

  /** A memory of these sizes: the prepared one if it matches, else a new one. */
  public static Memory take(int stackSize, long heapSize) {
    Prepared p;
    synchronized (Prepared.class) {
      p = pending;
      pending = null;
    }
    if (p != null && p.stackSize == stackSize && p.heapSize == heapSize) {
      boolean interrupted = false;
      while (p.thread.isAlive()) {
        try {
          p.thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) Thread.currentThread().interrupt();
      if (p.made != null) return p.made;
    }
    return new Memory(stackSize, heapSize);
  }
}
