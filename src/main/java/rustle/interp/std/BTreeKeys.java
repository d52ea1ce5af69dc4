package rustle.interp.std;

import java.util.List;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.nodes.Equality;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * The native parts of the prelude's BTreeMap (a Vec of entries sorted by key): Ord::cmp of a stored key
 * with a borrowed form of it ({@code String} with {@code str}, {@code Vec<T>} with {@code [T]}, or the key
 * type itself), as the {@code ==} operator compares them, and {@code from} (the Vec std's From impl builds,
 * then sorted and deduplicated by the prelude's {@code __from_vec}).
 */
final class BTreeKeys {
  private BTreeKeys() {}

  /** {@code BTreeMap::<K, V>::__cmp_key::<Q>(k: &K, q: &Q) -> Ordering}. */
  static Intrinsics.Impl cmp(FnCompiler f, Intrinsics.Args a, List<Ty> targs) {
    Ty k = Infer.shallow(targs.get(0));
    Ty q = Infer.shallow(targs.get(targs.size() - 1));
    Equality.Eq eq = Equality.glue(f, new Ty.Ref(k, false), new Ty.Ref(q, false));
    return new Intrinsics.Impl() {
      @Override
      public long callLong(Machine m, int fp, Span span) {
        return eq.total(m, a.at(fp, 0), a.at(fp, 1));
      }

      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        m.mem.putByte(dst, (byte) eq.total(m, a.at(fp, 0), a.at(fp, 1)));
      }
    };
  }

  static boolean isBTree(Ty.Adt a) {
    return a.def().fromPrelude && (a.def().name.equals("BTreeMap") || a.def().name.equals("BTreeSet"));
  }

  /** The prelude's {@code __from_vec} of the map or set type (std's sort-then-bulk-build). */
  private static FnCode build(FnCompiler f, Ty.Adt target) {
    return f.c.code(DequeExtend.method(f, target.def(), "__from_vec"), target.args());
  }

  /** {@code BTreeMap::from(a)} (or a set's): the Vec Vec::from makes of the array, handed to {@code __from_vec}. */
  static Intrinsics.Impl from(FnCompiler f, String owner, Intrinsics.Impl vecFrom, List<Ty> targs) {
    List<Ty> args = owner.equals("BTreeSet") ? List.of(Infer.shallow(targs.get(0)))
        : List.of(Infer.shallow(targs.get(0)), Infer.shallow(targs.get(1)));
    FnCode build = build(f, new Ty.Adt(f.c.program.items().std(owner), args));
    return new Intrinsics.Impl() {
      @Override
      public void callInto(Machine m, int fp, int dst, Span span) {
        int sp0 = m.sp;
        int nfp = m.pushFrame(build.frameSize);
        vecFrom.callInto(m, fp, nfp + build.paramOffs[0], span);
        build.callInto(m, nfp, dst);
        m.sp = sp0;
      }
    };
  }

  /** collect into a map or set: the Vec vec collects is handed to {@code __from_vec}. */
  static MemNode collect(FnCompiler f, MemNode vec, Ty.Adt target) {
    FnCode build = build(f, target);
    int tmp = f.frame.alloc(24, 8);
    return new MemNode(f.size(target)) {
      @Override
      public void evalInto(Machine m, int fp, int dst) {
        vec.evalInto(m, fp, fp + tmp);
        int sp0 = m.sp;
        int nfp = m.pushFrame(build.frameSize);
        m.mem.copy(fp + tmp, nfp + build.paramOffs[0], 24);
        build.callInto(m, nfp, dst);
        m.sp = sp0;
      }
    };
  }
}
