package rustle.memory;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allocator's quarantine mode (`rustle run --unchecked`): freed blocks are never reused and stay known. */
class AllocatorQuarantineTest {
  private final Memory mem = new Memory(64 << 10, 64L << 20);
  private final Allocator heap = new Allocator(mem);
  private final AllocTable table = new AllocTable();

  @Test
  void aFreedBlockIsNotReusedAndKeepsItsIdAndSites() {
    heap.quarantine(table);
    int a = heap.allocate(24, 8, "a");
    table.here = "dropped";
    heap.free(a);
    int b = heap.allocate(24, 8, "b");
    assertThat(b).isNotEqualTo(a);
    AllocTable.Alloc first = table.containing(a + 20);
    assertThat(first.name()).isEqualTo("alloc1");
    assertThat(first.freed()).isTrue();
    assertThat(first.allocatedAt).isEqualTo("a");
    assertThat(first.freedAt()).isEqualTo("dropped");
    assertThat(table.containing(b).name()).isEqualTo("alloc2");
    assertThat(table.containing(b).freed()).isFalse();
    // The granule's padding belongs to the block; past it there is nothing.
    assertThat(table.containing(a + 31)).isSameInstanceAs(first);
    assertThat(table.containing(b + 32)).isNull();
  }

  @Test
  void aQuarantinedBlockIsNeitherLiveNorFreeableAgain() {
    heap.quarantine(table);
    int a = heap.allocate(16, 8, "a");
    heap.free(a);
    List<Integer> live = new ArrayList<>();
    heap.forEachLive((addr, size, site) -> live.add(addr));
    assertThat(live).isEmpty();
    assertThat(heap.liveBlocks()).isEqualTo(0);
    assertThat(heap.isLive(a)).isFalse();
    InvalidFree twice = assertThrows(InvalidFree.class, () -> heap.free(a));
    assertThat(twice.alreadyFreed()).isTrue();
  }

  @Test
  void withoutQuarantineTheSameAddressComesBack() {
    int a = heap.allocate(24, 8, "a");
    heap.free(a);
    assertThat(heap.allocate(24, 8, "b")).isEqualTo(a);
    assertThat(heap.table()).isNull();
  }

  @Test
  void aHeapFullOfQuarantinedBlocksGivesThemBack() {
    Memory small = new Memory(64 << 10, 4096);
    Allocator h = new Allocator(small);
    h.quarantine(new AllocTable());
    for (int i = 0; i < 100; i++) h.free(h.allocate(1000, 8, "loop"));
    assertThat(h.liveBlocks()).isEqualTo(0);
    assertThrows(OutOfMemory.class, () -> {
      h.allocate(1000, 8, "kept");
      h.allocate(1000, 8, "kept");
      h.allocate(1000, 8, "kept");
      h.allocate(1000, 8, "kept");
      h.allocate(1000, 8, "kept");
    });
  }
}
