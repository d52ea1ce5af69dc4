package rustle.interp;

import java.util.List;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.types.AdtDef;
import rustle.types.HashTables;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * IntoIterator for HashMap and HashSet in {@code for} loops: {@code &map} and {@code &mut map} start a
 * borrowing iterator over the buckets, a map by value hands its table to an owning iterator, which the
 * loop drops (the items it did not yield, then the block).
 */
final class TableLoops {
  private TableLoops() {}

  static ForCompiler.Source source(FnCompiler f, rustle.ast.Expr iter, Ty it) {
    boolean byRef = it instanceof Ty.Ref;
    Ty inner = byRef ? Infer.shallow(((Ty.Ref) it).inner()) : it;
    if (!(inner instanceof Ty.Adt a)) return null;
    boolean map = a.def().builtin == AdtDef.Builtin.HASH_MAP;
    if (!map && a.def().builtin != AdtDef.Builtin.HASH_SET) return null;
    boolean mut = byRef && ((Ty.Ref) it).mutable();
    String name = map ? (byRef ? (mut ? "MapIterMut" : "MapIter") : "MapIntoIter") : (byRef ? "SetIter" : "SetIntoIter");
    Ty iterTy = new Ty.Adt(f.c.program.items().std(name), a.args());
    int[] o = f.layout(iterTy).offsets;
    Node v = f.exprs.value(iter);
    int tmp = byRef ? 0 : f.temp(it);
    return new ForCompiler.Source(iterTy, new MemNode(f.layout(iterTy).size) {
      @Override
      public void evalInto(Machine m, int fp, int dst) {
        int h;
        if (byRef) {
          h = (int) v.evalLong(m, fp);
        } else {
          v.evalInto(m, fp, fp + tmp);
          h = fp + tmp;
        }
        m.mem.putLong(dst + o[0], m.mem.getLong(h + HashTables.CTRL));
        m.mem.putLong(dst + o[1], 0);
        m.mem.putLong(dst + o[2], m.mem.getLong(h + HashTables.BUCKET_MASK) + 1);
        m.mem.putLong(dst + o[3], m.mem.getLong(h + HashTables.ITEMS));
      }
    }, !byRef);
  }
}
