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

  /** Field {@code index} of a struct, tuple or (after a downcast) enum variant; name is for messages. */
  record Field(int index, String name) implements Elem {}

  /** An enum variant's payload, named for messages ({@code (x as Some).0}). */
  record Downcast(int variant, String name) implements Elem {}

  /** A built-in index into an array or slice of type {@code base}; all indexes may overlap. */
  record Index(Ty base) implements Elem {}

  /** A dereference: through a shared or a mutable reference, or of a Box. */
  record Deref(DerefKind kind) implements Elem {}

  /** What a deref goes through. */
  enum DerefKind { SHARED_REF, MUT_REF, OWNED }

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
