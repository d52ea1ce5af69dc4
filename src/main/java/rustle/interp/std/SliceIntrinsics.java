package rustle.interp.std;

import java.util.List;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Panics;
import rustle.memory.HeapTypes;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/** Native bodies of the prelude's {@code impl<T> [T]} (argument 0 is the slice's fat pointer). */
final class SliceIntrinsics {
  private SliceIntrinsics() {}

  static Intrinsics.Impl of(FnCompiler f, String name, Intrinsics.Args a, Ty elem) {
    int size = f.size(elem);
    switch (name) {
      case "len":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return m.mem.getLong(a.at(fp, 0) + 8);
          }
        };
      case "is_empty":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return m.mem.getLong(a.at(fp, 0) + 8) == 0 ? 1 : 0;
          }
        };
      case "iter":
      case "iter_mut": {
        Ty iterTy = new Ty.Adt(f.c.program.items().std(name.equals("iter") ? "Iter" : "IterMut"), List.of(elem));
        Layout l = f.layout(iterTy);
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            long p = m.mem.getLong(a.at(fp, 0));
            long len = m.mem.getLong(a.at(fp, 0) + 8);
            m.mem.putLong(dst + l.offsets[0], p);
            m.mem.putLong(dst + l.offsets[1], p + len * size);
          }
        };
      }
      case "get":
      case "get_mut":
      case "first":
      case "last": {
        Ty opt = new Ty.Adt(f.c.program.items().std("Option"), List.of(new Ty.Ref(elem, false)));
        Layout ol = f.layout(opt);
        EnumAccess acc = new EnumAccess(ol);
        int payload = ol.variantOffsets[1][0];
        int mode = name.startsWith("get") ? 0 : name.equals("first") ? 1 : 2;
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            long p = m.mem.getLong(a.at(fp, 0));
            long len = m.mem.getLong(a.at(fp, 0) + 8);
            long idx = mode == 0 ? a.word(m, fp, 1) : mode == 1 ? 0 : len - 1;
            if (idx < 0 || idx >= len) {
              acc.setVariant(m.mem, dst, 0);
              return;
            }
            m.mem.putLong(dst + payload, p + idx * size);
            acc.setVariant(m.mem, dst, 1);
          }
        };
      }
      case "swap":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int p = (int) m.mem.getLong(a.at(fp, 0));
            long len = m.mem.getLong(a.at(fp, 0) + 8);
            long i = a.word(m, fp, 1);
            long j = a.word(m, fp, 2);
            if (i >= len || j >= len) throw Panics.indexOutOfBounds(len, i >= len ? i : j, m.callerSpan());
            byte[] tmp = m.mem.read((int) (p + i * size), size);
            m.mem.copy((int) (p + j * size), (int) (p + i * size), size);
            m.mem.write((int) (p + j * size), tmp);
          }
        };
      case "reverse":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int p = (int) m.mem.getLong(a.at(fp, 0));
            long len = m.mem.getLong(a.at(fp, 0) + 8);
            for (long i = 0, j = len - 1; i < j; i++, j--) {
              byte[] tmp = m.mem.read((int) (p + i * size), size);
              m.mem.copy((int) (p + j * size), (int) (p + i * size), size);
              m.mem.write((int) (p + j * size), tmp);
            }
          }
        };
      case "join":
      case "concat": {
        boolean isString = Infer.shallow(elem) instanceof Ty.Adt ad && ad.def().builtin == AdtDef.Builtin.STRING;
        boolean join = name.equals("join");
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int p = (int) m.mem.getLong(a.at(fp, 0));
            long len = m.mem.getLong(a.at(fp, 0) + 8);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] sep = join ? m.mem.read(a.ptr(m, fp, 1), (int) m.mem.getLong(a.at(fp, 1) + 8)) : new byte[0];
            for (long i = 0; i < len; i++) {
              if (i > 0) out.writeBytes(sep);
              int e = (int) (p + i * size);
              // A String element is a Vec header; a &str element is a (ptr, len) fat pointer.
              int sp = (int) m.mem.getLong(e + (isString ? HeapTypes.PTR : 0));
              long sl = m.mem.getLong(e + (isString ? HeapTypes.LEN : 8));
              out.writeBytes(m.mem.read(sp, (int) sl));
            }
            StrIntrinsics.newString(m, dst, out.toByteArray(), span);
          }
        };
      }
      default:
        return SliceMore.of(f, name, a, elem);
    }
  }
}
