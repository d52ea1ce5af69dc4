package rustle.driver;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import rustle.ast.Crate;
import rustle.check.Checker;
import rustle.syntax.ParseResult;

/**
 * The prelude's items for one run, decoded from the build's cache and collected by the checker on a
 * second thread while the user's file is parsed. The user's node ids start after the prelude's, so the
 * cache's header gives that count up front; if the cache turns out stale (prelude.rs edited since the
 * build, a development case), the prelude is parsed from source and {@link #nodeCount} changes, which
 * the driver checks after joining.
 */
final class PreludeJob {
  private final FutureTask<Checker.PreludeItems> task;
  private final int headerCount;
  private volatile int nodeCount;

  private PreludeJob(int headerCount) {
    this.headerCount = headerCount;
    this.nodeCount = headerCount;
    this.task = new FutureTask<>(new Callable<Checker.PreludeItems>() { // not a lambda: start-up cost
      @Override
      public Checker.PreludeItems call() {
        return collect();
      }
    });
  }

  private byte[] cache;
  /** The prelude parsed from source when there is no cache. */
  private Crate parsed;

  /** Starts the job: on a daemon thread when there is a cache, else (no cache) when {@link #get} asks. */
  static PreludeJob start() {
    byte[] bytes = PreludeCache.bytes();
    int count = bytes == null ? -1 : PreludeCache.nodeCount(bytes);
    if (count < 0) {
      PreludeJob job = new PreludeJob(-1);
      job.parsed = parsed(Prelude.parsed()).crate();
      job.nodeCount = job.parsed.nodeCount();
      return job;
    }
    PreludeJob job = new PreludeJob(count);
    job.cache = bytes;
    Thread t = new Thread(job.task, "rustle-prelude");
    t.setDaemon(true);
    t.start();
    return job;
  }

  private Checker.PreludeItems collect() {
    if (parsed != null) return Checker.collectPrelude(parsed);
    byte[] source = Prelude.source();
    Crate crate = cache != null && PreludeCache.matches(cache, source)
        ? PreludeCache.decode(cache) : parsed(Prelude.parsed()).crate();
    nodeCount = crate.nodeCount();
    return Checker.collectPrelude(crate);
  }

  private static ParseResult parsed(ParseResult p) {
    if (!p.errors().isEmpty()) {
      throw new IllegalStateException("the prelude does not parse: " + p.errors().get(0).message());
    }
    return p;
  }

  /** The node count the user's ids start after: the cache header's until the job has run. */
  int nodeCount() {
    return nodeCount;
  }

  /** The collected prelude (waits for the job, or runs it here when it was not started). */
  Checker.PreludeItems get() {
    if (headerCount < 0) task.run();
    try {
      return task.get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) throw r;
      if (c instanceof Error err) throw err;
      throw new IllegalStateException(c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the prelude was loaded", e);
    }
  }
}
