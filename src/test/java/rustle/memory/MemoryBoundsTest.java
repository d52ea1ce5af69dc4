package rustle.memory;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The native store's contract: zero until written, and every access checked against the accessible end. */
class MemoryBoundsTest {
  private final Memory mem = new Memory(8 << 20, 1L << 30);

  @Test
  void untouchedMemoryReadsAsZeroInEveryRegion() {
    assertThat(mem.getLong(Memory.STATIC_BASE)).isEqualTo(0);
    assertThat(mem.getLong(mem.stackTop() - 8)).isEqualTo(0);
    assertThat(mem.getLong(mem.stackTop())).isEqualTo(0); // the gap
    assertThat(mem.getLong(mem.end() - 8)).isEqualTo(0);
    int far = mem.heapBase() + (64 << 20);
    mem.ensureCapacity(far + 8);
    assertThat(mem.getLong(far)).isEqualTo(0);
  }

  @Test
  void everyAccessPastTheEndOrBelowZeroFails() {
    int end = mem.end();
    mem.putLong(end - 8, 5);
    assertThat(mem.getLong(end - 8)).isEqualTo(5);
    assertThrows(IndexOutOfBoundsException.class, () -> mem.getLong(end - 7));
    assertThrows(IndexOutOfBoundsException.class, () -> mem.putInt(end - 3, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> mem.getShort(end - 1));
    assertThrows(IndexOutOfBoundsException.class, () -> mem.putByte(end, (byte) 1));
    assertThrows(IndexOutOfBoundsException.class, () -> mem.getByte(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> mem.getLong(Integer.MIN_VALUE));
    assertThrows(IndexOutOfBoundsException.class, () -> mem.getDouble(Integer.MAX_VALUE));
    assertThrows(IndexOutOfBoundsException.class, () -> mem.copy(end - 4, 0x2000, 32));
    assertThrows(IndexOutOfBoundsException.class, () -> mem.copy(0x2000, end - 4, 32));
    assertThrows(IndexOutOfBoundsException.class, () -> mem.fill(end - 4, 8, (byte) 1));
    assertThrows(IndexOutOfBoundsException.class, () -> mem.read(end - 4, 8));
    assertThrows(IndexOutOfBoundsException.class, () -> mem.write(-4, new byte[8]));
    assertThrows(IndexOutOfBoundsException.class, () -> mem.compare(0x2000, end - 4, 8));
    assertThrows(RuntimeException.class, () -> mem.fill(0x2000, -1, (byte) 1));
    assertThrows(IndexOutOfBoundsException.class, () -> mem.copyOut(0x2000, new byte[4], 2, 4));
  }

  @Test
  void growingRaisesTheEndWithoutMovingContents() {
    int a = mem.heapBase() + 16;
    mem.putLong(a, 99);
    int end = mem.end();
    assertThrows(IndexOutOfBoundsException.class, () -> mem.getLong(end));
    mem.ensureCapacity(end + 1);
    assertThat(mem.getLong(end)).isEqualTo(0);
    assertThat(mem.getLong(a)).isEqualTo(99);
  }

  @Test
  void bulkCopiesInAndOut() {
    int a = 0x3000;
    mem.copyIn(new byte[] {9, 1, 2, 3, 9}, 1, a, 3);
    byte[] out = new byte[6];
    mem.copyOut(a - 1, out, 1, 5);
    assertThat(out).isEqualTo(new byte[] {0, 0, 1, 2, 3, 0});
    mem.copy(a, a + 100, 3);
    assertThat(mem.read(a + 100, 3)).isEqualTo(new byte[] {1, 2, 3});
  }

  @Test
  void compareIsMemcmpOverUnsignedBytes() {
    int a = 0x4000;
    int b = 0x5000;
    byte[] x = new byte[21];
    for (int i = 0; i < x.length; i++) x[i] = (byte) (i * 5);
    mem.write(a, x);
    mem.write(b, x);
    assertThat(mem.compare(a, b, 21)).isEqualTo(0);
    assertThat(mem.equal(a, b, 21)).isTrue();
    for (int at : new int[] {0, 7, 8, 15, 16, 20}) {
      mem.putByte(b + at, (byte) 0x80); // above every byte of x as unsigned, below as signed
      assertThat(mem.compare(a, b, 21)).isLessThan(0);
      assertThat(mem.compare(b, a, 21)).isGreaterThan(0);
      assertThat(mem.compare(a, b, at)).isEqualTo(0);
      mem.putByte(b + at, x[at]);
    }
    mem.putByte(b + 3, (byte) 1);
    mem.putByte(b + 9, (byte) 0xFF);
    assertThat(mem.compare(a, b, 21)).isGreaterThan(0); // byte 3 decides: 15 > 1
  }
}
