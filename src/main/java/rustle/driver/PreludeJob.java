package rustle.driver;

import rustle.ast.Crate;
import rustle.check.Checker;
import rustle.syntax.ParseResult;

/**
 * The prelude's items for one run, decoded from the build's cache and collected by the checker on a
 * daemon thread while the user's file is read and parsed. The user's node ids start after the prelude's,
 * so the cache's header gives that count up front; if the cache turns out stale (prelude.rs edited since
 * the build, a development case), the prelude is parsed from source and {@link #nodeCount} changes, which
 * the driver checks after joining. Without a cache at all, the count is known once the prelude is parsed.
 *
 * <p>Monitors and {@code Thread.join} rather than java.util.concurrent: FutureTask's and the atomics'
 * static initialisers link VarHandles, milliseconds of a fresh JVM's time on the path of every run.
 */
final class PreludeJob implements Runnable {
  /** A job started ahead of the pipeline ({@link #prestart}), not yet taken by it. */
  private static PreludeJob early;

  /** Guarded by this: -1 until the count the user's ids start after is known. */
  private int nodeCount = -1;
  /** Set once by the thread before it ends (join gives the happens-before edge). */
  private Checker.PreludeItems items;
  private Throwable failure;
  private final Thread thread;

  private PreludeJob() {
    thread = new Thread(this, "rustle-prelude");
    thread.setDaemon(true);
  }

  /**
   * Starts the job before the pipeline asks for it (from Main, before the source file is read), so the
   * cache's resource is read and decoded meanwhile; the next {@link #start} takes it.
   */
  static synchronized void prestart() {
    if (early == null) {
      early = new PreludeJob();
      early.thread.start();
    }
  }

  /** The job of this run: the one {@link #prestart} started, or a new one. */
  static PreludeJob begin() {
    synchronized (PreludeJob.class) {
      PreludeJob job = early;
      early = null;
      if (job != null) return job;
    }
    PreludeJob job = new PreludeJob();
    job.thread.start();
    return job;
  }

  @Override
  public void run() {
    try {
      items = collect();
    } catch (Throwable t) {
      failure = t;
      publish(0); // the pipeline's get() reports the failure
    }
  }

  private Checker.PreludeItems collect() {
    byte[] cache = PreludeCache.bytes();
    int count = cache == null ? -1 : PreludeCache.nodeCount(cache);
    Crate crate;
    if (count >= 0) {
      publish(count);
      boolean current = PreludeCache.trusted() || PreludeCache.matches(cache, Prelude.source());
      crate = current ? PreludeCache.decode(cache) : parsed();
    } else {
      crate = parsed();
    }
    publish(crate.nodeCount());
    Phases.jobDone("prelude's decode");
    Checker.PreludeItems collected = Checker.collectPrelude(crate);
    Phases.jobDone("prelude");
    return collected;
  }

  private static Crate parsed() {
    ParseResult p = Prelude.parsed();
    if (!p.errors().isEmpty()) {
      throw new IllegalStateException("the prelude does not parse: " + p.errors().get(0).message());
    }
    return p.crate();
  }

  private synchronized void publish(int count) {
    nodeCount = count;
    notifyAll();
  }

  /**
   * The node count the user's ids start after: the cache header's (waiting until the job has read it),
   * the parsed prelude's once the job has run.
   */
  synchronized int nodeCount() {
    boolean interrupted = false;
    while (nodeCount < 0) {
      try {
        wait();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    return nodeCount;
  }

  /** The collected prelude (waits for the job). */
  Checker.PreludeItems get() {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    if (failure instanceof RuntimeException r) throw r;
    if (failure instanceof Error err) throw err;
    if (failure != null) throw new IllegalStateException(failure);
    return items;
  }
}
