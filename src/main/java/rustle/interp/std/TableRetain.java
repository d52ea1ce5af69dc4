package rustle.interp.std;

import rustle.interp.FnCompiler;
import rustle.types.Ty;

/**
 * {@code HashMap::retain} and {@code HashSet::retain}, as hashbrown's {@code RawTable::retain}: the full
 * buckets in index order (the order of {@code iter()}), the predicate called with {@code (&K, &mut V)} (a
 * set: {@code &T}), and each rejected element erased from the table in place and dropped.
 */
final class TableRetain {
  private TableRetain() {}

  static Intrinsics.Impl of(FnCompiler f, RawTable t, Intrinsics.Args a, Ty fnTy, Ty k, Ty v) {
    FnCaller call = v == null ? new FnCaller(f, fnTy, new Ty.Ref(k, false))
        : new FnCaller(f, fnTy, new Ty.Ref(k, false), new Ty.Ref(v, true));
    return Tables.into((m, fp, dst, span) -> {
      int h = a.ptr(m, fp, 0);
      int ctrl = RawTable.ctrl(m.mem, h);
      long mask = RawTable.mask(m.mem, h);
      if (RawTable.items(m.mem, h) == 0) return;
      for (long i = 0; i <= mask; i++) {
        if (!RawTable.isFull(m.mem, ctrl, i)) continue;
        int b = t.bucket(ctrl, i);
        int nfp = call.enter(m, a.at(fp, 1));
        m.mem.putLong(call.arg(nfp, 0), b + t.keyOff);
        if (v != null) m.mem.putLong(call.arg(nfp, 1), b + t.valOff);
        if (call.callLong(m, nfp) == 0) {
          t.erase(m.mem, h, i);
          if (t.elemDrop != null) t.elemDrop.drop(m, b);
        }
      }
    });
  }
}
