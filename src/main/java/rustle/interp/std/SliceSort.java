package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.nodes.Equality;
import rustle.interp.rt.Machine;
import rustle.types.Ty;

/**
 * sort, sort_unstable, sort_by, sort_unstable_by, sort_by_key, sort_unstable_by_key. Like std 1.95, a slice of at most 20
 * elements is sorted by insertion (shifting the tail element left while {@code is_less}), so a key or
 * comparison closure is called exactly as often as in Rust (twice per comparison); longer slices are sorted
 * stably by merging, with the same result as std but not the same number of comparisons.
 */
final class SliceSort {
  private SliceSort() {}

  /** {@code is_less(a, b)} on two element addresses. */
  abstract static class Less {
    abstract boolean less(Machine m, int fp, int x, int y);
  }

  static Intrinsics.Impl of(FnCompiler f, String name, Intrinsics.Args a, Ty elem) {
    int size = f.size(elem);
    Less less;
    switch (name) {
      case "sort":
      case "sort_unstable": {
        Equality.Eq cmp = Equality.glue(f, elem, elem);
        less = new Less() {
          @Override
          boolean less(Machine m, int fp, int x, int y) {
            return cmp.cmp(m, x, y) < 0;
          }
        };
        break;
      }
      case "sort_by_key":
      case "sort_unstable_by_key": {
        Ty fnTy = f.code.typeArgs.get(f.code.typeArgs.size() - 1);
        Ty key = f.sub(rustle.check.Iterators.fnRet(fnTy));
        FnCaller call = new FnCaller(f, fnTy, new Ty.Ref(elem, false));
        Equality.Eq cmp = Equality.glue(f, key, key);
        Dropper drop = f.c.drops.of(key);
        int ks = Math.max(8, f.size(key));
        less = new Less() {
          @Override
          boolean less(Machine m, int fp, int x, int y) {
            int sp0 = m.sp;
            m.pushFrame(2 * ks);
            int k1 = m.sp;
            int k2 = k1 + ks;
            key(m, fp, x, k1);
            key(m, fp, y, k2);
            boolean r = cmp.cmp(m, k1, k2) < 0;
            if (drop != null) {
              drop.drop(m, k1);
              drop.drop(m, k2);
            }
            m.sp = sp0;
            return r;
          }

          private void key(Machine m, int fp, int x, int dst) {
            int nfp = call.enter(m, a.at(fp, 1));
            m.mem.putLong(call.arg(nfp, 0), x);
            call.call(m, nfp, dst);
          }
        };
        break;
      }
      case "sort_by":
      case "sort_unstable_by": {
        // compare(a, b) == Ordering::Less, whose discriminant is -1.
        Ty fnTy = f.code.typeArgs.get(f.code.typeArgs.size() - 1);
        Ty ref = new Ty.Ref(elem, false);
        FnCaller call = new FnCaller(f, fnTy, ref, ref);
        less = new Less() {
          @Override
          boolean less(Machine m, int fp, int x, int y) {
            int sp0 = m.sp;
            m.pushFrame(8);
            int res = m.sp;
            int nfp = call.enter(m, a.at(fp, 1));
            m.mem.putLong(call.arg(nfp, 0), x);
            m.mem.putLong(call.arg(nfp, 1), y);
            call.call(m, nfp, res);
            boolean r = m.mem.getByte(res) < 0;
            m.sp = sp0;
            return r;
          }
        };
        break;
      }
      default:
        throw new IllegalStateException("[T]::" + name);
    }
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        int p = a.ptr(m, fp, 0);
        int n = (int) m.mem.getLong(a.at(fp, 0) + 8);
        if (n < 2 || size == 0) return;
        int sp0 = m.sp;
        m.pushFrame(size);
        int tmp = m.sp;
        if (n <= 20) insertion(m, fp, p, n, size, tmp, less);
        else merge(m, fp, p, n, size, less);
        m.sp = sp0;
      }
    };
  }

  private static void insertion(Machine m, int fp, int p, int n, int size, int tmp, Less less) {
    for (int i = 1; i < n; i++) {
      int tail = p + i * size;
      if (!less.less(m, fp, tail, tail - size)) continue;
      m.mem.copy(tail, tmp, size);
      int gap = i;
      while (true) {
        m.mem.copy(p + (gap - 1) * size, p + gap * size, size);
        gap--;
        if (gap == 0 || !less.less(m, fp, tmp, p + (gap - 1) * size)) break;
      }
      m.mem.copy(tmp, p + gap * size, size);
    }
  }

  /** A stable merge sort through a scratch buffer on the heap (std's sorts allocate one too). */
  private static void merge(Machine m, int fp, int p, int n, int size, Less less) {
    int buf = m.heapTypes.boxNew(n * size, 16, Span.NONE);
    try {
      mergeWith(m, fp, p, n, size, less, buf);
    } finally {
      m.heapTypes.boxFree(buf, n * size);
    }
  }

  private static void mergeWith(Machine m, int fp, int p, int n, int size, Less less, int buf) {
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n - width; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(lo + 2 * width, n);
        m.mem.copy(p + lo * size, buf + lo * size, (hi - lo) * size);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          if (less.less(m, fp, buf + j * size, buf + i * size)) m.mem.copy(buf + (j++) * size, p + (k++) * size, size);
          else m.mem.copy(buf + (i++) * size, p + (k++) * size, size);
        }
        while (i < mid) m.mem.copy(buf + (i++) * size, p + (k++) * size, size);
        while (j < hi) m.mem.copy(buf + (j++) * size, p + (k++) * size, size);
      }
    }
  }
}
