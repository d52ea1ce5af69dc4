package rustle.interp;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Pattern;
import rustle.check.LocalVar;
import rustle.interp.drop.DropSlot;
import rustle.interp.nodes.Block;
import rustle.interp.nodes.Loads;
import rustle.interp.nodes.Places;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.interp.rt.Rep;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layouts;
import rustle.types.Ty;

/**
 * {@code let (_, b) = pair;} moves only the parts the pattern binds by value: each is moved out of the
 * local as a field access would be (a partial move), and the parts left stay owned by the local. A
 * nested pattern that leaves something of its field ({@code let ((m, _), _) = t;}) moves out part by
 * part through the local's move paths (drop.MovePaths), so that what it leaves is dropped with the
 * local, in the local's field order, as rustc's drop elaboration does.
 */
final class LocalDestructure {
  private final FnCompiler f;
  private final LocalVar v;
  private final List<DropSlot> blockDrops;

  private LocalDestructure(FnCompiler f, LocalVar v, List<DropSlot> blockDrops) {
    this.f = f;
    this.v = v;
    this.blockDrops = blockDrops;
  }

  /** The binding of p from the owning local init names, or null when not of that simple shape. */
  static Node of(FnCompiler f, Pattern p, Expr init, List<DropSlot> blockDrops) {
    if (init instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF) return boxContent(f, p, u.operand(), blockDrops);
    if (!(init instanceof Expr.PathExpr pe) || !(f.t.res[pe.id()] instanceof rustle.check.Res.Local rl)) return null;
    LocalVar v = rl.var();
    if (f.isCaptured(v) || !f.dropSlots.containsKey(v)) return null;
    Ty owner = Infer.shallow(f.ty(init));
    return new LocalDestructure(f, v, blockDrops).part(p, owner, f.localPlace(v), List.of(), new int[0]);
  }

  /**
   * {@code let (p, _) = *b;} on a Box local holding a tuple or struct: the content's fields are moved
   * out one by one (the box's move paths), the rest staying in the box, dropped with it.
   */
  private static Node boxContent(FnCompiler f, Pattern p, Expr box, List<DropSlot> blockDrops) {
    if (!(box instanceof Expr.PathExpr pe) || !(f.t.res[pe.id()] instanceof rustle.check.Res.Local rl)) return null;
    LocalVar v = rl.var();
    if (f.isCaptured(v) || !f.dropSlots.containsKey(v)) return null;
    Ty bt = Infer.shallow(f.ty(box));
    if (!(bt instanceof Ty.Adt b) || b.def().builtin != AdtDef.Builtin.BOX) return null;
    Ty content = Infer.shallow(f.sub(b.args().get(0)));
    if (!(content instanceof Ty.Tuple || plainStruct(content))) return null;
    if (rustle.interp.nodes.PatResidue.of(f, p, content) == null) return null;
    Place at = new Places.DerefAt(f.localPlace(v));
    return new LocalDestructure(f, v, blockDrops).part(p, content, at, List.of(bt), new int[] {0});
  }

  /**
   * Binds p to the part of the local at place (of type owner, reached by path through owners), or
   * null when p or owner is not of a shape handled here.
   */
  private Node part(Pattern p, Ty owner, Place place, List<Ty> owners, int[] path) {
    List<Pattern> subs = new ArrayList<>();
    List<Integer> idx = new ArrayList<>();
    List<Ty> fts;
    if (p instanceof Pattern.TuplePat tp && owner instanceof Ty.Tuple tu) {
      fts = tu.elems();
      for (int i = 0; i < tp.elems().size(); i++) {
        subs.add(tp.elems().get(i));
        idx.add(i);
      }
    } else if (p instanceof Pattern.StructPat sp && plainStruct(owner)) {
      Ty.Adt a = (Ty.Adt) owner;
      AdtDef.VariantDef vd = a.def().variants.get(0);
      fts = Layouts.fieldTypes(a, vd);
      for (Pattern.FieldPat fp : sp.fields()) {
        subs.add(fp.pattern());
        idx.add(vd.fieldIndex(fp.name()));
      }
    } else if (p instanceof Pattern.SlicePat sp && owner instanceof Ty.Array a && path.length == 0) {
      // `let [a, _, c] = arr;`: each element a field; a `rest @ ..` binding is not of that shape.
      int rest = rustle.check.SlicePats.restIndex(sp);
      if (rest >= 0 && !(sp.elems().get(rest) instanceof Pattern.RestPat)) return null;
      fts = java.util.Collections.nCopies((int) a.len(), a.elem());
      for (int i = 0; i < sp.elems().size(); i++) {
        if (i == rest) continue;
        subs.add(sp.elems().get(i));
        idx.add(rest >= 0 && i > rest ? (int) a.len() - (sp.elems().size() - i) : i);
      }
    } else {
      return null;
    }
    for (Pattern sub : subs) if (sub instanceof Pattern.RestPat) return null;
    int[] offs = owner instanceof Ty.Array a ? f.arrayOffsets(a) : f.layout(owner).offsets;
    List<Node> parts = new ArrayList<>();
    for (int k = 0; k < subs.size(); k++) {
      int i = idx.get(k);
      Ty ft = f.sub(fts.get(i));
      Place fieldPlace = Places.field(place, offs[i]);
      Pattern sub = subs.get(k);
      if (!f.movesOut(sub) || f.c.drops.of(ft) == null) {
        parts.add(f.pats.bindIrrefutable(sub, fieldPlace, ft, blockDrops));
        continue;
      }
      List<Ty> subOwners = new ArrayList<>(owners);
      subOwners.add(owner);
      int[] subPath = java.util.Arrays.copyOf(path, path.length + 1);
      subPath[path.length] = i;
      Ty st = Infer.shallow(ft);
      if ((st instanceof Ty.Tuple || plainStruct(st)) && rustle.interp.nodes.PatResidue.of(f, sub, st) != null) {
        // The sub-pattern leaves part of this field: move out part by part.
        Node n = part(sub, st, fieldPlace, subOwners, subPath);
        if (n != null) {
          parts.add(n);
          continue;
        }
      }
      int moved = path.length == 0 ? f.places.movedFlag(v, owner, i)
          : f.places.pathFlag(new PlaceCompiler.FieldPath(v, List.copyOf(subOwners), subPath));
      Node val = new Loads.MoveField(fieldPlace, f.size(ft), moved, Rep.of(ft) == Rep.INT ? Kind.of(ft) : null);
      parts.add(f.pats.bindIrrefutable(sub, new Places.Temp(val, f.temp(ft), 0), ft, blockDrops));
    }
    return new Block(parts.toArray(new Node[0]), null, new DropSlot[0]);
  }

  /** A struct (no Drop impl, not a std type) whose fields can be moved out one by one. */
  private static boolean plainStruct(Ty t) {
    return t instanceof Ty.Adt a && !a.def().isEnum && a.def().builtin == AdtDef.Builtin.NONE && a.def().dropFn == null;
  }
}
