package rustle.borrowck;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustle.ast.Item;
import rustle.ast.Path;
import rustle.ast.TypeExpr;
import rustle.check.Items;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Ty;

/**
 * Reads a callee's signature the way region inference would use it: which arguments' references
 * may end up in the result (lifetimes shared with the return type, after elision), and which may
 * be stored behind a {@code &mut} argument. Types whose lifetimes cannot be seen (type parameters,
 * structs with lifetime parameters) are assumed to carry any of them.
 */
final class Signatures {
  private final Items items;
  private final Map<FnSig.Def, CallFlow> cache = new HashMap<>();

  Signatures(Items items) {
    this.items = items;
  }

  /**
   * What a type mentions: lifetimes (named, or one per elided reference), type parameters (which
   * may be instantiated with references), or types hiding lifetimes the signature does not show.
   */
  private static final class Regions {
    final Set<String> names = new HashSet<>();
    boolean typeParams;
    boolean hidden;
    int elided;

    boolean opaque() {
      return typeParams || hidden;
    }

    boolean meets(Regions o) {
      if (opaque() && o.opaque()) return true;
      // A hidden lifetime (a struct's 'a) may be one of the signature's named lifetimes, never a
      // fresh elided one.
      if (hidden && named(o) || o.hidden && named(this)) return true;
      for (String n : names) if (o.names.contains(n)) return true;
      return false;
    }

    private static boolean named(Regions r) {
      for (String n : r.names) if (!n.startsWith("'elided")) return true;
      return false;
    }

    boolean any() {
      return opaque() || !names.isEmpty();
    }
  }

  /** Whether parameter i (counting self) of def is declared with a reference type, so that a {@code &mut} argument is reborrowed. */
  static boolean paramIsRef(FnSig.Def def, int i) {
    if (def == null || def.item == null) return false;
    int self = def.selfKind == Item.SelfKind.NONE ? 0 : 1;
    if (i < self) return def.selfKind == Item.SelfKind.REF || def.selfKind == Item.SelfKind.REF_MUT;
    int k = i - self;
    List<Item.Param> ps = def.item.params();
    return k < ps.size() && ps.get(k).type() instanceof TypeExpr.RefType;
  }

  CallFlow flow(FnSig.Def def) {
    if (def == null || def.item == null) return null;
    return cache.computeIfAbsent(def, this::compute);
  }

  private Ty selfTy;

  private CallFlow compute(FnSig.Def def) {
    Item.FnItem f = def.item;
    selfTy = def.selfTy;
    Set<String> generics = new HashSet<>();
    for (FnSig.Generic g : def.generics) generics.add(g.name());
    int self = def.selfKind == Item.SelfKind.NONE ? 0 : 1;
    int n = self + f.params().size();
    Regions[] params = new Regions[n];
    Regions[] inner = new Regions[n];
    boolean[] mutRef = new boolean[n];
    boolean[] isRef = new boolean[n];
    String[] outer = new String[n];
    int[] counter = {0};
    if (self == 1) {
      Regions in = new Regions();
      tyRegions(def.selfTy, in);
      Regions r = new Regions();
      if (def.selfKind == Item.SelfKind.REF || def.selfKind == Item.SelfKind.REF_MUT) {
        r.names.add(f.selfLifetime() != null ? f.selfLifetime() : "'elided-self");
        outer[0] = r.names.iterator().next();
        mutRef[0] = def.selfKind == Item.SelfKind.REF_MUT;
        isRef[0] = true;
      } else {
        r.typeParams = in.typeParams;
        r.hidden = in.hidden;
      }
      params[0] = r;
      inner[0] = in;
    }
    int inputLifetimes = 0;
    String single = null;
    for (int i = 0; i < f.params().size(); i++) {
      TypeExpr t = f.params().get(i).type();
      Regions r = new Regions();
      int before = counter[0];
      regions(t, r, generics, counter);
      params[self + i] = r;
      if (t instanceof TypeExpr.RefType rt0) {
        String lt = rt0.lifetime();
        outer[self + i] = lt == null || lt.equals("'_") ? "'elided" + before : lt;
      }
      inputLifetimes += r.names.size();
      if (r.names.size() == 1) single = r.names.iterator().next();
      Regions in = new Regions();
      if (t instanceof TypeExpr.RefType rt) {
        mutRef[self + i] = rt.mutable();
        isRef[self + i] = true;
        regions(rt.inner(), in, generics, counter);
      }
      inner[self + i] = in;
    }
    Regions ret = new Regions();
    if (f.ret() != null) regions(f.ret(), ret, generics, counter);
    if (ret.elided > 0) {
      // Lifetime elision: the output borrows from self, or from the only input lifetime.
      if (self == 1 && (def.selfKind == Item.SelfKind.REF || def.selfKind == Item.SelfKind.REF_MUT)) {
        ret.names.addAll(params[0].names);
      } else if (inputLifetimes == 1 && single != null) {
        ret.names.add(single);
      } else {
        ret.hidden = true;
      }
    }
    byte[] into = new byte[n];
    int[][] intoArg = new int[n][];
    for (int i = 0; i < n; i++) {
      if (isRef[i]) {
        if (ret.hidden || ret.names.contains(outer[i])) {
          into[i] = CallFlow.ALL;
        } else if (ret.meets(inner[i])) {
          // The result may hold what the referent holds (Vec::pop, Parser<'a>::next -> &'a str),
          // but not the argument's own borrow.
          into[i] = CallFlow.INNER;
        }
      } else if (ret.meets(params[i]) || ret.hidden && params[i].any()) {
        into[i] = CallFlow.ALL;
      }
    }
    for (int j = 0; j < n; j++) {
      if (!mutRef[j] || !inner[j].any()) continue;
      int[] src = new int[n];
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (i == j) continue;
        boolean whole = isRef[i]
            ? inner[j].names.contains(outer[i]) || inner[j].hidden && !outer[i].startsWith("'elided")
            : params[i].meets(inner[j]);
        if (whole) {
          src[k++] = i;
        } else if (isRef[i] && inner[i].meets(inner[j])) {
          src[k++] = ~i;
        }
      }
      if (k > 0) intoArg[j] = java.util.Arrays.copyOf(src, k);
    }
    return new CallFlow(into, intoArg, !def.fromPrelude);
  }

  /** The regions of a semantic type (for an impl's self type): type parameters and hidden lifetimes. */
  private static void tyRegions(Ty t, Regions out) {
    if (t == null || t instanceof Ty.Param) {
      out.typeParams = true;
    } else if (t instanceof Ty.Ref r) {
      out.hidden = true;
      tyRegions(r.inner(), out);
    } else if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) tyRegions(e, out);
    } else if (t instanceof Ty.Array a) {
      tyRegions(a.elem(), out);
    } else if (t instanceof Ty.Slice s) {
      tyRegions(s.elem(), out);
    } else if (t instanceof Ty.Adt a) {
      if (Types.hasLifetimeParam(a.def()) || Types.mayHoldRefs(a)) out.hidden = true;
      for (Ty x : a.args()) tyRegions(x, out);
    }
  }

  private void regions(TypeExpr t, Regions out, Set<String> generics, int[] counter) {
    Ty selfTy = this.selfTy;
    if (t instanceof TypeExpr.RefType r) {
      if (r.lifetime() == null || r.lifetime().equals("'_")) {
        out.names.add("'elided" + counter[0]++);
        out.elided++;
      } else if (!r.lifetime().equals("'static")) {
        out.names.add(r.lifetime());
      }
      regions(r.inner(), out, generics, counter);
    } else if (t instanceof TypeExpr.PathType p) {
      Path path = p.path();
      String name = path.last();
      if (path.isSingle() && generics.contains(name)) out.typeParams = true;
      if (path.isSingle() && name.equals("Self")) tyRegions(selfTy, out);
      AdtDef d = items.adts.get(name);
      if (d != null && (Types.hasLifetimeParam(d) || Types.isBorrowingIter(d))) {
        out.hidden = true;
      }
      for (Path.Segment s : path.segments()) {
        for (TypeExpr g : s.generics()) regions(g, out, generics, counter);
      }
    } else if (t instanceof TypeExpr.TupleType tu) {
      for (TypeExpr e : tu.elems()) regions(e, out, generics, counter);
    } else if (t instanceof TypeExpr.ArrayType a) {
      regions(a.elem(), out, generics, counter);
    } else if (t instanceof TypeExpr.SliceType s) {
      regions(s.elem(), out, generics, counter);
    } else if (t instanceof TypeExpr.NeverType || t instanceof TypeExpr.InferType) {
      return;
    } else {
      out.hidden = true;
    }
  }
}
