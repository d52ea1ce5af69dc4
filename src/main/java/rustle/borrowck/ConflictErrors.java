package rustle.borrowck;

import java.util.List;

import java.util.BitSet;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Ty;

/**
 * Checks each access against the live loans (rustc's check_access_for_conflict) and reports the
 * first loan it invalidates: E0499, E0502, E0503, E0505, E0506, E0597 or E0716.
 */
final class ConflictErrors {
  private final Body body;
  private final Diags diags;
  private final LaterUse later;
  private final java.util.Map<Integer, Span> returnedAt;
  /** Where a binding annotated `'static` holds each loan it holds (set by the analysis). */
  java.util.Map<Integer, Span> staticAt = java.util.Map.of();

  /** returnedAt: where each loan returned to the caller is returned. */
  ConflictErrors(Body body, Diags diags, LaterUse later, java.util.Map<Integer, Span> returnedAt) {
    this.body = body;
    this.diags = diags;
    this.later = later;
    this.returnedAt = returnedAt;
  }

  /** What a loan of an index borrows into: the array or slice of a built-in index, else the container. */
  private rustle.types.Ty indexedType(Place p) {
    List<Place.Elem> proj = p.projection();
    if (!proj.isEmpty() && proj.get(proj.size() - 1) instanceof Place.Index ix) return ix.base();
    return Places.typeOf(body, p);
  }

  /** rustc suggests split_at_mut only for what has it: arrays, slices, Vec and str (not a user Index). */
  private static boolean hasSplitAtMut(rustle.types.Ty t) {
    while (t instanceof rustle.types.Ty.Ref r) t = r.inner();
    if (t == null || t instanceof rustle.types.Ty.Array || t instanceof rustle.types.Ty.Slice || t == rustle.types.Prim.STR) {
      return true;
    }
    return t instanceof rustle.types.Ty.Adt a && a.def().builtin == rustle.types.AdtDef.Builtin.VEC;
  }

  /** Checks an access; activation is the call of a two-phase borrow (or null). */
  void check(Place place, Access acc, Access.Depth depth, Span span, Span activation, Location at) {
    check(place, acc, depth, span, activation, at, false);
  }

  /** A borrow's access: its kind says whether it is made by indexing (rustc's split_at_mut help) or by a closure. */
  void check(Place place, Access acc, Access.Depth depth, Span span, Span activation, Location at, Rvalue.RefKind kind) {
    accessCapture = kind == Rvalue.RefKind.CLOSURE || kind == Rvalue.RefKind.CLOSURE_ASSIGN ? body.closureCaptures.get(span) : null;
    check(place, acc, depth, span, activation, at, kind == Rvalue.RefKind.INDEX);
    accessCapture = null;
  }

  /** The closure head and captured path of the access being checked, when it is a closure's capture. */
  private Span[] accessCapture;

  /** As above; indexing says the access is a borrow made by indexing (for rustc's split_at_mut help). */
  void check(Place place, Access acc, Access.Depth depth, Span span, Span activation, Location at, boolean indexing) {
    BitSet live = at.liveLoans();
    for (int i = live.nextSetBit(0); i >= 0; i = live.nextSetBit(i + 1)) {
      Loan l = body.borrows.get(i);
      if (acc.isRead() && !l.mutable()) continue;
      if (!Access.conflicts(l.place(), place, depth)) continue;
      Span where = acc == Access.MUT_BORROW && activation != null && !l.mutable() ? activation : span;
      if (diags.seen(place + "@" + where.start() + ":" + where.end())) return;
      report(place, acc, where, l, at, indexing);
      return;
    }
  }

  private String name(Place p) {
    String s = Places.describe(body, p);
    return s == null ? "value" : s;
  }

  private static boolean indexed(Place p) {
    return !p.projection().isEmpty() && p.projection().get(p.projection().size() - 1) instanceof Place.Index;
  }

  private void report(Place place, Access acc, Span span, Loan l, Location at, boolean indexing) {
    String pn = name(place);
    String ln = name(l.place());
    LaterUse.Use use = later.find(l.index(), at.block, at.stmt, at.loans);
    Diagnostic d;
    String prefix = "";
    // A closure's capture: rustc puts the borrow at the closure's `|..|` and says where the body uses the
    // variable (the first borrow is the loan, the second the access).
    Span[] loanCapture = l.kind() == Rvalue.RefKind.CLOSURE || l.kind() == Rvalue.RefKind.CLOSURE_ASSIGN
        ? body.closureCaptures.get(l.span()) : null;
    Span[] accCapture = accessCapture;
    Span lspan = loanCapture != null ? loanCapture[0] : l.span();
    Span aspan = accCapture != null && !l.span().equals(span) ? accCapture[0] : span;
    boolean pair = false;
    switch (acc) {
      case SHARED_BORROW:
        d = Errors.conflictingBorrow(pn, false, aspan, lspan);
        prefix = "mutable ";
        pair = true;
        break;
      case MUT_BORROW:
        if (l.mutable()) {
          d = l.span().equals(span) ? Errors.secondMutableBorrowInLoop(pn, span)
              : Errors.secondMutableBorrow(pn, aspan, lspan);
          prefix = "first ";
        } else {
          d = Errors.conflictingBorrow(pn, true, aspan, lspan);
          prefix = "immutable ";
        }
        pair = !l.span().equals(span);
        break;
      case READ:
        d = Errors.useWhileMutablyBorrowed(pn, span, ln, l.span());
        break;
      case MOVE: {
        LocalDecl decl = body.local(place.local());
        d = Errors.moveOutWhileBorrowed(pn, decl.name, span, ln, lspan, decl.isUser() && loanCapture == null ? decl.span : null);
        if (loanCapture != null) d = d.withLabel(loanCapture[1], "borrow occurs due to use in closure");
        if (Clones.isClone(Places.typeOf(body, l.place()))
            && (l.kind() == Rvalue.RefKind.EXPLICIT || l.kind() == Rvalue.RefKind.INDEX)) {
          d = Errors.withCloneHelp(d, l.span());
        }
        break;
      }
      case WRITE:
        d = Errors.assignToBorrowed(pn, span, pn, l.span());
        break;
      default:
        d = storageDead(place, span, l);
        break;
    }
    if (pair && loanCapture != null) {
      d = d.withLabel(loanCapture[1], "first borrow occurs due to use of `" + ln + "` in closure");
    }
    if (pair && accCapture != null && aspan != span) {
      d = d.withLabel(accCapture[1], "second borrow occurs due to use of `" + pn + "` in closure");
    }
    boolean bothIndexed = (indexing || indexed(place)) && (l.kind() == Rvalue.RefKind.INDEX || indexed(l.place()));
    if ((acc == Access.MUT_BORROW || acc == Access.SHARED_BORROW) && bothIndexed && !l.span().equals(span)
        && hasSplitAtMut(indexedType(l.place()))) {
      d = d.withHelp("use `.split_at_mut(position)` to obtain two mutable non-overlapping sub-slices");
    }
    if (staticAt.containsKey(l.index())) {
      // rustc explains the 'static region the annotation asks for, not a later use.
      d = d.withLabel(staticAt.get(l.index()), "type annotation requires that `" + name(l.place()) + "` is borrowed for `'static`");
    } else if (returnedAt.containsKey(l.index()) && acc != Access.STORAGE_DEAD) {
      // A borrow returned to the caller must be valid for the caller's lifetime, whatever comes next.
      d = returned(d, l, returnedAt.get(l.index()));
    } else if (use != null) {
      d = d.withLabel(use.span(), LaterUse.label(use, prefix, l.span()));
      if (acc == Access.STORAGE_DEAD) d = collectionNote(d, use, place);
    } else if (acc == Access.STORAGE_DEAD) {
      d = escapingArgument(d, l, at);
    }
    diags.add(d);
  }

  private Diagnostic storageDead(Place place, Span dropped, Loan l) {
    LocalDecl decl = body.local(place.local());
    if (decl.isTemp()) return Errors.temporaryDroppedWhileBorrowed(decl.span, dropped);
    return Errors.doesNotLiveLongEnough(decl.name, l.span(), decl.span, dropped);
  }

  /** rustc's explanation when the borrow is returned to the caller (and so lives to the end of the body). */
  private Diagnostic returned(Diagnostic d, Loan l, Span ret) {
    LocalDecl arg = body.local(l.place().local());
    String region = "'1";
    rustle.ast.Item.FnItem f = body.def.item;
    String named = null;
    if (arg.var != null && arg.var.patternId < 0 && "self".equals(arg.name)) {
      named = f.selfLifetime();
      if (named == null && f.selfSpan() != null) {
        d = d.withLabel(Builder.head(f.selfSpan(), 1), "let's call the lifetime of this reference `'1`");
      }
    } else {
      for (rustle.ast.Item.Param p : f.params()) {
        if (p.pattern().span().equals(arg.span) && p.type() instanceof rustle.ast.TypeExpr.RefType rt) {
          if (rt.lifetime() != null && !rt.lifetime().equals("'_")) named = rt.lifetime();
          else d = d.withLabel(Builder.head(rt.span(), 1), "let's call the lifetime of this reference `'1`");
        }
      }
    }
    if (named != null) {
      region = named;
      for (rustle.ast.Item.GenericParam g : f.generics()) {
        if (g.isLifetime() && g.name().equals(named)) d = d.withLabel(g.span(), "lifetime `" + named + "` defined here");
      }
    }
    return d.withLabel(ret, "returning this value requires that `" + name(l.place()) + "` is borrowed for `" + region + "`");
  }

  /** rustc's explanation when the reference was stored behind a {@code &mut} argument the caller sees. */
  private Diagnostic escapingArgument(Diagnostic d, Loan l, Location at) {
    for (int a = 0; a < body.locals.size(); a++) {
      LocalDecl arg = body.local(a);
      BitSet h = at.loans.of(a);
      if (!Liveness.escapes(arg) || h == null || !h.get(l.index())) continue;
      Statement.Assign stored = later.storedAt(l.index(), a);
      String region = "'1";
      if (arg.innerRef != null && arg.innerRef.lifetime() != null && !arg.innerRef.lifetime().equals("'_")) {
        region = arg.innerRef.lifetime();
        for (rustle.ast.Item.GenericParam g : body.def.item.generics()) {
          if (g.isLifetime() && g.name().equals(region)) d = d.withLabel(g.span(), "lifetime `" + region + "` defined here");
        }
      } else if (arg.innerRef != null) {
        d = d.withLabel(Builder.head(arg.innerRef.span(), 1), "let's call the lifetime of this reference `'1`");
      }
      String name = body.local(l.place().local()).name;
      if (stored != null && name != null) {
        boolean call = stored.rv() instanceof Rvalue.Call;
        d = d.withLabel(call ? ((Rvalue.Call) stored.rv()).callee() : stored.span(),
            (call ? "argument" : "assignment") + " requires that `" + name + "` is borrowed for `" + region + "`");
      }
      return d;
    }
    return d;
  }

  /** rustc's note when the reference was stored in a collection (a Vec of references) that outlives the value. */
  private Diagnostic collectionNote(Diagnostic d, LaterUse.Use use, Place place) {
    LocalDecl c = body.local(use.local());
    if (c.kind != LocalDecl.Kind.USER || !(c.ty instanceof Ty.Adt a) || a.def().builtin != AdtDef.Builtin.VEC
        || !(a.args().get(0) instanceof Ty.Ref) || body.local(place.local()).isTemp()) {
      return d;
    }
    String name = body.local(place.local()).name;
    return d.withLabel(c.span, "variable `" + c.name + "` declared here")
        .withNote("`" + c.name + "` is a collection that stores borrowed references, but `" + name
            + "` does not live long enough to be stored in it")
        .withHelp("buffer reuse with borrowed references requires unsafe code or restructuring");
  }
}
