package rustle.interp.std;

import rustle.interp.FnCompiler;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Rep;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * The stepper and size hint of a program's own iterator type ({@code impl Iterator for Counter}):
 * each step calls the program's {@code next(&mut self)} on the iterator in memory, with the
 * {@code Option<Item>} it returns in a scratch frame of its own below the caller's, and moves the item
 * out of a {@code Some}. The size hint calls the program's {@code size_hint} when it has one, else it
 * is Iterator's default, {@code (0, None)}.
 */
final class UserSteppers {
  private UserSteppers() {}

  static Stepper of(FnCompiler f, Ty.Adt a) {
    FnCode code = f.c.code(a.def().iterNext, a.args());
    Ty item = Infer.shallow(f.sub(rustle.check.Iterators.itemOf(a, null)));
    Ty opt = f.c.program.items().option(item);
    Layout ol = f.layout(opt);
    EnumAccess acc = new EnumAccess(ol);
    int payload = ol.variantOffsets[1][0];
    int itemSize = f.size(item);
    Rep rep = Rep.of(opt);
    Kind kind = Kind.of(opt);
    int scratch = ol.size;
    return new Stepper() {
      @Override
      public boolean next(Machine m, int it, int dst) {
        int sp0 = m.sp;
        m.pushFrame(scratch);
        int res = m.sp;
        int nfp = m.pushFrame(code.frameSize);
        m.mem.putLong(nfp + code.paramOffs[0], it);
        if (rep == Rep.INT) kind.store(m.mem, res, code.callLong(m, nfp));
        else code.callInto(m, nfp, res);
        m.sp = sp0;
        if (acc.variant(m.mem, res) != 1) return false;
        if (itemSize > 0) m.mem.copy(res + payload, dst, itemSize);
        return true;
      }
    };
  }

  /** The program's own size_hint, called on the iterator in memory, or Iterator's default (0, None). */
  static SizeHint hint(FnCompiler f, Ty.Adt a) {
    if (a.def().iterSizeHint == null) return SizeHint.UNKNOWN;
    FnCode code = f.c.code(a.def().iterSizeHint, a.args());
    Ty ret = Infer.shallow(f.sub(rustle.types.Subst.apply(a.def().iterSizeHint.ret, a.args())));
    Layout tl = f.layout(ret);
    Ty opt = ((Ty.Tuple) ret).elems().get(1);
    Layout ol = f.layout(opt);
    EnumAccess acc = new EnumAccess(ol);
    int lowOff = tl.offsets[0];
    int upOff = tl.offsets[1];
    int payload = ol.variantOffsets[1][0];
    // std's Repeat and option::IntoIter (iter::once) are TrustedLen; a program's own iterators are not.
    boolean trusted = a.def().fromPrelude && (a.def().name.equals("Repeat") || a.def().name.equals("OptionIntoIter"));
    return new SizeHint(trusted, false) {
      private int call(Machine m, int it) {
        int sp0 = m.sp;
        m.pushFrame(tl.size);
        int res = m.sp;
        int nfp = m.pushFrame(code.frameSize);
        m.mem.putLong(nfp + code.paramOffs[0], it);
        code.callInto(m, nfp, res);
        m.sp = sp0;
        return res;
      }

      @Override
      long lower(Machine m, int it) {
        return m.mem.getLong(call(m, it) + lowOff);
      }

      @Override
      long upper(Machine m, int it) {
        int res = call(m, it);
        return acc.variant(m.mem, res + upOff) == 1 ? m.mem.getLong(res + upOff + payload) : NONE;
      }
    };
  }
}
