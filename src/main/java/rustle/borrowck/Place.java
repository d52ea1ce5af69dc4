package rustle.borrowck;

import java.util.ArrayList;
import java.util.List;
import rustle.types.Ty;

/**
 * A place as rustc's MIR names one: a local plus a path of projections (fields, derefs, indexes and
 * enum downcasts). Places are what loans borrow, what moves empty and what assignments fill.
 */
record Place(int local, List<Elem> projection) {
  /** One projection step. */
  sealed interface Elem {}

  // The records here write out equals, hashCode and toString: a record's generated ones are linked
  // through invokedynamic on their first call, which costs milliseconds of start-up.

  /** Field {@code index} of a struct, tuple or (after a downcast) enum variant; name is for messages. */
  record Field(int index, String name) implements Elem {
    @Override
    public boolean equals(Object o) {
      return o instanceof Field f && index == f.index && name.equals(f.name);
    }

    @Override
    public int hashCode() {
      return index * 31 + name.hashCode();
    }

    @Override
    public String toString() {
      return "." + index;
    }
  }

  /** An enum variant's payload, named for messages ({@code (x as Some).0}). */
  record Downcast(int variant, String name) implements Elem {
    @Override
    public boolean equals(Object o) {
      return o instanceof Downcast d && variant == d.variant && name.equals(d.name);
    }

    @Override
    public int hashCode() {
      return variant * 31 + name.hashCode() + 7;
    }

    @Override
    public String toString() {
      return " as " + variant;
    }
  }

  /** A built-in index into an array or slice of type {@code base}; all indexes may overlap. */
  record Index(Ty base) implements Elem {
    @Override
    public boolean equals(Object o) {
      return o instanceof Index i && base.equals(i.base);
    }

    @Override
    public int hashCode() {
      return base.hashCode() + 11;
    }

    @Override
    public String toString() {
      return "[_]";
    }
  }

  /**
   * An element a slice pattern names, of an array or slice of type {@code base}: {@code offset} from the
   * start, or (fromEnd) the {@code offset}-th from the end, counted from 1, in a value the pattern
   * requires to have at least minLength elements (rustc's ConstantIndex).
   */
  record ConstIndex(int offset, boolean fromEnd, int minLength, Ty base) implements Elem {
    @Override
    public boolean equals(Object o) {
      return o instanceof ConstIndex c && offset == c.offset && fromEnd == c.fromEnd && minLength == c.minLength
          && base.equals(c.base);
    }

    @Override
    public int hashCode() {
      return offset * 31 + (fromEnd ? 13 : 17) + base.hashCode();
    }

    @Override
    public String toString() {
      return "[" + (fromEnd ? "-" : "") + offset + "]";
    }
  }

  /** The elements a {@code rest @ ..} names: from {@code from} to {@code to} before the end (rustc's Subslice). */
  record Subslice(int from, int to, Ty base) implements Elem {
    @Override
    public boolean equals(Object o) {
      return o instanceof Subslice c && from == c.from && to == c.to && base.equals(c.base);
    }

    @Override
    public int hashCode() {
      return from * 31 + to * 7 + 19 + base.hashCode();
    }

    @Override
    public String toString() {
      return "[" + from + "..-" + to + "]";
    }
  }

  /** A dereference: through a shared or a mutable reference, or of a Box. */
  record Deref(DerefKind kind) implements Elem {
    @Override
    public boolean equals(Object o) {
      return o instanceof Deref d && kind == d.kind;
    }

    @Override
    public int hashCode() {
      return kind.hashCode();
    }

    @Override
    public String toString() {
      return "*" + kind.ordinal();
    }
  }

  /** What a deref goes through. */
  enum DerefKind { SHARED_REF, MUT_REF, OWNED }

  @Override
  public boolean equals(Object o) {
    return o instanceof Place p && local == p.local && projection.equals(p.projection);
  }

  @Override
  public int hashCode() {
    return local * 31 + projection.hashCode();
  }

  /** A key naming the place uniquely (not for messages: those use Places.describe). */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("_").append(local);
    for (Elem e : projection) b.append(e);
    return b.toString();
  }

  static Place local(int local) {
    return new Place(local, List.of());
  }

  Place project(Elem e) {
    List<Elem> p = new ArrayList<>(projection.size() + 1);
    p.addAll(projection);
    p.add(e);
    return new Place(local, List.copyOf(p));
  }

  Place deref(DerefKind kind) {
    return project(new Deref(kind));
  }

  boolean isLocal() {
    return projection.isEmpty();
  }

  /** The place made of the first n projections. */
  Place prefix(int n) {
    return new Place(local, projection.subList(0, n));
  }

  /** Whether the place goes through a reference (its data is not owned by the local). */
  boolean throughRef() {
    for (Elem e : projection) {
      if (e instanceof Deref d && d.kind() != DerefKind.OWNED) return true;
    }
    return false;
  }

  /** Whether the place goes through a shared reference (rustc does not track borrows of such places). */
  boolean throughSharedRef() {
    for (Elem e : projection) {
      if (e instanceof Deref d && d.kind() == DerefKind.SHARED_REF) return true;
    }
    return false;
  }

  boolean hasDeref() {
    for (Elem e : projection) if (e instanceof Deref) return true;
    return false;
  }

  /** Whether this place is a prefix of (or equal to) other. */
  boolean isPrefixOf(Place other) {
    if (local != other.local || projection.size() > other.projection.size()) return false;
    for (int i = 0; i < projection.size(); i++) {
      if (!sameElem(projection.get(i), other.projection.get(i))) return false;
    }
    return true;
  }

  /** Elements equal as far as overlap goes: indexes are all alike. */
  static boolean sameElem(Elem a, Elem b) {
    if (a instanceof Index && b instanceof Index) return true;
    return a.equals(b);
  }

  /**
   * Whether two places of the same local can never overlap: they part at different fields or
   * variants before either ends.
   */
  static boolean disjoint(Place a, Place b) {
    if (a.local != b.local) return true;
    int n = Math.min(a.projection.size(), b.projection.size());
    for (int i = 0; i < n; i++) {
      Elem x = a.projection.get(i);
      Elem y = b.projection.get(i);
      if (x instanceof Field fx && y instanceof Field fy && fx.index() != fy.index()) return true;
      if (x instanceof Downcast dx && y instanceof Downcast dy && dx.variant() != dy.variant()) return true;
      if (disjointElems(x, y) || disjointElems(y, x)) return true;
    }
    return false;
  }

  /** Slice-pattern elements that never overlap: two elements, or an element and a rest, apart. */
  private static boolean disjointElems(Elem x, Elem y) {
    if (x instanceof ConstIndex a && y instanceof ConstIndex b) {
      if (a.fromEnd == b.fromEnd) return a.offset != b.offset;
      // Both patterns matched, so the value has at least the larger minimum length (rustc's reasoning).
      long len = a.base instanceof Ty.Array arr ? arr.len() : Math.max(a.minLength, b.minLength);
      long ia = a.fromEnd ? len - a.offset : a.offset;
      long ib = b.fromEnd ? len - b.offset : b.offset;
      return ia != ib;
    }
    if (x instanceof ConstIndex a && y instanceof Subslice r) {
      return a.fromEnd ? a.offset <= r.to : a.offset < r.from;
    }
    return false;
  }
}
