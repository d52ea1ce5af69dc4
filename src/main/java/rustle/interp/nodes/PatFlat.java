package rustle.interp.nodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import rustle.ast.Pattern;
import rustle.check.LocalVar;
import rustle.interp.FnCompiler;
import rustle.interp.PatCompiler;
import rustle.interp.rt.Machine;
import rustle.memory.Memory;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * The binding half of a pattern built only of tuples, structs, references and plain bindings (a
 * closure's {@code |(i, &x)|}, a {@code let (a, b)}), flattened at compile time into one list of
 * leaves: each leaf is a path from the matched address (field offsets, with a pointer followed between
 * them) and a copy into, or the address stored in, its local. It binds what {@link PatBinds} binds, in
 * the same order, without a node per pattern level.
 */
final class PatFlat extends PatCompiler.Bind {
  /** Per leaf: path[0] is added to the matched address; before each later entry a pointer is followed. */
  private final int[][] paths;
  /** Per leaf: bytes copied, or -1 to store the address (a by-reference binding). */
  private final int[] sizes;
  private final int[] slots;
  private final int[] flags;

  private PatFlat(int[][] paths, int[] sizes, int[] slots, int[] flags) {
    this.paths = paths;
    this.sizes = sizes;
    this.slots = slots;
    this.flags = flags;
  }

  /** The flattened binder of p, NONE when it binds nothing, or null when p has a part that needs the tree. */
  static PatCompiler.Bind of(FnCompiler f, Pattern p, Ty ty) {
    List<int[]> leaves = new ArrayList<>();
    List<int[]> paths = new ArrayList<>();
    if (!walk(f, p, ty, new int[] {0}, leaves, paths)) return null;
    if (leaves.isEmpty()) return PatBinds.NONE;
    int n = leaves.size();
    int[] sizes = new int[n];
    int[] slots = new int[n];
    int[] flags = new int[n];
    for (int i = 0; i < n; i++) {
      sizes[i] = leaves.get(i)[0];
      slots[i] = leaves.get(i)[1];
      flags[i] = leaves.get(i)[2];
    }
    int[][] ps = paths.toArray(new int[0][]);
    PatCompiler.Bind words = PatWords.of(ps, sizes, slots, flags);
    return words != null ? words : new PatFlat(ps, sizes, slots, flags);
  }

  private static int[] deref(int[] path) {
    int[] p = Arrays.copyOf(path, path.length + 1);
    return p;
  }

  private static int[] plus(int[] path, int off) {
    int[] p = path.clone();
    p[p.length - 1] += off;
    return p;
  }

  private static boolean walk(FnCompiler f, Pattern p, Ty ty, int[] path, List<int[]> leaves, List<int[]> paths) {
    int derefs = f.patDerefs(p);
    Ty vt = Infer.shallow(ty);
    for (int i = 0; i < derefs; i++) {
      vt = Infer.shallow(((Ty.Ref) vt).inner());
      path = deref(path);
    }
    if (p instanceof Pattern.IdentPat ip) {
      if (!(f.t.res[p.id()] instanceof LocalVar v)) return true;
      if (ip.sub() != null) return false;
      int mode = f.t.bindModes[p.id()];
      leaves.add(new int[] {mode != 0 ? -1 : f.size(vt), f.slot(v), mode != 0 ? 0 : f.flag(v)});
      paths.add(path);
      return true;
    }
    if (p instanceof Pattern.RefPat rp) return walk(f, rp.inner(), ((Ty.Ref) vt).inner(), deref(path), leaves, paths);
    if (p instanceof Pattern.OrPat || p instanceof Pattern.SlicePat) return false;
    PatFields pf = PatFields.of(f, p, vt);
    if (pf == null) {
      return true; // wildcards, literals, ranges: nothing to bind
    }
    List<Pattern> subs = pf.subs();
    List<Integer> fieldIdx = pf.fieldIdx();
    List<Ty> fieldTys = pf.fieldTys();
    int[] offs = pf.offs();
    for (int i = 0; i < subs.size(); i++) {
      int fi = fieldIdx.get(i);
      if (fi < 0) continue;
      if (!walk(f, subs.get(i), fieldTys.get(fi), plus(path, offs[fi]), leaves, paths)) return false;
    }
    return true;
  }

  @Override
  public void bind(Machine m, int fp, int addr) {
    Memory mem = m.mem;
    for (int j = 0; j < paths.length; j++) {
      int[] path = paths[j];
      int a = addr + path[0];
      for (int k = 1; k < path.length; k++) a = (int) mem.getLong(a) + path[k];
      int size = sizes[j];
      int dst = fp + slots[j];
      switch (size) {
        case -1 -> mem.putLong(dst, a);
        case 0 -> {}
        case 8 -> mem.putLong(dst, mem.getLong(a));
        case 4 -> mem.putInt(dst, mem.getInt(a));
        case 1 -> mem.putByte(dst, mem.getByte(a));
        default -> mem.copy(a, dst, size);
      }
      if (flags[j] != 0) mem.putByte(fp + flags[j], (byte) 1);
    }
  }
}
