package rustle.check;

import java.util.ArrayList;
import java.util.List;
import rustle.types.Ty;

/**
 * Usefulness over a column of slice or array patterns, split by length as rustc's pattern analysis does:
 * the lengths below the longest pattern (fixed lengths, and prefix plus suffix of the {@code ..} ones) are
 * constructors of their own, and one variable-length constructor stands for all longer slices. An array
 * has the one length, so a single constructor (of that length, or shorter with a {@code ..} when no pattern
 * reaches it).
 */
final class SliceSplit {
  private SliceSplit() {}

  /** A length: fixed (suffix &lt; 0) or {@code prefix} elements, {@code ..}, {@code suffix} elements. */
  private record Ctor(int prefix, int suffix) {
    int arity() {
      return prefix + Math.max(0, suffix);
    }

    boolean var() {
      return suffix >= 0;
    }
  }

  static void witnesses(List<List<DPat>> rows, Ty t, List<Ty> rest, boolean relevant, List<List<DPat>> out) {
    Ty elem = t instanceof Ty.Array a ? Zonk.apply(a.elem()) : Zonk.apply(((Ty.Slice) t).elem());
    long arrayLen = t instanceof Ty.Array a ? a.len() : -1;
    int upper = 1;
    int maxPrefix = 0;
    int maxSuffix = 0;
    boolean anySlice = false;
    for (List<DPat> r : rows) {
      DPat h = r.get(0);
      if (h.kind() != DPat.Kind.SLICE) continue;
      anySlice = true;
      if (h.isVarSlice()) {
        maxPrefix = Math.max(maxPrefix, h.prefix());
        maxSuffix = Math.max(maxSuffix, h.fields().size() - h.prefix());
      } else {
        upper = Math.max(upper, h.fields().size() + 1);
      }
    }
    if (!anySlice) {
      Usefulness.defaults(rows, rest, List.of(DPat.wild(t)), out, relevant);
      return;
    }
    if (upper > maxPrefix + maxSuffix) maxPrefix = upper - maxSuffix;
    List<Ctor> ctors = new ArrayList<>();
    if (arrayLen >= 0) {
      ctors.add(maxPrefix + maxSuffix >= arrayLen ? new Ctor((int) arrayLen, -1) : new Ctor(maxPrefix, maxSuffix));
    } else {
      for (int l = 0; l < maxPrefix + maxSuffix; l++) ctors.add(new Ctor(l, -1));
      ctors.add(new Ctor(maxPrefix, maxSuffix));
    }
    List<Ctor> missing = new ArrayList<>();
    List<Ctor> present = new ArrayList<>();
    for (Ctor c : ctors) {
      boolean seen = false;
      for (List<DPat> r : rows) if (covers(r.get(0), c)) seen = true;
      (seen ? present : missing).add(c);
    }
    for (Ctor c : present) {
      List<Ty> fts = new ArrayList<>();
      for (int i = 0; i < c.arity(); i++) fts.add(elem);
      List<List<DPat>> spec = new ArrayList<>();
      for (List<DPat> r : rows) {
        DPat h = r.get(0);
        List<DPat> row = new ArrayList<>();
        if (h.isWild()) row.addAll(Usefulness.wilds(fts));
        else if (covers(h, c)) row.addAll(fields(h, c.arity(), elem));
        else continue;
        row.addAll(r.subList(1, r.size()));
        spec.add(row);
      }
      for (List<DPat> w : Usefulness.witnesses(spec, Usefulness.concat(fts, rest), relevant && missing.isEmpty())) {
        List<DPat> row = new ArrayList<>();
        row.add(build(c, w.subList(0, c.arity()), t));
        row.addAll(w.subList(c.arity(), w.size()));
        Usefulness.add(out, row);
      }
    }
    if (missing.isEmpty()) return;
    List<DPat> heads = new ArrayList<>();
    if (present.isEmpty()) {
      heads.add(DPat.wild(t));
    } else {
      for (Ctor c : missing) {
        List<DPat> ws = new ArrayList<>();
        for (int i = 0; i < c.arity(); i++) ws.add(DPat.wild(elem));
        heads.add(build(c, ws, t));
      }
    }
    Usefulness.defaults(rows, rest, heads, out, relevant);
  }

  private static DPat build(Ctor c, List<DPat> fields, Ty t) {
    return c.var() ? DPat.varSlice(c.prefix(), List.copyOf(fields), t) : DPat.fixedSlice(List.copyOf(fields), t);
  }

  /** Whether slice pattern h matches every slice of c's length (a variable one: of at least that length). */
  private static boolean covers(DPat h, Ctor c) {
    if (h.kind() != DPat.Kind.SLICE) return false;
    return h.isVarSlice() ? h.fields().size() <= c.arity() : !c.var() && h.fields().size() == c.arity();
  }

  /** h's element patterns at arity n: its prefix, wildcards for what its {@code ..} covers, its suffix. */
  private static List<DPat> fields(DPat h, int n, Ty elem) {
    if (!h.isVarSlice()) return h.fields();
    List<DPat> out = new ArrayList<>(h.fields().subList(0, h.prefix()));
    for (int i = h.fields().size(); i < n; i++) out.add(DPat.wild(elem));
    out.addAll(h.fields().subList(h.prefix(), h.fields().size()));
    return out;
  }
}
