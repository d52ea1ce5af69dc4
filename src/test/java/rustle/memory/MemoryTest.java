package rustle.memory;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MemoryTest {
  private final Memory mem = new Memory(8 << 20, 1L << 30);
  private final int a = mem.heapBase() + 64;

  @Test
  void layoutOfTheDefaultSpace() {
    assertThat(mem.stackBase()).isEqualTo(0x10_0000);
    assertThat(mem.stackTop()).isEqualTo(0x90_0000);
    assertThat(mem.heapBase()).isEqualTo(0x100_0000);
    assertThat(mem.heapLimit()).isEqualTo(0x4100_0000);
    assertThat(mem.end()).isLessThan(mem.heapBase() + (1 << 20));
  }

  @Test
  void heapBaseIsTheNextMultipleOf16MiB() {
    Memory exact = new Memory(0xF0_0000, 1 << 20);
    assertThat(exact.heapBase()).isEqualTo(0x100_0000);
    Memory over = new Memory(0xF0_0001, 1 << 20);
    assertThat(over.stackTop()).isEqualTo(0x100_0010);
    assertThat(over.heapBase()).isEqualTo(0x200_0000);
  }

  @Test
  void heapLimitIsClampedBelow2To31() {
    Memory big = new Memory(8 << 20, 1L << 40);
    assertThat(big.heapLimit()).isEqualTo(Memory.MAX_ADDRESS);
    assertThrows(IllegalArgumentException.class, () -> new Memory(Integer.MAX_VALUE - 16, 1));
    assertThrows(IllegalArgumentException.class, () -> new Memory(-1, 1));
  }

  @Test
  void longIsLittleEndian() {
    mem.putLong(a, 0x0102030405060708L);
    assertThat(mem.read(a, 8)).isEqualTo(new byte[] {8, 7, 6, 5, 4, 3, 2, 1});
    assertThat(mem.getLong(a)).isEqualTo(0x0102030405060708L);
  }

  @Test
  void intShortAndByteAreLittleEndian() {
    mem.putInt(a, 0x11223344);
    assertThat(mem.read(a, 4)).isEqualTo(new byte[] {0x44, 0x33, 0x22, 0x11});
    mem.putShort(a + 8, (short) 0xA1B2);
    assertThat(mem.read(a + 8, 2)).isEqualTo(new byte[] {(byte) 0xB2, (byte) 0xA1});
    assertThat(mem.getShort(a + 8)).isEqualTo((short) 0xA1B2);
    mem.putByte(a + 12, (byte) -3);
    assertThat(mem.getByte(a + 12)).isEqualTo((byte) -3);
    assertThat(mem.getInt(a)).isEqualTo(0x11223344);
  }

  @Test
  void floatsUseIeeeBitsLittleEndian() {
    mem.putDouble(a, 1.0);
    assertThat(mem.read(a, 8)).isEqualTo(new byte[] {0, 0, 0, 0, 0, 0, (byte) 0xF0, 0x3F});
    assertThat(mem.getDouble(a)).isEqualTo(1.0);
    mem.putFloat(a, -2.5f);
    assertThat(mem.getInt(a)).isEqualTo(Float.floatToIntBits(-2.5f));
    assertThat(mem.getFloat(a)).isEqualTo(-2.5f);
  }

  @Test
  void unalignedAccessWorks() {
    mem.putLong(a + 3, -2L);
    assertThat(mem.getLong(a + 3)).isEqualTo(-2L);
  }

  @Test
  void signedAndUnsignedReads() {
    mem.putSized(a, 8, -1L);
    assertThat(mem.getUnsigned(a, 1)).isEqualTo(0xFFL);
    assertThat(mem.getUnsigned(a, 2)).isEqualTo(0xFFFFL);
    assertThat(mem.getUnsigned(a, 4)).isEqualTo(0xFFFF_FFFFL);
    assertThat(mem.getUnsigned(a, 8)).isEqualTo(-1L);
    assertThat(mem.getSigned(a, 1)).isEqualTo(-1L);
    assertThat(mem.getSigned(a, 2)).isEqualTo(-1L);
    assertThat(mem.getSigned(a, 4)).isEqualTo(-1L);
    mem.putSized(a, 2, 0x1_7FFF);
    assertThat(mem.getSigned(a, 2)).isEqualTo(0x7FFF);
    assertThat(mem.getUnsigned(a + 2, 2)).isEqualTo(0xFFFF);
    assertThrows(IllegalArgumentException.class, () -> mem.getSigned(a, 3));
  }

  @Test
  void putSizedWritesOnlyItsBytes() {
    mem.putLong(a, 0);
    mem.putSized(a, 4, 0x1_2345_6789L);
    assertThat(mem.getLong(a)).isEqualTo(0x2345_6789L);
    mem.putSized(a + 1, 1, 0xABCD);
    assertThat(mem.getLong(a)).isEqualTo(0x2345_CD89L);
  }

  @Test
  void copyHandlesOverlapInBothDirections() {
    mem.write(a, new byte[] {1, 2, 3, 4, 5, 6});
    mem.copy(a, a + 2, 4);
    assertThat(mem.read(a, 6)).isEqualTo(new byte[] {1, 2, 1, 2, 3, 4});
    mem.copy(a + 2, a, 4);
    assertThat(mem.read(a, 6)).isEqualTo(new byte[] {1, 2, 3, 4, 3, 4});
  }

  /** Every length of the small-copy path and past it, at every overlap shift either way, against a model. */
  @Test
  void copyIsMemmoveAtEveryLengthAndOverlap() {
    for (int len = 0; len <= 40; len++) {
      for (int shift = -9; shift <= 9; shift++) {
        byte[] model = new byte[64];
        for (int i = 0; i < model.length; i++) model[i] = (byte) (i * 7 + 1);
        mem.write(a, model);
        int src = 12;
        System.arraycopy(model.clone(), src, model, src + shift, len);
        mem.copy(a + src, a + src + shift, len);
        assertThat(mem.read(a, 64)).isEqualTo(model);
      }
    }
  }

  @Test
  void fill() {
    mem.fill(a, 3, (byte) 7);
    assertThat(mem.read(a - 1, 5)).isEqualTo(new byte[] {0, 7, 7, 7, 0});
  }

  @Test
  void regionMap() {
    assertThat(mem.regionOf(0)).isEqualTo(Region.NULL);
    assertThat(mem.regionOf(0xFFF)).isEqualTo(Region.NULL);
    assertThat(mem.regionOf(0x1000)).isEqualTo(Region.STATIC);
    assertThat(mem.regionOf(0xF_FFFF)).isEqualTo(Region.STATIC);
    assertThat(mem.regionOf(0x10_0000)).isEqualTo(Region.STACK);
    assertThat(mem.regionOf(mem.stackTop() - 1)).isEqualTo(Region.STACK);
    assertThat(mem.regionOf(mem.stackTop())).isEqualTo(Region.UNMAPPED);
    assertThat(mem.regionOf(mem.heapBase())).isEqualTo(Region.HEAP);
    assertThat(mem.regionOf(mem.heapLimit() - 1)).isEqualTo(Region.HEAP);
    assertThat(mem.regionOf(mem.heapLimit())).isEqualTo(Region.UNMAPPED);
    assertThat(mem.regionOf(-8)).isEqualTo(Region.UNMAPPED);
  }

  @Test
  void internStaticSharesIdenticalLiterals() {
    byte[] hello = "hello".getBytes(StandardCharsets.UTF_8);
    int h = mem.internStatic(hello);
    int w = mem.internStatic("wörld".getBytes(StandardCharsets.UTF_8));
    assertThat(h).isEqualTo(Memory.STATIC_BASE);
    assertThat(w).isEqualTo(h + 5);
    assertThat(mem.internStatic("hello".getBytes(StandardCharsets.UTF_8))).isEqualTo(h);
    assertThat(mem.read(w, 6)).isEqualTo("wörld".getBytes(StandardCharsets.UTF_8));
    assertThat(mem.staticTop()).isEqualTo(w + 6);
    hello[0] = 'j';
    assertThat(mem.read(h, 5)).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void staticRegionRunsOut() {
    // Static data ends where the code region (fn pointer and vtable targets) begins.
    mem.internStatic(new byte[Memory.CODE_BASE - Memory.STATIC_BASE - 1]);
    assertThat(mem.internStatic(new byte[] {9})).isEqualTo(Memory.CODE_BASE - 1);
    assertThrows(IllegalStateException.class, () -> mem.internStatic(new byte[] {1}));
  }

  @Test
  void ensureCapacityGrowsAndKeepsContents() {
    mem.putLong(a, 42);
    int far = mem.heapBase() + (5 << 20);
    mem.ensureCapacity(far + 8);
    assertThat(mem.end()).isAtLeast(far + 8);
    mem.putLong(far, 7);
    assertThat(mem.getLong(a)).isEqualTo(42);
    assertThrows(IllegalArgumentException.class, () -> mem.ensureCapacity(mem.heapLimit() + 1));
  }
}
