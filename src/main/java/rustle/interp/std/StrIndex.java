package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Layout;

/** {@code str::get} (a range, None where slicing would panic) and {@code str::is_char_boundary}. */
final class StrIndex {
  private StrIndex() {}

  /** Whether idx is 0, the length, or an index of a byte that starts a char. */
  static boolean boundary(Machine m, int ptr, long len, long idx) {
    if (idx == 0 || idx == len) return true;
    if (Long.compareUnsigned(idx, len) > 0) return false;
    return (m.mem.getByte((int) (ptr + idx)) & 0xC0) != 0x80;
  }

  static Intrinsics.Impl of(FnCompiler f, String name, Intrinsics.Args a) {
    if (name.equals("is_char_boundary")) {
      return new Intrinsics.Impl() {
        @Override
        public long callLong(Machine m, int fp, Span span) {
          int ptr = (int) m.mem.getLong(a.at(fp, 0));
          long len = m.mem.getLong(a.at(fp, 0) + 8);
          return boundary(m, ptr, len, a.word(m, fp, 1)) ? 1 : 0;
        }
      };
    }
    RangeArgs range = RangeArgs.of(f, f.code.typeArgs.get(0));
    Layout rl = f.layout(Infer.shallow(f.sub(f.code.def.ret)));
    EnumAccess acc = new EnumAccess(rl);
    int payload = rl.variantOffsets[1][0];
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        int ptr = (int) m.mem.getLong(a.at(fp, 0));
        long len = m.mem.getLong(a.at(fp, 0) + 8);
        long[] b = range.within(m, a.at(fp, 1), len);
        if (b == null || !boundary(m, ptr, len, b[0]) || !boundary(m, ptr, len, b[1])) {
          acc.setVariant(m.mem, dst, 0);
          return;
        }
        m.mem.putLong(dst + payload, ptr + b[0]);
        m.mem.putLong(dst + payload + 8, b[1] - b[0]);
        acc.setVariant(m.mem, dst, 1);
      }
    };
  }
}
