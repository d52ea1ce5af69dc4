package rustle.cli;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** Expected lengths are those of Rust's {@code Utf8Error::error_len} and {@code from_utf8_lossy}. */
class Utf8Test {
  private static byte[] b(int... v) {
    byte[] out = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (byte) v[i];
    }
    return out;
  }

  @Test
  void errorLengths() {
    assertThat(Utf8.errorLength(b('a'), 0)).isEqualTo(-1);
    assertThat(Utf8.errorLength(b(0xC3, 0xA9), 0)).isEqualTo(-1);
    assertThat(Utf8.errorLength(b(0xFF), 0)).isEqualTo(1);
    assertThat(Utf8.errorLength(b(0x80), 0)).isEqualTo(1);
    assertThat(Utf8.errorLength(b(0xC0, 0xAF), 0)).isEqualTo(1); // overlong lead
    assertThat(Utf8.errorLength(b(0xE0, 0x80, 0x80), 0)).isEqualTo(1); // overlong
    assertThat(Utf8.errorLength(b(0xED, 0xA0, 0x80), 0)).isEqualTo(1); // surrogate
    assertThat(Utf8.errorLength(b(0xF4, 0x90, 0x80, 0x80), 0)).isEqualTo(1); // above U+10FFFF
    assertThat(Utf8.errorLength(b(0xF0, 0x9F, 'A'), 0)).isEqualTo(2);
    assertThat(Utf8.errorLength(b(0xE2, 0x82, ' '), 0)).isEqualTo(2);
    assertThat(Utf8.errorLength(b(0xF0, 0x9F, 0x98), 0)).isEqualTo(0); // cut short by the end
  }

  @Test
  void lossyReplacesEachInvalidSequenceOnce() {
    // b"\xe0\x80\x80 \xf4\x90\x80\x80 \xc0\xaf \xe2\x82 x", as String::from_utf8_lossy shows it
    byte[] bytes =
        b(0xE0, 0x80, 0x80, ' ', 0xF4, 0x90, 0x80, 0x80, ' ', 0xC0, 0xAF, ' ', 0xE2, 0x82, ' ', 'x');
    assertThat(Utf8.lossy(bytes, 0, bytes.length))
        .isEqualTo("\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD \uFFFD x");
    assertThat(Utf8.lossy(b('c', 'a', 'f', 0xC3, 0xA9), 0, 5)).isEqualTo("café");
  }
}
