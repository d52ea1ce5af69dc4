package rustle.borrowck;

import java.util.List;
import rustle.types.AdtDef;
import rustle.types.Layouts;
import rustle.types.Ty;

/** The type of a place and its name as rustc writes it in messages ({@code p.name}, {@code *r}, {@code v[_]}). */
final class Places {
  private Places() {}

  static Ty typeOf(Body body, Place p) {
    Ty t = body.local(p.local()).ty;
    int variant = 0;
    for (Place.Elem e : p.projection()) {
      if (t == null) return null;
      if (e instanceof Place.Field f) {
        if (t instanceof Ty.Tuple tu) {
          t = f.index() < tu.elems().size() ? tu.elems().get(f.index()) : null;
        } else if (t instanceof Ty.Adt a && variant < a.def().variants.size()) {
          List<Ty> fs = Layouts.fieldTypes(a, a.def().variants.get(variant));
          t = f.index() < fs.size() ? fs.get(f.index()) : null;
        } else {
          t = null;
        }
        variant = 0;
      } else if (e instanceof Place.Downcast d) {
        variant = d.variant();
      } else if (e instanceof Place.Subslice r) {
        if (t instanceof Ty.Array a) t = new Ty.Array(a.elem(), Math.max(0, a.len() - r.from() - r.to()));
        else if (!(t instanceof Ty.Slice)) t = null;
      } else if (e instanceof Place.Index || e instanceof Place.ConstIndex) {
        if (t instanceof Ty.Array a) t = a.elem();
        else if (t instanceof Ty.Slice s) t = s.elem();
        else t = null;
      } else {
        Types.DerefStep s = Types.derefStep(t);
        t = s == null ? null : s.target();
      }
    }
    return t == null ? null : Builder.zonk(t);
  }

  /** rustc's describe_place, or null for a place based on a temporary. */
  static String describe(Body body, Place p) {
    String s = body.local(p.local()).name;
    if (s == null) return null;
    int derefs = 0;
    for (Place.Elem e : p.projection()) {
      if (e instanceof Place.Deref) {
        derefs++;
        continue;
      }
      // A field or index through a deref is written without the star, as in source: `r.f`, `s[_]`.
      derefs = 0;
      if (e instanceof Place.Field f) {
        s = s + "." + f.name();
      } else if (e instanceof Place.Index) {
        s = s + "[_]";
      } else if (e instanceof Place.ConstIndex || e instanceof Place.Subslice) {
        s = s + "[..]";
      } else if (e instanceof Place.Downcast d) {
        s = "(" + s + " as " + d.name() + ")";
      }
    }
    return "*".repeat(derefs) + s;
  }

  /** The local a place's data belongs to, i.e. its longest prefix without a deref through a reference. */
  static Place ownedPrefix(Place p) {
    for (int i = 0; i < p.projection().size(); i++) {
      if (p.projection().get(i) instanceof Place.Deref d && d.kind() != Place.DerefKind.OWNED) return p.prefix(i);
    }
    return p;
  }

  static boolean isEnumDowncastOf(Ty t) {
    return t instanceof Ty.Adt a && a.def().isEnum;
  }

  static String variantName(Ty.Adt a, int v) {
    AdtDef.VariantDef vd = a.def().variants.get(v);
    return vd.name();
  }
}
