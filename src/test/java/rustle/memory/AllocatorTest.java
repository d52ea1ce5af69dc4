package rustle.memory;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first-fit allocator behind the tcache (see {@link TcacheTest} for the tcache in front of it). */
class AllocatorTest {
  private final Memory mem = new Memory(64 << 10, 64L << 20);
  private final Allocator heap = new Allocator(mem, 0);
  private final int base = mem.heapBase();

  private int alloc(int size) {
    return heap.allocate(size, 8, "site");
  }

  private List<String> freeBlocks() {
    List<String> out = new ArrayList<>();
    heap.forEachFree((addr, size) -> out.add((addr - base) + "+" + size));
    return out;
  }

  @Test
  void blocksAreCarvedUpwardFromTheHeapBaseIn16ByteGranules() {
    assertThat(alloc(1)).isEqualTo(base);
    assertThat(alloc(17)).isEqualTo(base + 16);
    assertThat(alloc(32)).isEqualTo(base + 48);
    assertThat(heap.topAddress()).isEqualTo(base + 80);
  }

  @Test
  void firstFitTakesTheLowestBlockThatFits() {
    int a = alloc(32);
    alloc(16);
    int c = alloc(64);
    alloc(16);
    int e = alloc(64);
    alloc(16);
    heap.free(a);
    heap.free(e);
    heap.free(c);
    assertThat(alloc(48)).isEqualTo(c);
    assertThat(alloc(20)).isEqualTo(a);
  }

  @Test
  void splitLeavesTheRemainderFree() {
    int a = alloc(100);
    alloc(1);
    heap.free(a);
    assertThat(alloc(40)).isEqualTo(a);
    assertThat(freeBlocks()).containsExactly("48+64");
    assertThat(alloc(64)).isEqualTo(a + 48);
    assertThat(freeBlocks()).isEmpty();
  }

  @Test
  void freeCoalescesWithTheLeftNeighbour() {
    int a = alloc(32);
    int b = alloc(32);
    alloc(32);
    heap.free(a);
    heap.free(b);
    assertThat(freeBlocks()).containsExactly("0+64");
  }

  @Test
  void freeCoalescesWithTheRightNeighbour() {
    int a = alloc(32);
    int b = alloc(32);
    alloc(32);
    heap.free(b);
    heap.free(a);
    assertThat(freeBlocks()).containsExactly("0+64");
  }

  @Test
  void freeCoalescesWithBothNeighbours() {
    int a = alloc(32);
    int b = alloc(16);
    int c = alloc(48);
    alloc(16);
    heap.free(a);
    heap.free(c);
    assertThat(freeBlocks()).containsExactly("0+32", "48+48").inOrder();
    heap.free(b);
    assertThat(freeBlocks()).containsExactly("0+96");
    assertThat(alloc(96)).isEqualTo(a);
  }

  @Test
  void aBlockFreedBelowTheWildernessIsReturnedToIt() {
    int a = alloc(32);
    int b = alloc(32);
    heap.free(a);
    heap.free(b);
    assertThat(freeBlocks()).isEmpty();
    assertThat(heap.topAddress()).isEqualTo(base);
  }

  @Test
  void freedSpaceIsReused() {
    alloc(24);
    int x = alloc(100);
    alloc(24);
    for (int i = 0; i < 3; i++) {
      heap.free(x);
      assertThat(alloc(100)).isEqualTo(x);
    }
    int top = heap.topAddress();
    for (int i = 0; i < 1000; i++) {
      heap.free(alloc(5000));
    }
    assertThat(heap.topAddress()).isEqualTo(top);
  }

  @Test
  void manySmallHolesAreSkippedYetALaterMergedHoleIsFound() {
    int[] blocks = new int[20_000];
    for (int i = 0; i < blocks.length; i++) {
      blocks[i] = alloc(16);
    }
    for (int i = 0; i < blocks.length; i += 2) {
      heap.free(blocks[i]);
    }
    int wild = heap.topAddress();
    assertThat(alloc(48)).isEqualTo(wild);
    heap.free(blocks[12_001]);
    heap.free(blocks[2_001]);
    assertThat(alloc(48)).isEqualTo(blocks[2_000]);
    assertThat(alloc(33)).isEqualTo(blocks[12_000]);
    assertThat(alloc(48)).isEqualTo(wild + 48);
  }

  @Test
  void alignment() {
    alloc(1);
    int a64 = heap.allocate(8, 64, null);
    assertThat(a64 % 64).isEqualTo(0);
    assertThat(a64).isEqualTo(base + 64);
    assertThat(freeBlocks()).containsExactly("16+48");
    int a4096 = heap.allocate(8, 4096, null);
    assertThat(a4096).isEqualTo(base + 4096);
    assertThat(heap.allocate(16, 16, null)).isEqualTo(base + 16);
    int a16 = heap.allocate(1, 16, null);
    assertThat(a16 % 16).isEqualTo(0);
    assertThat(heap.allocate(1, 1 << 20, null)).isEqualTo(base + (1 << 20));
  }

  @Test
  void alignedRequestSkipsAFreeBlockItCannotFitAligned() {
    int a = alloc(16);
    int b = alloc(96);
    alloc(16);
    heap.free(b);
    // The hole [16, 112) is 64-aligned only from 64, leaving 48 bytes: too small for 64, enough for 48.
    assertThat(heap.allocate(64, 64, null)).isEqualTo(base + 128);
    assertThat(heap.allocate(48, 64, null)).isEqualTo(base + 64);
    assertThat(freeBlocks()).containsExactly("16+48");
    heap.free(a);
    assertThat(freeBlocks()).containsExactly("0+64");
  }

  @Test
  void badRequestsAreProgrammingErrors() {
    assertThrows(IllegalArgumentException.class, () -> alloc(0));
    assertThrows(IllegalArgumentException.class, () -> heap.allocate(8, 3, null));
    assertThrows(IllegalArgumentException.class, () -> heap.allocate(8, 0, null));
  }

  @Test
  void invalidFreesThrowAndSayWhy() {
    int a = alloc(64);
    alloc(8);
    InvalidFree inside = assertThrows(InvalidFree.class, () -> heap.free(a + 16));
    assertThat(inside.alreadyFreed()).isFalse();
    assertThat(inside).hasMessageThat().contains("inside the live block at 0x" + Integer.toHexString(a));
    InvalidFree never = assertThrows(InvalidFree.class, () -> heap.free(base + 4096));
    assertThat(never.alreadyFreed()).isFalse();
    assertThat(never).hasMessageThat().contains(Integer.toHexString(base + 4096));
    assertThrows(InvalidFree.class, () -> heap.free(mem.stackBase()));
    assertThrows(InvalidFree.class, () -> heap.free(0));
    heap.free(a);
    InvalidFree twice = assertThrows(InvalidFree.class, () -> heap.free(a));
    assertThat(twice.alreadyFreed()).isTrue();
    assertThat(twice).hasMessageThat().contains("already freed");
    assertThat(heap.frees()).isEqualTo(1);
  }

  @Test
  void doubleFreeIsCaughtAfterTheBlockMergedIntoTheWilderness() {
    int a = alloc(8);
    heap.free(a);
    assertThat(assertThrows(InvalidFree.class, () -> heap.free(a)).alreadyFreed()).isTrue();
  }

  @Test
  void countersAndPeak() {
    int a = alloc(10);
    int b = alloc(100);
    heap.free(a);
    int c = alloc(5);
    assertThat(heap.allocations()).isEqualTo(3);
    assertThat(heap.frees()).isEqualTo(1);
    assertThat(heap.bytesAllocated()).isEqualTo(115);
    assertThat(heap.liveBytes()).isEqualTo(105);
    assertThat(heap.peakLiveBytes()).isEqualTo(110);
    assertThat(heap.liveBlocks()).isEqualTo(2);
    assertThat(heap.sizeOf(b)).isEqualTo(100);
    assertThat(heap.isLive(c)).isTrue();
    assertThat(heap.isLive(b + 16)).isFalse();
    assertThrows(IllegalArgumentException.class, () -> heap.sizeOf(b + 16));
  }

  @Test
  void liveBlocksAreVisitedInAddressOrderWithTheirSites() {
    int a = heap.allocate(10, 8, "a");
    int b = heap.allocate(20, 8, "b");
    int c = heap.allocate(30, 8, "c");
    heap.free(b);
    List<String> seen = new ArrayList<>();
    heap.forEachLive((addr, size, site) -> seen.add((addr - base) + ":" + size + ":" + site));
    assertThat(seen).containsExactly("0:10:a", "48:30:c").inOrder();
    assertThat(heap.siteOf(c)).isEqualTo("c");
    assertThat(heap.siteOf(b)).isNull();
    assertThat(a).isEqualTo(base);
  }

  @Test
  void outOfMemoryCarriesTheRequestedSize() {
    Memory small = new Memory(4096, 1 << 20);
    Allocator h = new Allocator(small);
    OutOfMemory e = assertThrows(OutOfMemory.class, () -> h.allocate((1 << 20) + 1, 1, null));
    assertThat(e.size()).isEqualTo((1 << 20) + 1);
    assertThat(e).hasMessageThat().isEqualTo("memory allocation of 1048577 bytes failed");
    int whole = h.allocate(1 << 20, 16, null);
    assertThat(whole).isEqualTo(small.heapBase());
    assertThrows(OutOfMemory.class, () -> h.allocate(1, 1, null));
    h.free(whole);
    assertThat(h.allocate(1, 1, null)).isEqualTo(small.heapBase());
  }

  @Test
  void anEmptyHeapAlwaysRunsOut() {
    Allocator h = new Allocator(new Memory(4096, 0));
    assertThat(assertThrows(OutOfMemory.class, () -> h.allocate(1, 1, null)).size()).isEqualTo(1);
  }

  @Test
  void heapGrowthKeepsEarlierContents() {
    int first = alloc(8);
    mem.putLong(first, 0x1234_5678_9ABCL);
    int before = mem.end();
    int last = 0;
    for (int i = 0; i < 200; i++) {
      last = alloc(10_000);
    }
    assertThat(mem.end()).isGreaterThan(before);
    assertThat(mem.end()).isAtLeast(last + 10_000);
    mem.putLong(last + 9_992, -1);
    assertThat(mem.getLong(first)).isEqualTo(0x1234_5678_9ABCL);
  }
}
