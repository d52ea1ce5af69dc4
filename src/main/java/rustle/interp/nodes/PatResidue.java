package rustle.interp.nodes;

import java.util.List;
import rustle.ast.Pattern;
import rustle.check.LocalVar;
import rustle.interp.FnCompiler;
import rustle.interp.drop.Dropper;
import rustle.interp.rt.Machine;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * What an irrefutable (or matched) pattern leaves behind in a value that no local owns: a temporary
 * scrutinee ({@code let (a, _) = pair();}, {@code match make() { E::Two(a, _) => .. }}) or an argument
 * bound by a pattern ({@code fn f(_: D)}, {@code |(a, _): (D, D)|}). The parts the pattern moves out are
 * known from the pattern itself, so the drop of the rest is built once: each part left in place is
 * dropped in field order, as rustc's drop of a partially moved value does.
 */
public final class PatResidue {
  private PatResidue() {}

  /** Drops what p leaves of a value of type ty once p has matched and bound, or null when nothing is left. */
  public static Dropper of(FnCompiler f, Pattern p, Ty ty) {
    Ty t = Infer.shallow(f.sub(ty));
    Dropper whole = f.c.drops.of(t);
    if (whole == null) return null;
    if (!PatBinds.moves(f, p, t)) return whole;
    if (f.patDerefs(p) != 0) return null;
    if (p instanceof Pattern.IdentPat ip) {
      // A by-value binding takes the whole value (`x @ pat` too); a `ref` one cannot move a part.
      return f.t.res[p.id()] instanceof LocalVar && f.t.bindModes[p.id()] == 0 ? null : whole;
    }
    if (p instanceof Pattern.SlicePat sp && t instanceof Ty.Array arr) return array(f, sp, arr);
    if (t instanceof Ty.Adt a && (a.def().dropFn != null || !plainEnum(a.def().builtin))) return null;
    if (!(t instanceof Ty.Tuple || t instanceof Ty.Adt)) return null;
    PatFields pf = PatFields.of(f, p, t);
    if (pf == null) return null;
    int n = pf.fieldTys().size();
    Dropper[] parts = new Dropper[n];
    boolean[] named = new boolean[n];
    for (int k = 0; k < pf.subs().size(); k++) {
      int i = pf.fieldIdx().get(k);
      if (i < 0) continue;
      named[i] = true;
      parts[i] = of(f, pf.subs().get(k), pf.fieldTys().get(i));
    }
    for (int i = 0; i < n; i++) if (!named[i]) parts[i] = f.c.drops.of(f.sub(pf.fieldTys().get(i)));
    return fields(parts, pf.offs());
  }

  /** `[a, _]` / `[a, ..]` on an array: element i is field i; a `rest @ ..` binding counts as moving all. */
  private static Dropper array(FnCompiler f, Pattern.SlicePat sp, Ty.Array arr) {
    int rest = rustle.check.SlicePats.restIndex(sp);
    if (rest >= 0 && !(sp.elems().get(rest) instanceof Pattern.RestPat)) return null;
    int len = (int) arr.len();
    Ty et = f.sub(arr.elem());
    Dropper elem = f.c.drops.of(et);
    Dropper[] parts = new Dropper[len];
    java.util.Arrays.fill(parts, elem);
    List<Pattern> es = sp.elems();
    boolean[] moved = new boolean[len];
    for (int k = 0; k < es.size(); k++) {
      if (k == rest) continue;
      int i = rest >= 0 && k > rest ? len - (es.size() - k) : k;
      parts[i] = of(f, es.get(k), et);
      moved[i] = PatBinds.moves(f, es.get(k), et);
    }
    int size = f.size(et);
    int[] order = arrayDropOrder(moved);
    Dropper[] ordered = new Dropper[len];
    int[] offs = new int[len];
    for (int k = 0; k < len; k++) {
      ordered[k] = parts[order[k]];
      offs[k] = order[k] * size;
    }
    return fields(ordered, offs);
  }

  /**
   * The order rustc's drop elaboration drops a partly moved array in (open_drop_for_array): the
   * elements with move paths (moved[i]) split it into runs; the runs and those elements are dropped
   * last first, each run in order ([a0, a1, a2, a3] with a1 moved: a2, a3, then a0).
   */
  public static int[] arrayDropOrder(boolean[] moved) {
    int n = moved.length;
    List<int[]> segs = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i < n; i++) {
      if (!moved[i]) continue;
      segs.add(new int[] {start, i});
      segs.add(new int[] {i, i + 1});
      start = i + 1;
    }
    segs.add(new int[] {start, n});
    int[] order = new int[n];
    int k = 0;
    for (int s = segs.size() - 1; s >= 0; s--) for (int i = segs.get(s)[0]; i < segs.get(s)[1]; i++) order[k++] = i;
    return order;
  }

  /**
   * Drops a value of type ty except the part at path[from..] (field indices, a struct's or a tuple's),
   * which was moved out; null when nothing else needs dropping.
   */
  public static Dropper except(FnCompiler f, Ty ty, int[] path, int from) {
    Ty t = Infer.shallow(f.sub(ty));
    if (from == path.length) return null;
    List<Ty> fts = fieldTypes(t);
    int n = fts.size();
    Dropper[] parts = new Dropper[n];
    for (int i = 0; i < n; i++) {
      parts[i] = i == path[from] ? except(f, fts.get(i), path, from + 1) : f.c.drops.of(f.sub(fts.get(i)));
    }
    return fields(parts, f.layout(t).offsets);
  }

  /** The field types of a tuple or a struct. */
  public static List<Ty> fieldTypes(Ty t) {
    if (t instanceof Ty.Tuple tu) return tu.elems();
    Ty.Adt a = (Ty.Adt) t;
    return rustle.types.Layouts.fieldTypes(a, a.def().variants.get(0));
  }

  /** Option and Result are laid out and dropped as the user's enums are. */
  private static boolean plainEnum(AdtDef.Builtin b) {
    return b == AdtDef.Builtin.NONE || b == AdtDef.Builtin.OPTION || b == AdtDef.Builtin.RESULT;
  }

  private static Dropper fields(Dropper[] parts, int[] offs) {
    boolean any = false;
    for (Dropper d : parts) any |= d != null;
    if (!any) return null;
    return new Dropper() {
      @Override
      public void drop(Machine m, int addr) {
        for (int i = 0; i < parts.length; i++) if (parts[i] != null) parts[i].drop(m, addr + offs[i]);
      }
    };
  }
}
