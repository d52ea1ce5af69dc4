package rustle.borrowck;

/** What an access does to a place, and how deep into it (rustc's ReadOrWrite and AccessDepth). */
enum Access {
  READ, SHARED_BORROW, MUT_BORROW, MOVE, WRITE, STORAGE_DEAD;

  /** Whether only mutable loans conflict with this access. */
  boolean isRead() {
    return this == READ || this == SHARED_BORROW;
  }

  enum Depth { SHALLOW, DEEP, DROP }

  /**
   * rustc's places_conflict for a loan of borrowed and an access to accessed (same local assumed):
   * disjoint fields never conflict; a borrow of something behind a pointer inside the accessed place
   * conflicts only with deep accesses, and drops do not reach behind a {@code &mut}.
   */
  static boolean conflicts(Place borrowed, Place accessed, Depth depth) {
    if (borrowed.local() != accessed.local() || Place.disjoint(borrowed, accessed)) return false;
    int n = accessed.projection().size();
    for (int i = n; i < borrowed.projection().size(); i++) {
      if (borrowed.projection().get(i) instanceof Place.Deref d) {
        if (depth == Depth.SHALLOW) return false;
        if (d.kind() == Place.DerefKind.SHARED_REF) return false;
        if (depth == Depth.DROP && d.kind() == Place.DerefKind.MUT_REF) return false;
      }
    }
    return true;
  }
}
