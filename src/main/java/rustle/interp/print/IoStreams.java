package rustle.interp.print;

import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;

/** The standard output and error as std::io's writers reach them: printing bytes, a BufWriter's buffer. */
public final class IoStreams {
  private IoStreams() {}

  /** Where a BufWriter<W>'s buf (its Vec<u8>) lies in it. */
  public static int bufOffset(rustle.interp.FnCompiler f, rustle.types.Ty w) {
    rustle.types.AdtDef def = f.c.program.items().std("BufWriter");
    return f.layout(new rustle.types.Ty.Adt(def, java.util.List.of(w))).offsets[0];
  }

  /** Whether a writer type W is the standard error (else it is the standard output). */
  public static boolean isStderr(rustle.types.Ty w) {
    return w instanceof rustle.types.Ty.Adt a && a.def().name.equals("Stderr");
  }

  /** Prints the bytes of the Vec<u8> at v to the standard output or error and empties it. */
  public static void flushBuf(Machine m, int v, boolean stderr) {
    long len = HeapTypes.len(m.mem, v);
    if (len == 0) return;
    print(m, m.mem.read(HeapTypes.ptr(m.mem, v), (int) len), stderr);
    HeapTypes.setLen(m.mem, v, 0);
  }

  /** Prints UTF-8 bytes to the standard output or error, as print!/eprint! do. */
  public static void print(Machine m, byte[] bytes, boolean stderr) {
    String s = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    if (stderr) {
      m.out.flush();
      m.err.append(s);
      m.err.flush();
    } else {
      m.out.append(s);
    }
  }
}
