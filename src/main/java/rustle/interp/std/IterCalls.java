package rustle.interp.std;

import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.check.Iterators;
import rustle.check.MethodRes;
import rustle.interp.ExprCompiler;
import rustle.interp.ExprCompilerAccess;
import rustle.interp.FnCompiler;
import rustle.interp.PatCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.nodes.Arith;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.nodes.Equality;
import rustle.interp.rt.FloatNode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.interp.rt.RustPanic;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Ty;

/** Iterator methods run natively over an iterator value in memory: next, sum, count, adapters. */
final class IterCalls {
  private IterCalls() {}

  static Node compile(FnCompiler f, Expr.MethodCall m, MethodRes r, Node recv, Ty ret, Ty iterTy) {
    Ty.Adt it = (Ty.Adt) iterTy;
    Stepper step = Steppers.of(f, it);
    Ty item = Iterators.itemOf(it, null);
    int itemSize = f.size(item);
    Span span = m.span();
    String name = r.nativeName();
    if (IterConsumers.NAMES.contains(name)) return IterConsumers.compile(f, m, name, recv, ret, it);
    if (AdapterBuild.NAMES.contains(name)) {
      return AdapterBuild.build(f, m, name, (MemNode) ExprCompilerAccess.mem(recv, f.size(it)),
          (Ty.Adt) Infer.shallow(f.sub(ret)));
    }
    if (name.equals("by_ref")) return ExprCompiler.asInt(recv, new Ty.Ref(it, true));
    if (name.equals("len")) {
      // ExactSizeIterator::len: the exact size hint (the checker allows len only where it is exact).
      IntNode ptr = ExprCompiler.asInt(recv, new Ty.Ref(it, false));
      SizeHint hint = SizeHints.of(f, it);
      return new IntNode(Kind.U64) {
        @Override
        public long evalLong(Machine mc, int fp) {
          return hint.lower(mc, (int) ptr.evalLong(mc, fp));
        }
      };
    }
    if (name.equals("next")) {
      IntNode ptr = ExprCompiler.asInt(recv, new Ty.Ref(it, true));
      Layout ol = f.layout(ret);
      EnumAccess acc = new EnumAccess(ol);
      int some = 1;
      int payload = ol.variantOffsets[some][0];
      return new MemNode(ol.size) {
        @Override
        public void evalInto(Machine mc, int fp, int dst) {
          boolean got = step.next(mc, (int) ptr.evalLong(mc, fp), dst + payload);
          acc.setVariant(mc.mem, dst, got ? 1 : 0);
        }
      };
    }
    MemNode value = (MemNode) ExprCompilerAccess.mem(recv, f.size(it));
    if (name.equals("eq") || name.equals("ne")) return IterEq.compile(f, m, name.equals("ne"), value, it);
    int itTmp = f.temp(it);
    int itemTmp = f.temp(item);
    Dropper fin = f.c.drops.of(it);
    switch (name) {
      case "count": {
        IntNode fused = FusedSums.of(f, name, value, it, null, 0, span);
        if (fused != null) return fused;
        // Each item counted is dropped at once, as std's count (a fold) drops what it is handed.
        Dropper itemDrop = f.c.drops.of(item);
        return new IntNode(Kind.U64) {
          @Override
          public long evalLong(Machine mc, int fp) {
            value.evalInto(mc, fp, fp + itTmp);
            long n = 0;
            try {
              while (step.next(mc, fp + itTmp, fp + itemTmp)) {
                n++;
                if (itemDrop != null) itemDrop.drop(mc, fp + itemTmp);
              }
            } catch (RuntimeException e) {
              throw fin == null ? e : Unwind.leave(mc, e, fin, fp + itTmp);
            }
            if (fin != null) fin.drop(mc, fp + itTmp);
            return n;
          }
        };
      }
      case "sum": {
        Ty base = Infer.shallow(item);
        int derefs = 0;
        while (base instanceof Ty.Ref rr) {
          base = Infer.shallow(rr.inner());
          derefs++;
        }
        Kind k = Kind.of(base);
        int d = derefs;
        if (k.isFloat()) {
          return new FloatNode(k == Kind.F32) {
            @Override
            public double evalDouble(Machine mc, int fp) {
              value.evalInto(mc, fp, fp + itTmp);
              double s = 0;
              while (step.next(mc, fp + itTmp, fp + itemTmp)) {
                int a = PatCompiler.follow(mc, fp + itemTmp, d);
                s += f32 ? mc.mem.getFloat(a) : mc.mem.getDouble(a);
              }
              if (fin != null) fin.drop(mc, fp + itTmp);
              return s;
            }
          };
        }
        IntNode fused = FusedSums.of(f, name, value, it, k, d, span);
        if (fused != null) return fused;
        return new IntNode(k) {
          @Override
          public long evalLong(Machine mc, int fp) {
            value.evalInto(mc, fp, fp + itTmp);
            long s = 0;
            try {
              while (step.next(mc, fp + itTmp, fp + itemTmp)) {
                int a = PatCompiler.follow(mc, fp + itemTmp, d);
                if (kind == Kind.I64) {
                  // The commonest sum, without the general operator's dispatch on operator and kind.
                  long v = mc.mem.getLong(a);
                  long t = s + v;
                  if (((s ^ t) & (v ^ t)) < 0) throw rustle.interp.rt.Panics.overflow("add", span);
                  s = t;
                } else {
                  s = Arith.apply(Arith.Op.ADD, s, kind.load(mc.mem, a), kind, span);
                }
              }
            } catch (RuntimeException e) {
              // An overflow panic: the iterator's remaining items and buffer go while unwinding.
              throw fin == null ? e : Unwind.leave(mc, e, fin, fp + itTmp);
            }
            if (fin != null) fin.drop(mc, fp + itTmp);
            return s;
          }
        };
      }
      case "min":
      case "max":
      case "last": {
        Layout ol = f.layout(ret);
        EnumAccess acc = new EnumAccess(ol);
        int payload = ol.variantOffsets[1][0];
        Equality.Eq cmp = Equality.glue(f, item, item);
        int sign = name.equals("min") ? -1 : 1;
        boolean last = name.equals("last");
        // The call owns the iterator (dropped when it returns, e.g. a Vec's IntoIter and its buffer) and
        // each item: the one not kept is dropped at once, as std's max_by / last fold drops it.
        Dropper itemDrop = f.c.drops.of(item);
        return new MemNode(ol.size) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            value.evalInto(mc, fp, fp + itTmp);
            boolean any = false;
            boolean pending = false;
            try {
              while (step.next(mc, fp + itTmp, fp + itemTmp)) {
                pending = true;
                boolean keep = !any || last;
                if (!keep) {
                  int c = cmp.total(mc, fp + itemTmp, dst + payload);
                  // max keeps the last maximum, min the first minimum (std's Iterator::max/min).
                  keep = sign > 0 ? c >= 0 : c < 0;
                }
                if (keep) {
                  if (any && itemDrop != null) itemDrop.drop(mc, dst + payload);
                  mc.mem.copy(fp + itemTmp, dst + payload, itemSize);
                } else if (itemDrop != null) {
                  itemDrop.drop(mc, fp + itemTmp);
                }
                pending = false;
                any = true;
              }
            } catch (RuntimeException e) {
              // A comparison or the iterator panics: the items held and the iterator go while unwinding.
              boolean held = any;
              boolean compared = pending;
              throw Unwind.leave(mc, e, () -> {
                if (compared && itemDrop != null) itemDrop.drop(mc, fp + itemTmp);
                if (held && itemDrop != null) itemDrop.drop(mc, dst + payload);
                if (fin != null) fin.drop(mc, fp + itTmp);
              });
            }
            if (fin != null) fin.drop(mc, fp + itTmp);
            acc.setVariant(mc.mem, dst, any ? 1 : 0);
          }
        };
      }
      default:
        return adapter(f, m, name, value, (Ty.Adt) Infer.shallow(ret), span);
    }
  }

  /** rev, step_by, enumerate, skip, take: a struct wrapping the inner iterator. */
  private static Node adapter(FnCompiler f, Expr.MethodCall m, String name, MemNode inner, Ty.Adt ret, Span span) {
    Layout l = f.layout(ret);
    int innerOff = l.offsets[0];
    IntNode arg = m.args().isEmpty() ? null : f.exprs.intVal(m.args().get(0));
    return new MemNode(l.size) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        inner.evalInto(mc, fp, dst + innerOff);
        switch (name) {
          case "step_by": {
            long s = arg.evalLong(mc, fp);
            if (s == 0) throw new RustPanic("assertion failed: step != 0", span);
            mc.mem.putLong(dst + l.offsets[1], s - 1);
            mc.mem.putByte(dst + l.offsets[2], (byte) 1);
            break;
          }
          case "enumerate":
            mc.mem.putLong(dst + l.offsets[1], 0);
            break;
          case "skip":
          case "take":
            mc.mem.putLong(dst + l.offsets[1], arg.evalLong(mc, fp));
            break;
          default:
            break;
        }
      }
    };
  }
}
