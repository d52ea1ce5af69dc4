package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.nodes.Equality;
import rustle.interp.rt.Machine;
import rustle.memory.HeapTypes;
import rustle.types.Ty;

/** Native {@code Vec} methods that keep or drop elements in place: retain (with a closure) and dedup. */
final class VecMore {
  private VecMore() {}

  static Intrinsics.Impl of(FnCompiler f, String name, Intrinsics.Args a, Ty elem) {
    int size = f.size(elem);
    Dropper drop = f.c.drops.of(elem);
    switch (name) {
      case "retain": {
        FnCaller call = new FnCaller(f, f.code.typeArgs.get(f.code.typeArgs.size() - 1), new Ty.Ref(elem, false));
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int v = a.ptr(m, fp, 0);
            int p = HeapTypes.ptr(m.mem, v);
            long n = HeapTypes.len(m.mem, v);
            int kept = 0;
            for (long i = 0; i < n; i++) {
              int e = p + (int) i * size;
              int nfp = call.enter(m, a.at(fp, 1));
              m.mem.putLong(call.arg(nfp, 0), e);
              if (call.callLong(m, nfp) != 0) {
                if (kept != i) m.mem.copy(e, p + kept * size, size);
                kept++;
              } else if (drop != null) {
                drop.drop(m, e);
              }
            }
            m.mem.putLong(v + HeapTypes.LEN, kept);
          }
        };
      }
      case "dedup": {
        Equality.Eq eq = Equality.glue(f, elem, elem);
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            int v = a.ptr(m, fp, 0);
            int p = HeapTypes.ptr(m.mem, v);
            long n = HeapTypes.len(m.mem, v);
            if (n < 2) return;
            int kept = 1;
            for (long i = 1; i < n; i++) {
              int e = p + (int) i * size;
              if (eq.eq(m, e, p + (kept - 1) * size)) {
                if (drop != null) drop.drop(m, e);
              } else {
                if (kept != i) m.mem.copy(e, p + kept * size, size);
                kept++;
              }
            }
            m.mem.putLong(v + HeapTypes.LEN, kept);
          }
        };
      }
      default:
        return VecParts.of(f, name, a, elem);
    }
  }
}
