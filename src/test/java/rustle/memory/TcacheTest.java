package rustle.memory;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tcache in front of the first-fit allocator: which freed blocks it keeps and hands out again. */
class TcacheTest {
  private final Memory mem = new Memory(64 << 10, 64L << 20);
  private final Allocator heap = new Allocator(mem);
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
  void theBlockFreedLastIsReusedFirstBySizeInGranules() {
    int a = alloc(24);
    int b = alloc(24);
    alloc(8);
    heap.free(a);
    heap.free(b);
    // 17 to 32 bytes are all two granules: the same size to the cache.
    assertThat(alloc(17)).isEqualTo(b);
    assertThat(alloc(32)).isEqualTo(a);
  }

  @Test
  void aKeptBlockIsNeitherMergedNorFreeNorReturnedToTheWilderness() {
    int a = alloc(32);
    int b = alloc(32);
    heap.free(a);
    heap.free(b);
    assertThat(freeBlocks()).isEmpty();
    assertThat(heap.topAddress()).isEqualTo(base + 64);
    assertThat(heap.liveBlocks()).isEqualTo(0);
    // A request of another size does not see them: it is cut from the wilderness.
    assertThat(alloc(64)).isEqualTo(base + 64);
  }

  @Test
  void theEighthBlockOfASizeGoesToTheFirstFitAllocator() {
    int[] blocks = new int[8];
    for (int i = 0; i < blocks.length; i++) {
      blocks[i] = alloc(40);
      alloc(8);
    }
    for (int b : blocks) {
      heap.free(b);
    }
    assertThat(freeBlocks()).containsExactly((blocks[7] - base) + "+48");
    // The cache's seven first, newest first; then first fit finds the eighth.
    for (int i = 6; i >= 0; i--) {
      assertThat(alloc(48)).isEqualTo(blocks[i]);
    }
    assertThat(alloc(48)).isEqualTo(blocks[7]);
  }

  @Test
  void blocksOver1KiBAndRequestsAlignedPast16BytesBypassIt() {
    int big = alloc(1025);
    int small = alloc(64);
    alloc(8);
    heap.free(big);
    assertThat(freeBlocks()).containsExactly("0+1040");
    heap.free(small);
    assertThat(heap.allocate(64, 64, null)).isEqualTo(base);
    assertThat(alloc(64)).isEqualTo(small);
  }

  @Test
  void freeingAKeptBlockAgainIsADoubleFree() {
    int a = alloc(16);
    heap.free(a);
    InvalidFree twice = assertThrows(InvalidFree.class, () -> heap.free(a));
    assertThat(twice.alreadyFreed()).isTrue();
  }

  @Test
  void aFullHeapGivesTheKeptBlocksBackBeforeItFails() {
    Memory small = new Memory(4096, 4096);
    Allocator h = new Allocator(small);
    int[] blocks = new int[4];
    for (int i = 0; i < blocks.length; i++) {
      blocks[i] = h.allocate(1024, 8, null);
    }
    for (int b : blocks) {
      h.free(b);
    }
    // Kept, they fill the heap; merged, they hold the whole of it.
    assertThat(h.allocate(4096, 8, null)).isEqualTo(small.heapBase());
  }

  @Test
  void quarantineEmptiesItFirst() {
    int a = alloc(16);
    alloc(8);
    heap.free(a);
    heap.quarantine(new AllocTable());
    assertThat(freeBlocks()).containsExactly("0+16");
  }
}
