package rustle.dump;

import static com.google.common.truth.Truth.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import rustle.memory.Allocator;
import rustle.memory.Memory;

/** The dump's allocation table, kept from the allocator's events: which call allocated each live block. */
class AllocationsTest {
  private final Memory mem = new Memory(64 << 10, 64L << 20);
  private final Allocator heap = new Allocator(mem);
  private final Allocations table = new Allocations(heap, null, true);

  @Test
  void blocksAllocatedSinceTheLastScanArePutDownToTheScansCall() {
    int before = heap.allocate(16, 8, null);
    table.scan(null, 3, false);
    int a = heap.allocate(24, 8, null);
    int b = heap.allocate(40, 8, null);
    Set<Integer> fresh = new HashSet<>();
    table.scan("String::from", 7, false, fresh);
    assertThat(fresh).containsExactly(a, b);
    assertThat(table.info(before)).isEqualTo(new Allocations.Info(null, 3));
    assertThat(table.info(a)).isEqualTo(new Allocations.Info("String::from", 7));
    assertThat(table.info(b)).isEqualTo(new Allocations.Info("String::from", 7));
  }

  @Test
  void aBlockFreedBeforeTheScanIsNotReportedAndAReusedAddressGetsItsNewCall() {
    int a = heap.allocate(24, 8, null);
    heap.free(a);
    Set<Integer> fresh = new HashSet<>();
    table.scan("Vec::push", 4, true, fresh);
    assertThat(fresh).isEmpty();
    assertThat(table.info(a)).isNull();
    int again = heap.allocate(24, 8, null);
    assertThat(again).isEqualTo(a);
    table.scan("Vec::push", 5, true);
    assertThat(table.info(again)).isEqualTo(new Allocations.Info("Vec::push (growth)", 5));
    heap.free(again);
    assertThat(table.info(again)).isNull();
  }

  @Test
  void aBlockFreedAndReallocatedBetweenScansIsPutDownOnce() {
    int a = heap.allocate(24, 8, null);
    heap.free(a);
    int b = heap.allocate(24, 8, null);
    assertThat(b).isEqualTo(a);
    Set<Integer> fresh = new HashSet<>();
    table.scan("Box::new", 9, false, fresh);
    assertThat(fresh).containsExactly(b);
    assertThat(table.info(b)).isEqualTo(new Allocations.Info("Box::new", 9));
  }

  @Test
  void manyAllocationsBetweenScansAreAllKept() {
    int[] live = new int[1000];
    for (int i = 0; i < live.length; i++) {
      live[i] = heap.allocate(16, 8, null);
      if (i % 2 == 1) heap.free(live[i - 1]);
    }
    Set<Integer> fresh = new HashSet<>();
    table.scan("f", 2, false, fresh);
    assertThat(fresh).hasSize(500);
    for (int i = 1; i < live.length; i += 2) assertThat(table.info(live[i])).isEqualTo(new Allocations.Info("f", 2));
  }

  @Test
  void manyScansKeepEachLiveBlocksScanAndItsGrowth() {
    // More scans than the table first has room for: the scans no live block needs are dropped.
    int first = heap.allocate(16, 8, null);
    table.scan("first", 1, false);
    java.util.Map<Integer, Integer> kept = new java.util.HashMap<>();
    for (int i = 0; i < 5000; i++) {
      int a = heap.allocate(16 + i % 3 * 16, 8, null);
      if (i % 7 == 0) {
        kept.put(a, i);
      } else {
        heap.free(a);
      }
      table.scan("call" + i, 10 + i, i % 2 == 0);
    }
    assertThat(table.info(first)).isEqualTo(new Allocations.Info("first", 1));
    for (var e : kept.entrySet()) {
      int i = e.getValue();
      assertThat(table.info(e.getKey())).isEqualTo(new Allocations.Info("call" + i + (i % 2 == 0 ? " (growth)" : ""), 10 + i));
    }
    int late = heap.allocate(16, 8, null);
    assertThat(table.info(late)).isNull();
  }

  @Test
  void aReallocatedBlockWaitingForAScanTakesTheScansNameAsItIs() {
    int a = heap.allocate(16, 8, null);
    int b = heap.allocate(32, 8, null);
    heap.freeMoved(a, b);
    table.scan("Vec::push", 3, false);
    assertThat(table.info(b)).isEqualTo(new Allocations.Info("Vec::push", 3));
  }

  @Test
  void withoutAListTheFirstScanWalksTheHeapAndLaterScansFindWhatCameAfter() {
    Memory m2 = new Memory(64 << 10, 64L << 20);
    Allocator h = new Allocator(m2);
    int old = h.allocate(16, 8, null); // before the table began: no rule puts it down
    Allocations walked = new Allocations(h, null, false);
    int a = h.allocate(24, 8, null);
    int gone = h.allocate(24, 8, null);
    h.free(gone);
    walked.scan(null, 4, false);
    int b = h.allocate(40, 8, null);
    int c = h.allocate(24, 8, null); // where gone was
    assertThat(c).isEqualTo(gone);
    assertThat(walked.info(b)).isNull(); // its scan is to come
    walked.scan(null, 9, false);
    assertThat(walked.info(old)).isNull();
    assertThat(walked.info(a)).isEqualTo(new Allocations.Info(null, 4));
    assertThat(walked.info(b)).isEqualTo(new Allocations.Info(null, 9));
    assertThat(walked.info(c)).isEqualTo(new Allocations.Info(null, 9));
  }

  @Test
  void aBlockAllocatedWhileAMarkedCallRunsKeepsTheCallsMarkWhateverTheScans() {
    Memory m2 = new Memory(64 << 10, 64L << 20);
    Allocator h = new Allocator(m2);
    Allocations walked = new Allocations(h, null, false);
    rustle.memory.Caller call = new rustle.interp.rt.CallerSite(rustle.ast.Span.NONE,
        rustle.interp.observe.HeapMarks.callMark(3));
    rustle.memory.Caller saved = h.enter(call);
    int inCall = h.allocate(16, 8, null);
    h.leave(call, saved);
    int after = h.allocate(16, 8, null);
    walked.scan("f", 5, false);
    assertThat(h.markOf(inCall)).isEqualTo(rustle.interp.observe.HeapMarks.callMark(3));
    // No run view: the call's operation is unknown, and the block is not put down to the scan either.
    assertThat(walked.info(inCall)).isNull();
    assertThat(walked.info(after)).isEqualTo(new Allocations.Info("f", 5));
  }
}
