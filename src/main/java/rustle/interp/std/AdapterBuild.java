package rustle.interp.std;

import java.util.List;
import rustle.ast.Expr;
import rustle.interp.Callees;
import rustle.interp.ExprCompilerAccess;
import rustle.interp.FnCompiler;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * Builds the value of an adapter that takes a closure or another iterator ({@code it.map(f)},
 * {@code a.zip(b)}, ...): the struct std returns, with the receiver moved into its first field and
 * the closure's captures (or the other iterator) into the next; flags start false and the optional
 * fields (Chain's halves: Some; FlatMap's current inner iterator, Peekable's peeked item: None) are set.
 */
final class AdapterBuild {
  private AdapterBuild() {}

  static final java.util.Set<String> NAMES = java.util.Set.of("map", "filter", "filter_map", "take_while",
      "skip_while", "inspect", "zip", "chain", "cloned", "copied", "flat_map", "flatten", "peekable", "scan", "fuse",
      "cycle");

  static MemNode build(FnCompiler f, Expr.MethodCall m, String name, MemNode inner, Ty.Adt ret) {
    Layout l = f.layout(ret);
    List<Ty> args = ret.args();
    switch (name) {
      case "map":
      case "filter":
      case "filter_map":
      case "inspect":
        return fields(l, inner, arg(f, m, args.get(1)), -1, -1);
      case "take_while":
      case "skip_while":
        return fields(l, inner, null, 1, -1, arg(f, m, args.get(1)));
      case "cloned":
      case "copied":
        return fields(l, inner, null, -1, -1);
      case "zip": {
        MemNode other = (MemNode) ExprCompilerAccess.mem(Callees.intoIter(f, m.args().get(0)), f.size(args.get(1)));
        return fields(l, inner, other, -1, -1);
      }
      case "chain": {
        MemNode other = (MemNode) ExprCompilerAccess.mem(Callees.intoIter(f, m.args().get(0)), f.size(args.get(1)));
        Layout la = f.layout(f.c.program.items().option(args.get(0)));
        Layout lb = f.layout(f.c.program.items().option(args.get(1)));
        EnumAccess accA = new EnumAccess(la);
        EnumAccess accB = new EnumAccess(lb);
        int pa = la.variantOffsets[1][0];
        int pb = lb.variantOffsets[1][0];
        int ao = l.offsets[0];
        int bo = l.offsets[1];
        return new MemNode(l.size) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            inner.evalInto(mc, fp, dst + ao + pa);
            accA.setVariant(mc.mem, dst + ao, 1);
            other.evalInto(mc, fp, dst + bo + pb);
            accB.setVariant(mc.mem, dst + bo, 1);
          }
        };
      }
      case "flat_map":
        return withNone(f, l, inner, arg(f, m, args.get(1)), 2, args.get(2));
      case "flatten":
        return withNone(f, l, inner, null, 1, args.get(1));
      case "peekable":
        return withNone(f, l, inner, null, 1, f.c.program.items().option(args.get(1)));
      case "scan": {
        // Scan { iter, f, state }: the call's arguments are (state, f).
        MemNode st = (MemNode) ExprCompilerAccess.mem(f.exprs.value(m.args().get(0)), f.size(args.get(1)));
        MemNode fn = (MemNode) ExprCompilerAccess.mem(f.exprs.value(m.args().get(1)), f.size(args.get(2)));
        int io = l.offsets[0];
        int fo = l.offsets[1];
        int so = l.offsets[2];
        return new MemNode(l.size) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            inner.evalInto(mc, fp, dst + io);
            st.evalInto(mc, fp, dst + so);
            fn.evalInto(mc, fp, dst + fo);
          }
        };
      }
      case "fuse": {
        Layout ol = f.layout(f.c.program.items().option(args.get(0)));
        EnumAccess acc = new EnumAccess(ol);
        int at = l.offsets[0];
        int payload = ol.variantOffsets[1][0];
        return new MemNode(l.size) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            inner.evalInto(mc, fp, dst + at + payload);
            acc.setVariant(mc.mem, dst + at, 1);
          }
        };
      }
      case "cycle": {
        // std's Cycle::new: orig is a clone of the iterator (its bytes: check.IterCycleCk allows no other).
        int oo = l.offsets[0];
        int io = l.offsets[1];
        int isz = f.size(args.get(0)); // (not `size`: a MemNode field of that name)
        return new MemNode(l.size) {
          @Override
          public void evalInto(Machine mc, int fp, int dst) {
            inner.evalInto(mc, fp, dst + io);
            if (isz > 0) mc.mem.copy(dst + io, dst + oo, isz);
          }
        };
      }
      default:
        throw new IllegalStateException("not an adapter: " + name);
    }
  }

  private static MemNode arg(FnCompiler f, Expr.MethodCall m, Ty t) {
    return (MemNode) ExprCompilerAccess.mem(f.exprs.value(m.args().get(0)), f.size(t));
  }

  /** Field 0 the inner iterator, field 1 {@code second} (if any), a false flag at field flagIdx. */
  private static MemNode fields(Layout l, MemNode inner, MemNode second, int flagIdx, int unused, MemNode... third) {
    int io = l.offsets[0];
    int so = second == null ? 0 : l.offsets[1];
    int fl = flagIdx < 0 ? 0 : l.offsets[flagIdx];
    MemNode t = third.length == 0 ? null : third[0];
    int to = t == null ? 0 : l.offsets[2];
    return new MemNode(l.size) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        inner.evalInto(mc, fp, dst + io);
        if (second != null) second.evalInto(mc, fp, dst + so);
        if (flagIdx >= 0) mc.mem.putByte(dst + fl, (byte) 0);
        if (t != null) t.evalInto(mc, fp, dst + to);
      }
    };
  }

  /** Inner iterator, optional closure at field 1, and an Option field (at noneIdx) set to None. */
  private static MemNode withNone(FnCompiler f, Layout l, MemNode inner, MemNode fn, int noneIdx, Ty optInner) {
    EnumAccess acc = new EnumAccess(f.layout(f.c.program.items().option(optInner)));
    int io = l.offsets[0];
    int fo = fn == null ? 0 : l.offsets[1];
    int no = l.offsets[noneIdx];
    return new MemNode(l.size) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        inner.evalInto(mc, fp, dst + io);
        if (fn != null) fn.evalInto(mc, fp, dst + fo);
        acc.setVariant(mc.mem, dst + no, 0);
      }
    };
  }
}
