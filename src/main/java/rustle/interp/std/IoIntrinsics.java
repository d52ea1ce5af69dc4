package rustle.interp.std;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import rustle.ast.Span;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;

/** {@code std::io::Stdin}'s reads from the host's input ({@code Machine.stdin}) and {@code Stdout::flush}. */
final class IoIntrinsics {
  private IoIntrinsics() {}

  static Intrinsics.Impl of(String name, Intrinsics.Args a) {
    switch (name) {
      case "__read":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return read(m, a.ptr(m, fp, 0), m.mem.getByte(a.at(fp, 1)) != 0, span);
          }
        };
      case "__flush":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            m.out.flush();
          }
        };
      default:
        throw new IllegalStateException("io::" + name);
    }
  }

  /** {@code BufWriter::__flush_buf}: prints buf's bytes to W's stream and empties buf. */
  static Intrinsics.Impl bufWriter(rustle.interp.FnCompiler f, String name, Intrinsics.Args a, java.util.List<rustle.types.Ty> targs) {
    if (!name.equals("__flush_buf")) throw new IllegalStateException("BufWriter::" + name);
    rustle.types.Ty w = rustle.types.Infer.shallow(targs.get(0));
    int buf = rustle.interp.print.IoStreams.bufOffset(f, w);
    boolean stderr = rustle.interp.print.IoStreams.isStderr(w);
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        rustle.interp.print.IoStreams.flushBuf(m, a.ptr(m, fp, 0) + buf, stderr);
      }
    };
  }

  /**
   * Appends the next line (everything left when all) to the String at s: the number of bytes, -1 when
   * they are not UTF-8 (the String's length unchanged, its capacity reserved as std's read does first),
   * -2 when the host's input failed.
   */
  private static long read(Machine m, int s, boolean all, Span span) {
    byte[] bytes = m.stdin.read(all);
    if (bytes == null) return -2;
    if (bytes.length == 0) return 0;
    m.heapTypes.reserve(s, bytes.length, 1, 1, span);
    if (!utf8(bytes)) return -1;
    long len = HeapTypes.len(m.mem, s);
    m.mem.write(HeapTypes.ptr(m.mem, s) + (int) len, bytes);
    HeapTypes.setLen(m.mem, s, len + bytes.length);
    return bytes.length;
  }

  private static boolean utf8(byte[] b) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
