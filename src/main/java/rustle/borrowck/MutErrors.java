package rustle.borrowck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rustle.ast.Span;
import rustle.diag.Errors;

/**
 * Mutability errors (rustc's check_access_permissions): mutable borrows of and assignments to
 * places that are not mutable (E0596, E0594), and second assignments to immutable bindings (E0384).
 */
final class MutErrors {
  private final Body body;
  private final Diags diags;
  /** E0596 sites per binding not declared mut: rustc reports several as one error. */
  private final Map<Integer, List<Span>> notMutBorrows = new LinkedHashMap<>();
  private final Map<Integer, Place> notMutPlaces = new LinkedHashMap<>();

  MutErrors(Body body, Diags diags) {
    this.body = body;
    this.diags = diags;
  }

  /** immutability(): the place is a variable captured by a closure that must be {@code Fn}. */
  private static final int FN_CAPTURE = -3;

  /**
   * Why a place cannot be mutated: -1 when it can, -2 when its binding is not declared mut, FN_CAPTURE, or the
   * number of projections up to the deref of a shared reference it is behind.
   */
  private int immutability(Place p) {
    boolean viaMutRef = false;
    for (int i = p.projection().size() - 1; i >= 0; i--) {
      if (p.projection().get(i) instanceof Place.Deref d) {
        if (d.kind() == Place.DerefKind.SHARED_REF) return i;
        if (d.kind() == Place.DerefKind.MUT_REF) viaMutRef = true;
      }
    }
    LocalDecl l = body.local(p.local());
    if (!viaMutRef && l.fnCapture) return FN_CAPTURE;
    if (viaMutRef || l.mutable && !l.guardBinding || l.isTemp() || l.kind == LocalDecl.Kind.RETURN) return -1;
    return -2;
  }

  void borrowMut(Place p, Span at) {
    int why = immutability(p);
    if (why == -1) return;
    if (why == FN_CAPTURE) {
      if (!diags.seen("mut@" + at.start())) diags.add(Errors.borrowMutFnCapture(Places.describe(body, p), at));
      return;
    }
    LocalDecl l = body.local(p.local());
    if (why == -2 && l.guardBinding && l.mutable) {
      // A `mut` binding is still immutable in its arm's guard (rustc binds it by reference there).
      if (!diags.seen("mut@" + at.start())) {
        diags.add(Errors.coded("E0596", "cannot borrow `" + Places.describe(body, p)
            + "` as mutable, as it is immutable for the pattern guard", at, "cannot borrow as mutable")
            .withNote("variables bound in patterns are immutable until the end of the pattern guard"));
      }
      return;
    }
    if (why == -2) {
      if (!diags.seen("mut@" + at.start())) {
        notMutBorrows.computeIfAbsent(p.local(), k -> new ArrayList<>()).add(at);
        notMutPlaces.putIfAbsent(p.local(), p);
      }
      return;
    }
    if (diags.seen("mut@" + at.start())) return;
    Place ref = p.prefix(why);
    LocalDecl rd = body.local(ref.local());
    diags.add(Errors.borrowMutBehindRef(Places.describe(body, p), Places.describe(body, ref), at,
        ref.isLocal() ? rd.mutRefInsert : null));
  }

  /** An assignment to a place with projections (whole bindings are E0384's business). */
  void assign(Place p, Span at) {
    int why = immutability(p);
    if (why == -1 || diags.seen("mut@" + at.start())) return;
    if (why == FN_CAPTURE) {
      diags.add(Errors.assignFnCapture(Places.describe(body, p), at));
      return;
    }
    LocalDecl l = body.local(p.local());
    if (why == -2) {
      diags.add(Errors.assignNotDeclaredMutable(Places.describe(body, p), l.name, at, mutInsert(l)));
      return;
    }
    Place ref = p.prefix(why);
    diags.add(Errors.assignBehindRef(Places.describe(body, p), Places.describe(body, ref), at,
        ref.isLocal() ? body.local(ref.local()).mutRefInsert : null));
  }

  /**
   * A closure that assigns to a captured place (it captures it by a mutable borrow): rustc reports
   * the assignment in the body as E0594, naming the binding as "it" when the whole binding is assigned.
   */
  void assignInClosure(Place p, Span at) {
    int why = immutability(p);
    if (why == -1 || diags.seen("mut@" + at.start())) return;
    LocalDecl l = body.local(p.local());
    if (why == FN_CAPTURE) {
      diags.add(Errors.assignFnCapture(Places.describe(body, p), at));
      return;
    }
    if (why == -2 && p.isLocal()) {
      diags.add(Errors.assignNotDeclaredMutable(l.name, null, at, mutInsert(l)));
      return;
    }
    assign(p, at);
  }

  /** An assignment to a whole binding that may already hold a value. */
  void assignTwice(int local, Span at) {
    LocalDecl l = body.local(local);
    if (l.fnCapture) {
      if (!diags.seen("mut@" + at.start())) diags.add(Errors.assignFnCapture(l.name, at));
      return;
    }
    if (l.mutable || !l.isUser() || diags.seen("mut@" + at.start())) return;
    if (l.kind == LocalDecl.Kind.ARG) {
      diags.add(Errors.assignToImmutableArgument(l.name, at, mutInsert(l)));
    } else {
      Span first = l.firstAssign != null && !l.firstAssign.equals(at) ? l.firstAssign : null;
      diags.add(Errors.assignTwiceToImmutable(l.name, at, first, mutInsert(l)));
    }
  }

  private static Span mutInsert(LocalDecl l) {
    return l.var == null ? null : Builder.before(l.span);
  }

  /** Emits the E0596 errors of bindings not declared mut, grouped per binding as rustc does. */
  void finish() {
    for (Map.Entry<Integer, List<Span>> e : notMutBorrows.entrySet()) {
      LocalDecl l = body.local(e.getKey());
      List<Span> sites = e.getValue();
      if (sites.size() == 1) {
        Place p = notMutPlaces.get(e.getKey());
        diags.add(Errors.borrowMutNotDeclaredMutable(Places.describe(body, p), p.isLocal() ? null : l.name,
            sites.get(0), mutInsert(l)));
      } else {
        diags.add(Errors.borrowMutNotDeclaredMutable(l.name, l.span, sites, mutInsert(l)));
      }
    }
  }
}
