package rustle.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * The usefulness algorithm of rustc's pattern analysis (after Maranget): is a row of wildcards useful
 * after the rows of a match, and if so, which values (witnesses) no row matches. Integer columns are
 * split at the bounds of the ranges that occur in them, so each piece is either inside or outside every
 * range.
 */
final class Usefulness {
  /** Enough witnesses for rustc's message, which names three and counts the rest. */
  static final int MAX_WITNESSES = 12;
  private static final BigInteger SURROGATE_LO = BigInteger.valueOf(0xD800);
  private static final BigInteger SURROGATE_HI = BigInteger.valueOf(0xDFFF);

  private Usefulness() {}

  /** Witness rows (one value per column) that no row of {@code rows} matches; empty when exhaustive. */
  static List<List<DPat>> witnesses(List<List<DPat>> rows, List<Ty> tys) {
    return witnesses(rows, tys, true);
  }

  /**
   * As rustc does, once a column misses some constructor only the witnesses headed by a missing one are
   * reported: those under a constructor the column has are not relevant (the match is non-exhaustive
   * either way), so {@code Some(true)} alone reports {@code None}, not {@code Some(false)} too.
   */
  static List<List<DPat>> witnesses(List<List<DPat>> rows, List<Ty> tys, boolean relevant) {
    if (tys.isEmpty()) return rows.isEmpty() && relevant ? List.of(List.of()) : List.of();
    rows = expandOr(rows);
    Ty t = tys.get(0);
    List<Ty> rest = tys.subList(1, tys.size());
    List<List<DPat>> out = new ArrayList<>();
    if (t instanceof Ty.Array || t instanceof Ty.Slice) {
      SliceSplit.witnesses(rows, t, rest, relevant, out);
      return out;
    }
    int n = Ctors.variantCount(t);
    if (n >= 0) {
      boolean[] present = new boolean[n];
      for (List<DPat> r : rows) if (r.get(0).kind() == DPat.Kind.VARIANT) present[r.get(0).variant()] = true;
      List<Integer> missing = new ArrayList<>();
      for (int v = 0; v < n; v++) if (!present[v]) missing.add(v);
      for (int v = 0; v < n; v++) {
        if (!present[v]) continue;
        List<Ty> fts = Ctors.fields(t, v);
        List<Ty> sub = concat(fts, rest);
        for (List<DPat> w : witnesses(specialize(rows, v, null, fts), sub, relevant && missing.isEmpty())) {
          List<DPat> row = new ArrayList<>();
          row.add(DPat.variant(v, w.subList(0, fts.size()), t));
          row.addAll(w.subList(fts.size(), w.size()));
          add(out, row);
        }
      }
      if (!missing.isEmpty()) {
        List<DPat> heads = new ArrayList<>();
        boolean anyPresent = missing.size() < n;
        if (!anyPresent) heads.add(DPat.wild(t));
        else for (int v : missing) heads.add(DPat.variant(v, wilds(Ctors.fields(t, v)), t));
        defaults(rows, rest, heads, out, relevant);
      }
      return out;
    }
    if (Ctors.isRange(t)) {
      List<BigInteger[]> segs = split(rows, t);
      List<DPat> missing = new ArrayList<>();
      boolean anyRange = false;
      boolean anyMissing = false;
      for (BigInteger[] s : segs) {
        boolean covered = false;
        for (List<DPat> r : rows) if (covers(r.get(0), s)) covered = true;
        if (!covered) anyMissing = true;
      }
      for (BigInteger[] s : segs) {
        boolean covered = false;
        for (List<DPat> r : rows) if (covers(r.get(0), s)) covered = true;
        if (!covered) {
          BigInteger[] last = missing.isEmpty() ? null : new BigInteger[] {missing.get(missing.size() - 1).lo(),
              missing.get(missing.size() - 1).hi()};
          if (last != null && last[1].add(BigInteger.ONE).equals(s[0])) {
            missing.set(missing.size() - 1, DPat.range(last[0], s[1], t));
          } else {
            missing.add(DPat.range(s[0], s[1], t));
          }
          continue;
        }
        anyRange = true;
        for (List<DPat> w : witnesses(specializeRange(rows, s), rest, relevant && !anyMissing)) {
          List<DPat> row = new ArrayList<>();
          row.add(DPat.range(s[0], s[1], t));
          row.addAll(w);
          add(out, row);
        }
      }
      if (!missing.isEmpty()) defaults(rows, rest, anyRange ? missing : List.of(DPat.wild(t)), out, relevant);
      return out;
    }
    defaults(rows, rest, List.of(DPat.wild(t)), out, relevant);
    return out;
  }

  /** Witnesses from the rows that start with a wildcard, headed by each missing constructor. */
  static void defaults(List<List<DPat>> rows, List<Ty> rest, List<DPat> heads, List<List<DPat>> out, boolean relevant) {
    List<List<DPat>> def = new ArrayList<>();
    for (List<DPat> r : rows) if (r.get(0).isWild()) def.add(r.subList(1, r.size()));
    List<List<DPat>> ws = witnesses(def, rest, relevant);
    if (ws.isEmpty()) return;
    for (DPat h : heads) {
      List<DPat> row = new ArrayList<>();
      row.add(h);
      row.addAll(ws.get(0));
      add(out, row);
    }
  }

  static void add(List<List<DPat>> out, List<DPat> row) {
    if (out.size() < MAX_WITNESSES) out.add(row);
  }

  private static List<List<DPat>> expandOr(List<List<DPat>> rows) {
    boolean any = false;
    for (List<DPat> r : rows) if (r.get(0).kind() == DPat.Kind.OR) any = true;
    if (!any) return rows;
    List<List<DPat>> out = new ArrayList<>();
    for (List<DPat> r : rows) expandInto(r, out);
    return out;
  }

  private static void expandInto(List<DPat> r, List<List<DPat>> out) {
    if (r.get(0).kind() != DPat.Kind.OR) {
      out.add(r);
      return;
    }
    for (DPat alt : r.get(0).fields()) {
      List<DPat> row = new ArrayList<>();
      row.add(alt);
      row.addAll(r.subList(1, r.size()));
      expandInto(row, out);
    }
  }

  private static List<List<DPat>> specialize(List<List<DPat>> rows, int v, BigInteger[] seg, List<Ty> fts) {
    List<List<DPat>> out = new ArrayList<>();
    for (List<DPat> r : rows) {
      DPat h = r.get(0);
      List<DPat> row = new ArrayList<>();
      if (h.isWild()) row.addAll(wilds(fts));
      else if (h.kind() == DPat.Kind.VARIANT && h.variant() == v) row.addAll(h.fields());
      else continue;
      if (row.size() != fts.size()) throw new IllegalStateException("arity " + h + " vs " + fts);
      row.addAll(r.subList(1, r.size()));
      out.add(row);
    }
    return out;
  }

  private static List<List<DPat>> specializeRange(List<List<DPat>> rows, BigInteger[] seg) {
    List<List<DPat>> out = new ArrayList<>();
    for (List<DPat> r : rows) if (r.get(0).isWild() || covers(r.get(0), seg)) out.add(r.subList(1, r.size()));
    return out;
  }

  private static boolean covers(DPat p, BigInteger[] seg) {
    return p.kind() == DPat.Kind.RANGE && p.lo().compareTo(seg[0]) <= 0 && p.hi().compareTo(seg[1]) >= 0;
  }

  /** The type's whole range cut at every range bound in the column (char skips the surrogates). */
  private static List<BigInteger[]> split(List<List<DPat>> rows, Ty t) {
    BigInteger min = Ctors.min(t);
    BigInteger max = Ctors.max(t);
    TreeSet<BigInteger> cuts = new TreeSet<>();
    cuts.add(min);
    cuts.add(max.add(BigInteger.ONE));
    if (t == Prim.CHAR) {
      cuts.add(SURROGATE_LO);
      cuts.add(SURROGATE_HI.add(BigInteger.ONE));
    }
    for (List<DPat> r : rows) {
      DPat h = r.get(0);
      if (h.kind() != DPat.Kind.RANGE) continue;
      cuts.add(h.lo().max(min));
      cuts.add(h.hi().add(BigInteger.ONE).min(max.add(BigInteger.ONE)));
    }
    List<BigInteger[]> out = new ArrayList<>();
    BigInteger prev = null;
    for (BigInteger c : cuts) {
      if (prev != null && !(t == Prim.CHAR && prev.equals(SURROGATE_LO))) {
        out.add(new BigInteger[] {prev, c.subtract(BigInteger.ONE)});
      }
      prev = c;
    }
    return out;
  }

  static List<DPat> wilds(List<Ty> tys) {
    List<DPat> out = new ArrayList<>();
    for (Ty t : tys) out.add(DPat.wild(t));
    return out;
  }

  static List<Ty> concat(List<Ty> a, List<Ty> b) {
    List<Ty> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
