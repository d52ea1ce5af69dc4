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
    }
    return false;
  }
}
