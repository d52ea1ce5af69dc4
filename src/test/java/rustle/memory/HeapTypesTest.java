package rustle.memory;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected capacities were printed by programs compiled with rustc 1.95. */
class HeapTypesTest {
  private final Memory mem = new Memory(64 << 10, 64L << 20);
  private final Allocator heap = new Allocator(mem);
  private final HeapTypes types = new HeapTypes(mem, heap);
  /** A Vec/String header somewhere on the stack. */
  private final int v = mem.stackTop() - 64;

  private long cap() {
    return HeapTypes.cap(mem, v);
  }

  private long len() {
    return HeapTypes.len(mem, v);
  }

  private List<Long> capacitiesWhilePushing(int elemSize, int align, int pushes) {
    types.initEmpty(v, align);
    List<Long> seen = new ArrayList<>(List.of(HeapTypes.capacity(mem, v, elemSize)));
    for (int i = 0; i < pushes; i++) {
      types.pushSlot(v, elemSize, align, null);
      long c = HeapTypes.capacity(mem, v, elemSize);
      if (c != seen.get(seen.size() - 1)) {
        seen.add(c);
      }
    }
    return seen;
  }

  private void pushStr(String s) {
    int src = mem.internStatic(s.getBytes(StandardCharsets.UTF_8));
    types.pushBytes(v, src, s.getBytes(StandardCharsets.UTF_8).length, null);
  }

  private String string() {
    return new String(mem.read(HeapTypes.ptr(mem, v), (int) len()), StandardCharsets.UTF_8);
  }

  @Test
  void vecPushCapacitiesMatchRustc() {
    assertThat(capacitiesWhilePushing(1, 1, 100)).containsExactly(0L, 8L, 16L, 32L, 64L, 128L).inOrder();
    assertThat(capacitiesWhilePushing(4, 4, 100))
        .containsExactly(0L, 4L, 8L, 16L, 32L, 64L, 128L).inOrder();
    assertThat(capacitiesWhilePushing(8, 8, 40)).containsExactly(0L, 4L, 8L, 16L, 32L, 64L).inOrder();
    assertThat(capacitiesWhilePushing(1024, 1, 10)).containsExactly(0L, 4L, 8L, 16L).inOrder();
    assertThat(capacitiesWhilePushing(1025, 1, 10)).containsExactly(0L, 1L, 2L, 4L, 8L, 16L).inOrder();
    assertThat(capacitiesWhilePushing(2000, 1, 10)).containsExactly(0L, 1L, 2L, 4L, 8L, 16L).inOrder();
  }

  @Test
  void zeroSizedElementsNeverAllocate() {
    assertThat(capacitiesWhilePushing(0, 1, 10)).containsExactly(-1L);
    assertThat(len()).isEqualTo(10);
    assertThat(HeapTypes.ptr(mem, v)).isEqualTo(1);
    types.reserve(v, Long.MAX_VALUE, 0, 1, null);
    assertThrows(CapacityOverflow.class, () -> types.reserve(v, -1L, 0, 1, null));
    types.shrinkToFit(v, 0, 1, null);
    types.freeBuffer(v, 0);
    assertThat(heap.allocations()).isEqualTo(0);
  }

  @Test
  void stringPushCapacitiesMatchRustc() {
    types.initEmpty(v);
    List<Long> seen = new ArrayList<>(List.of(cap()));
    for (char c = 'a'; c <= 'z'; c++) {
      types.pushChar(v, c, null);
      if (cap() != seen.get(seen.size() - 1)) {
        seen.add(cap());
      }
    }
    assertThat(seen).containsExactly(0L, 8L, 16L, 32L).inOrder();
    assertThat(string()).isEqualTo("abcdefghijklmnopqrstuvwxyz");
  }

  @Test
  void pushStrGrowthMatchesRustc() {
    types.initEmpty(v);
    pushStr("hello");
    assertThat(cap()).isEqualTo(8);
    pushStr(" world");
    assertThat(cap()).isEqualTo(16);
    pushStr("!".repeat(26));
    assertThat(cap()).isEqualTo(37);
    assertThat(len()).isEqualTo(37);
    assertThat(string()).isEqualTo("hello world" + "!".repeat(26));

    types.initEmpty(v);
    pushStr("0123456789abcdefghij");
    assertThat(cap()).isEqualTo(20);
  }

  @Test
  void withCapacityThenPushStrMatchesRustc() {
    types.withCapacity(v, 3, 1, 1, null);
    assertThat(cap()).isEqualTo(3);
    assertThat(heap.sizeOf(HeapTypes.ptr(mem, v))).isEqualTo(3);
    pushStr("hello");
    assertThat(cap()).isEqualTo(8);

    types.withCapacity(v, 3, 1, 1, null);
    pushStr("ab");
    assertThat(cap()).isEqualTo(3);
    pushStr("cd");
    assertThat(cap()).isEqualTo(8);
    assertThat(string()).isEqualTo("abcd");
  }

  @Test
  void fromBytesHasExactCapacityThenGrowsLikeRustc() {
    types.fromBytes(v, mem.internStatic("hi".getBytes(StandardCharsets.UTF_8)), 2, null);
    assertThat(cap()).isEqualTo(2);
    types.pushChar(v, 'x', null);
    assertThat(cap()).isEqualTo(8);
    assertThat(string()).isEqualTo("hix");

    types.fromBytes(v, mem.internStatic("hello".getBytes(StandardCharsets.UTF_8)), 5, null);
    types.reserve(v, 1, 1, 1, null);
    assertThat(cap()).isEqualTo(10);
    types.fromBytes(v, mem.internStatic("hello".getBytes(StandardCharsets.UTF_8)), 5, null);
    types.reserve(v, 20, 1, 1, null);
    assertThat(cap()).isEqualTo(25);
  }

  @Test
  void reserveMatchesRustc() {
    types.initEmpty(v, 4);
    types.reserve(v, 1, 4, 4, null);
    assertThat(cap()).isEqualTo(4);
    types.initEmpty(v, 1);
    types.reserve(v, 3, 1, 1, null);
    assertThat(cap()).isEqualTo(8);
    types.reserve(v, 9, 1, 1, null);
    assertThat(cap()).isEqualTo(16);
    types.reserveExact(v, 17, 1, 1, null);
    assertThat(cap()).isEqualTo(17);
  }

  @Test
  void vecWithThreeElementsDoublesAndTruncateKeepsCapacity() {
    types.withCapacity(v, 3, 4, 4, null);
    for (int i = 1; i <= 3; i++) {
      mem.putInt(types.pushSlot(v, 4, 4, null), i);
    }
    int slot = types.pushSlot(v, 4, 4, null);
    mem.putInt(slot, 4);
    assertThat(cap()).isEqualTo(6);
    assertThat(slot).isEqualTo(HeapTypes.ptr(mem, v) + 12);
    for (int i = 0; i < 4; i++) {
      assertThat(mem.getInt(HeapTypes.ptr(mem, v) + 4 * i)).isEqualTo(i + 1);
    }
    types.truncate(v, 1);
    assertThat(len()).isEqualTo(1);
    assertThat(cap()).isEqualTo(6);
    types.truncate(v, 5);
    assertThat(len()).isEqualTo(1);
  }

  @Test
  void growthFreesTheOldBlock() {
    types.initEmpty(v, 1);
    for (int i = 0; i < 9; i++) {
      mem.putByte(types.pushSlot(v, 1, 1, "s"), (byte) i);
    }
    assertThat(cap()).isEqualTo(16);
    assertThat(heap.allocations()).isEqualTo(2);
    assertThat(heap.frees()).isEqualTo(1);
    assertThat(heap.liveBlocks()).isEqualTo(1);
    assertThat(heap.liveBytes()).isEqualTo(16);
    assertThat(heap.isLive(HeapTypes.ptr(mem, v))).isTrue();
    assertThat(mem.read(HeapTypes.ptr(mem, v), 9)).isEqualTo(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8});
    types.freeBuffer(v, 1);
    assertThat(heap.liveBlocks()).isEqualTo(0);
  }

  @Test
  void shrinkToFitMatchesRustc() {
    types.withCapacity(v, 10, 4, 4, null);
    mem.putInt(types.pushSlot(v, 4, 4, null), 77);
    types.shrinkToFit(v, 4, 4, null);
    assertThat(cap()).isEqualTo(1);
    assertThat(mem.getInt(HeapTypes.ptr(mem, v))).isEqualTo(77);
    assertThat(heap.liveBlocks()).isEqualTo(1);
    types.clear(v);
    types.shrinkToFit(v, 4, 4, null);
    assertThat(cap()).isEqualTo(0);
    assertThat(HeapTypes.ptr(mem, v)).isEqualTo(4);
    assertThat(heap.liveBlocks()).isEqualTo(0);
  }

  @Test
  void popReturnsTheLastElement() {
    types.initEmpty(v, 8);
    assertThat(types.popSlot(v, 8)).isEqualTo(-1);
    mem.putLong(types.pushSlot(v, 8, 8, null), 10);
    mem.putLong(types.pushSlot(v, 8, 8, null), 20);
    assertThat(mem.getLong(types.popSlot(v, 8))).isEqualTo(20);
    assertThat(len()).isEqualTo(1);
    assertThat(cap()).isEqualTo(4);
  }

  @Test
  void pushCharEncodesUtf8() {
    types.initEmpty(v);
    types.pushChar(v, 'é', null);
    assertThat(cap()).isEqualTo(8);
    assertThat(len()).isEqualTo(2);
    types.pushChar(v, 0x1F600, null);
    assertThat(cap()).isEqualTo(8);
    assertThat(len()).isEqualTo(6);
    types.pushChar(v, 0x20AC, null);
    assertThat(string()).isEqualTo("é\uD83D\uDE00€");
    assertThrows(IllegalArgumentException.class, () -> types.pushChar(v, 0xD800, null));
    assertThrows(IllegalArgumentException.class, () -> types.pushChar(v, 0x110000, null));
  }

  @Test
  void pushBytesFromItsOwnBufferSurvivesReallocation() {
    types.initEmpty(v);
    pushStr("abcdefgh");
    assertThat(cap()).isEqualTo(8);
    int old = HeapTypes.ptr(mem, v);
    types.pushBytes(v, old + 2, 3, null);
    assertThat(HeapTypes.ptr(mem, v)).isNotEqualTo(old);
    assertThat(heap.isLive(old)).isFalse();
    assertThat(string()).isEqualTo("abcdefghcde");
    types.pushBytes(v, HeapTypes.ptr(mem, v), 4, null);
    assertThat(string()).isEqualTo("abcdefghcdeabcd");
  }

  @Test
  void emptyValuesHaveDanglingPointers() {
    types.initEmpty(v, 8);
    assertThat(HeapTypes.ptr(mem, v)).isEqualTo(8);
    types.initEmpty(v);
    assertThat(HeapTypes.ptr(mem, v)).isEqualTo(1);
    types.withCapacity(v, 0, 4, 4, null);
    assertThat(HeapTypes.ptr(mem, v)).isEqualTo(4);
    types.fromBytes(v, 0, 0, null);
    assertThat(HeapTypes.ptr(mem, v)).isEqualTo(1);
    assertThat(cap()).isEqualTo(0);
    types.freeBuffer(v, 1);
    assertThat(types.boxNew(0, 1, null)).isEqualTo(1);
    assertThat(types.boxNew(0, 16, null)).isEqualTo(16);
    types.boxFree(16, 0);
    assertThat(heap.allocations()).isEqualTo(0);
  }

  @Test
  void boxAllocatesAndFrees() {
    int b = types.boxNew(12, 4, "box");
    assertThat(heap.sizeOf(b)).isEqualTo(12);
    assertThat(heap.siteOf(b)).isEqualTo("box");
    types.boxFree(b, 12);
    assertThat(heap.isLive(b)).isFalse();
  }

  @Test
  void impossibleSizesPanicOrRunOutLikeRustc() {
    types.initEmpty(v);
    // Vec::<u8>::with_capacity(usize::MAX): capacity overflow.
    assertThrows(CapacityOverflow.class, () -> types.withCapacity(v, -1L, 1, 1, null));
    // Vec::<u32>::with_capacity(1 << 62): the byte size overflows, capacity overflow.
    assertThrows(CapacityOverflow.class, () -> types.withCapacity(v, 1L << 62, 4, 4, null));
    // vec![1u8].reserve(isize::MAX): required capacity 2^63 bytes, capacity overflow.
    types.pushSlot(v, 1, 1, null);
    assertThrows(CapacityOverflow.class, () -> types.reserve(v, Long.MAX_VALUE, 1, 1, null));
    assertThrows(CapacityOverflow.class, () -> types.reserve(v, -1L, 1, 1, null));
    // Vec::<u8>::with_capacity(1 << 40): memory allocation of 1099511627776 bytes failed.
    OutOfMemory oom = assertThrows(OutOfMemory.class, () -> types.withCapacity(v, 1L << 40, 1, 1, null));
    assertThat(oom).hasMessageThat().isEqualTo("memory allocation of 1099511627776 bytes failed");
    assertThrows(OutOfMemory.class, () -> types.withCapacity(v, 100L << 20, 1, 1, null));
  }
}
