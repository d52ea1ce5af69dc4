package rustle.memory;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The marks an observer keeps with live blocks, and the bit a reallocation leaves on its new block. */
class AllocatorMarksTest {
  private final Memory mem = new Memory(64 << 10, 64L << 20);
  private final Allocator heap = new Allocator(mem);

  private static final class Call extends Caller {
    Call(int mark) {
      super(mark);
    }
  }

  @Test
  void blocksStayUnmarkedUntilTheObserverMarksThem() {
    int a = heap.allocate(24, 8, "a");
    assertThat(heap.markOf(a)).isEqualTo(0);
    heap.markUnmarked(4);
    int b = heap.allocate(24, 8, "b");
    heap.markUnmarked(6);
    assertThat(heap.markOf(a)).isEqualTo(4);
    assertThat(heap.markOf(b)).isEqualTo(6);
    // The site the allocation was given is what every reader sees, marked or not.
    assertThat(heap.siteOf(a)).isEqualTo("a");
    List<Object> sites = new ArrayList<>();
    heap.forEachLive((addr, size, site) -> sites.add(site));
    assertThat(sites).containsExactly("a", "b");
  }

  @Test
  void aBlockAllocatedWhereAFreedMarkedOneWasStartsUnmarked() {
    int a = heap.allocate(24, 8, "a");
    heap.markUnmarked(4);
    heap.free(a);
    int b = heap.allocate(24, 8, "b");
    assertThat(b).isEqualTo(a);
    assertThat(heap.markOf(b)).isEqualTo(0);
    heap.markIfUnmarked(b, 8);
    heap.markIfUnmarked(b, 10);
    assertThat(heap.markOf(b)).isEqualTo(8);
    heap.remark(b, 12);
    assertThat(heap.markOf(b)).isEqualTo(12);
  }

  @Test
  void blocksAllocatedWhileAMarkedCallRunsTakeItsMarkAndNoneAfterIt() {
    Caller outer = new Call(5);
    Caller plain = new Call(0);
    Caller saved = heap.enter(outer);
    int a = heap.allocate(8, 8, "a");
    Caller inner = heap.enter(plain); // a call with no mark inside: its blocks are left to the observer
    int b = heap.allocate(8, 8, "b");
    heap.leave(plain, inner);
    int c = heap.allocate(8, 8, "c");
    heap.leave(outer, saved);
    int d = heap.allocate(8, 8, "d");
    assertThat(saved).isNull();
    assertThat(heap.caller).isNull();
    assertThat(heap.markOf(a)).isEqualTo(5);
    assertThat(heap.markOf(b)).isEqualTo(0);
    assertThat(heap.markOf(c)).isEqualTo(5);
    assertThat(heap.markOf(d)).isEqualTo(0);
    assertThat(heap.siteOf(c)).isEqualTo("c");
  }

  @Test
  void aReallocationsNewBlockKeepsItsSizeAndIsMovedInto() {
    int old = heap.allocate(8, 1, "v");
    int fresh = heap.allocate(40, 1, "v");
    heap.freeMoved(old, fresh);
    assertThat(heap.movedInto(fresh)).isTrue();
    assertThat(heap.isLive(fresh)).isTrue();
    assertThat(heap.sizeOf(fresh)).isEqualTo(40);
    assertThat(heap.liveBytes()).isEqualTo(40);
    List<Integer> sizes = new ArrayList<>();
    heap.forEachLive((addr, size, site) -> sizes.add(size));
    assertThat(sizes).containsExactly(40);
    heap.free(fresh);
    assertThat(heap.liveBytes()).isEqualTo(0);
    assertThrows(InvalidFree.class, () -> heap.free(fresh));
    int again = heap.allocate(40, 1, "w");
    assertThat(again).isEqualTo(fresh);
    assertThat(heap.movedInto(again)).isFalse();
  }
}
