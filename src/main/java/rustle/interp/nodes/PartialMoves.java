package rustle.interp.nodes;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Pattern;
import rustle.check.LocalVar;
import rustle.check.Res;
import rustle.interp.FnCompiler;
import rustle.interp.PatCompiler;
import rustle.interp.drop.DropSlot;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Ty;

/**
 * A {@code match} or {@code if let} on an owning local whose arm moves some fields out
 * ({@code Message::Pair(a, _)}, {@code (f, _)}): the moved flags of the fields it moves, so that the
 * local's drop at its scope end still drops the fields left in place, as rustc's drop elaboration does.
 * A field moved only in part (a nested pattern) counts as moved whole. Null when the pattern is not of
 * that shape: the local is then treated as moved whole, as before.
 */
public final class PartialMoves {
  private PartialMoves() {}

  public static int[] flags(FnCompiler f, Pattern p, Ty ty, LocalVar v) {
    DropSlot ds = f.isCaptured(v) ? null : f.dropSlots.get(v);
    Ty t = Infer.shallow(ty);
    if (ds != null && t instanceof Ty.Array arr && p instanceof Pattern.SlicePat sp) return arrayFlags(f, sp, arr, v);
    if (ds == null || !(t instanceof Ty.Tuple || t instanceof Ty.Adt)) return null;
    if (t instanceof Ty.Adt a && (a.def().dropFn != null || a.def().builtin != rustle.types.AdtDef.Builtin.NONE)) return null;
    PatFields pf = PatFields.of(f, p, t);
    if (pf == null) return null;
    boolean isEnum = t instanceof Ty.Adt a && a.def().isEnum;
    int variant = isEnum ? ((Res.Variant) f.t.res[p.id()]).variant() : 0;
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < pf.subs().size(); k++) {
      int i = pf.fieldIdx().get(k);
      if (i < 0) continue;
      Ty ft = f.sub(pf.fieldTys().get(i));
      if (!PatBinds.moves(f, pf.subs().get(k), ft)) continue;
      // A field moved only in part: the whole local's rest is tracked instead (PatCompiler.residue).
      if (PatResidue.of(f, pf.subs().get(k), ft) != null) return null;
      out.add(isEnum ? variantFlag(f, ds, (Ty.Adt) t, variant, i) : f.places.movedFlag(v, t, i));
    }
    if (out.isEmpty() || out.contains(0)) return null;
    int[] r = new int[out.size()];
    for (int i = 0; i < r.length; i++) r[i] = out.get(i);
    return r;
  }

  /**
   * For {@code match *b} on a Box local b holding a struct or tuple: the moved flags of the content's
   * fields pattern p moves out (b's drop then drops the others and frees the box), or null for other
   * shapes.
   */
  public static int[] boxContentFlags(FnCompiler f, Pattern p, Ty boxTy, LocalVar v) {
    Ty t = Infer.shallow(((Ty.Adt) boxTy).args().get(0));
    if (t instanceof Ty.Adt a && (a.def().isEnum || a.def().dropFn != null || a.def().builtin != rustle.types.AdtDef.Builtin.NONE)) return null;
    if (!(t instanceof Ty.Tuple || t instanceof Ty.Adt)) return null;
    PatFields pf = PatFields.of(f, p, t);
    if (pf == null) return null;
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < pf.subs().size(); k++) {
      int i = pf.fieldIdx().get(k);
      if (i < 0) continue;
      Ty ft = f.sub(pf.fieldTys().get(i));
      if (!PatBinds.moves(f, pf.subs().get(k), ft)) continue;
      out.add(f.places.boxFieldFlag(v, boxTy, t, i));
    }
    if (out.isEmpty() || out.contains(0)) return null;
    int[] r = new int[out.size()];
    for (int i = 0; i < r.length; i++) r[i] = out.get(i);
    return r;
  }

  /** `[a, _, c]` / `[a, .., z]` on an array local: element i is field i (a `rest @ ..` binding is not handled). */
  private static int[] arrayFlags(FnCompiler f, Pattern.SlicePat sp, Ty.Array arr, LocalVar v) {
    int rest = rustle.check.SlicePats.restIndex(sp);
    if (rest >= 0 && !(sp.elems().get(rest) instanceof Pattern.RestPat)) return null;
    Ty et = f.sub(arr.elem());
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < sp.elems().size(); k++) {
      if (k == rest || !PatBinds.moves(f, sp.elems().get(k), et)) continue;
      int i = rest >= 0 && k > rest ? (int) arr.len() - (sp.elems().size() - k) : k;
      out.add(f.places.movedFlag(v, arr, i));
    }
    if (out.isEmpty() || out.contains(0)) return null;
    int[] r = new int[out.size()];
    for (int i = 0; i < r.length; i++) r[i] = out.get(i);
    return r;
  }

  /** The moved flag of field i of variant v of the enum local ds owns, made with the others on first use. */
  private static int variantFlag(FnCompiler f, DropSlot ds, Ty.Adt a, int v, int i) {
    if (ds.variantFlags == null) {
      Layout l = f.layout(a);
      int nv = a.def().variants.size();
      ds.variantFlags = new int[nv][];
      ds.variantOffs = l.variantOffsets;
      ds.variantDroppers = new rustle.interp.drop.Dropper[nv][];
      ds.variantAccess = new EnumAccess(l);
      for (int x = 0; x < nv; x++) {
        List<Ty> fts = Layouts.fieldTypes(a, a.def().variants.get(x));
        ds.variantFlags[x] = new int[fts.size()];
        ds.variantDroppers[x] = new rustle.interp.drop.Dropper[fts.size()];
        for (int j = 0; j < fts.size(); j++) {
          ds.variantFlags[x][j] = f.frame.flag();
          ds.variantDroppers[x][j] = f.c.drops.of(f.sub(fts.get(j)));
        }
      }
    }
    return ds.variantFlags[v][i];
  }

  /** The bind, then the moved flags set. */
  public static PatCompiler.Bind marking(PatCompiler.Bind b, int[] flags) {
    return new PatCompiler.Bind() {
      @Override
      public void bind(rustle.interp.rt.Machine m, int fp, int addr) {
        b.bind(m, fp, addr);
        for (int fl : flags) m.mem.putByte(fp + fl, (byte) 1);
      }
    };
  }
}
