package rustle.interp.std;

import rustle.ast.Span;
import rustle.fmt.Fmt;
import rustle.fmt.FormatSpec;
import rustle.interp.print.FormatterMem;
import rustle.interp.rt.Machine;

/**
 * Native bodies of the prelude's {@code impl Formatter}: writing to the Formatter's sink
 * ({@code write_str}, {@code write_char}, {@code pad} with the Formatter's options) and reading its
 * options back from the Formatter in memory ({@code width}, {@code precision}, {@code fill}, flags).
 */
final class FormatterIntrinsics {
  private FormatterIntrinsics() {}

  static Intrinsics.Impl of(String name, Intrinsics.Args a) {
    return new Intrinsics.Impl() {
      @Override
      public long callLong(Machine m, int fp, Span span) {
        int f = a.ptr(m, fp, 0);
        int flags = FormatterMem.flags(m, f);
        switch (name) {
          case "fill": return flags & ((1 << 21) - 1);
          case "alternate": return (flags & FormatterMem.ALTERNATE) != 0 ? 1 : 0;
          case "sign_plus": return (flags & FormatterMem.SIGN_PLUS) != 0 ? 1 : 0;
          case "sign_minus": return (flags & FormatterMem.SIGN_MINUS) != 0 ? 1 : 0;
          case "sign_aware_zero_pad": return (flags & FormatterMem.ZERO_PAD) != 0 ? 1 : 0;
          default: throw new IllegalStateException("Formatter::" + name);
        }
      }

      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        int f = a.ptr(m, fp, 0);
        switch (name) {
          case "write_str":
          case "write_char":
          case "pad": {
            rustle.interp.rt.FmtSink sink = FormatterMem.sink(m, f);
            int from = sink.sb.length();
            if (name.equals("write_str")) {
              sink.sb.append(StrIntrinsics.text(m, a.at(fp, 1)));
            } else if (name.equals("write_char")) {
              sink.sb.appendCodePoint(m.mem.getInt(a.at(fp, 1)));
            } else {
              Fmt.formatStr(sink.sb, StrIntrinsics.text(m, a.at(fp, 1)), FormatterMem.spec(m, f, FormatSpec.Trait.DISPLAY),
                  FormatterMem.width(m, f), FormatterMem.precision(m, f));
            }
            sink.piece(from);
            m.mem.putByte(dst, (byte) 0);
            return;
          }
          case "width":
          case "precision": {
            // Option<usize>: the tag word (0 None, 1 Some) at 0, the value at 8.
            int v = name.equals("width") ? FormatterMem.width(m, f) : FormatterMem.precision(m, f);
            m.mem.putLong(dst, v < 0 ? 0 : 1);
            if (v >= 0) m.mem.putLong(dst + 8, v);
            return;
          }
          default:
            throw new IllegalStateException("Formatter::" + name);
        }
      }
    };
  }
}
