package rustle.interp.std;

import rustle.ast.Expr;
import rustle.check.Iterators;
import rustle.interp.Callees;
import rustle.interp.ExprCompiler;
import rustle.interp.ExprCompilerAccess;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * {@code HashMap::extend} and {@code HashSet::extend} with owned items, as std's: the argument turned into
 * its iterator, the table's reserve (the lower bound, halved when the table is not empty), then each
 * item inserted as {@code insert} does ({@link TableCollect#extend}); the iterator is dropped at the end.
 */
final class TableExtend {
  private TableExtend() {}

  static Node compile(FnCompiler f, Expr.MethodCall m, Node recv, Ty.Adt self) {
    IntNode target = ExprCompiler.asInt(recv, new Ty.Ref(self, true));
    Callees.IntoIter src = Callees.intoIterTyped(f, m.args().get(0));
    Ty.Adt it = (Ty.Adt) Infer.shallow(f.sub(src.iterTy()));
    MemNode value = (MemNode) ExprCompilerAccess.mem(src.init(), f.size(it));
    Ty item = Infer.shallow(f.sub(Iterators.itemOf(it, null)));
    TableCollect tc = TableCollect.of(f, self, item, Steppers.of(f, it), it, m.span());
    int itTmp = f.temp(it);
    int itemTmp = f.temp(item);
    Dropper fin = f.c.drops.of(it);
    return new MemNode(0) {
      @Override
      public void evalInto(Machine mc, int fp, int dst) {
        int h = (int) target.evalLong(mc, fp);
        value.evalInto(mc, fp, fp + itTmp);
        try {
          tc.extend(mc, fp + itTmp, fp + itemTmp, h);
        } catch (RuntimeException e) {
          throw fin == null ? e : Unwind.leave(mc, e, fin, fp + itTmp);
        }
        if (fin != null) fin.drop(mc, fp + itTmp);
      }

      @Override
      public int exec(Machine mc, int fp) {
        evalInto(mc, fp, 0);
        return NORMAL;
      }
    };
  }
}
