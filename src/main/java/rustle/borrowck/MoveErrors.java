package rustle.borrowck;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Item;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Prim;
import rustle.types.Ty;
import rustle.types.TyPrinter;

/** Errors about values that are not there: uses of moved (E0382) or uninitialized (E0381) places. */
final class MoveErrors {
  /** How a place is used, for the wording of E0382. */
  enum Use { USE, BORROW }

  private final Body body;
  private final MoveData moves;
  private final Diags diags;

  MoveErrors(Body body, MoveData moves, Diags diags) {
    this.body = body;
    this.moves = moves;
    this.diags = diags;
  }

  private String name(Place p) {
    String s = Places.describe(body, p);
    return s == null ? "value" : s;
  }

  private static String show(Ty t) {
    return t == null ? "_" : TyPrinter.show(t);
  }

  /** Checks that place holds a value where it is used; self is the move doing the use, if any. */
  void checkInit(Place place, Use use, Span span, Location at, Operand.Move self) {
    if (body.local(place.local()).isTemp()) return;
    List<MoveData.MoveOut> hits = new ArrayList<>();
    for (int i = at.init.moved.nextSetBit(0); i >= 0; i = at.init.moved.nextSetBit(i + 1)) {
      MoveData.MoveOut m = moves.moves.get(i);
      if (m.op().place().local() == place.local() && !Place.disjoint(m.op().place(), place)) hits.add(m);
    }
    if (!hits.isEmpty()) {
      StringBuilder key = new StringBuilder("moved");
      for (MoveData.MoveOut m : hits) key.append(',').append(m.index());
      if (!diags.seen(key.toString())) diags.add(moved(place, use, span, hits, self));
      return;
    }
    if (at.init.uninit.get(place.local())) {
      if (diags.seen("uninit@" + span.start())) return;
      LocalDecl d = body.local(place.local());
      boolean possibly = at.init.ever.get(place.local());
      Diagnostic e = Errors.usedUninitialized(d.name, possibly, span, d.span);
      if (possibly && body.def.item != null) {
        e = UninitExplain.explain(e, body.def.item.body(), initSpans(place.local()), d.name);
      }
      String value = possibly || d.initInsert == null ? null : defaultValue(d.ty);
      if (value != null) e = e.withSuggestion("consider assigning a value", d.initInsert, " = " + value);
      diags.add(e);
    }
  }

  /** The spans of the assignments that initialize a local. */
  private List<Span> initSpans(int local) {
    List<Span> out = new ArrayList<>();
    for (BasicBlock blk : body.blocks) {
      for (Statement s : blk.stmts) {
        if (s instanceof Statement.Assign a && a.dest().local() == local && a.dest().isLocal()) out.add(a.span());
      }
    }
    return out;
  }

  private static String defaultValue(Ty t) {
    if (t instanceof Prim p && p.isInt()) return "42";
    if (t == Prim.BOOL) return "false";
    if (t instanceof Ty.Adt a && (a.def().builtin == AdtDef.Builtin.STRING || a.def().builtin == AdtDef.Builtin.VEC)) {
      return "Default::default()";
    }
    return null;
  }

  /** Checks an assignment to part of a place: its parent must hold a value. */
  void checkPartialAssign(Place dest, Span span, Location at) {
    if (body.local(dest.local()).isTemp()) return;
    for (int i = at.init.moved.nextSetBit(0); i >= 0; i = at.init.moved.nextSetBit(i + 1)) {
      MoveData.MoveOut m = moves.moves.get(i);
      Place mp = m.op().place();
      if (mp.isPrefixOf(dest) && !mp.equals(dest)) {
        if (!diags.seen("assign-part@" + span.start())) diags.add(Errors.assignToPartOfMoved(name(mp), span)
            .withLabel(m.op().span(), "value moved here"));
        return;
      }
    }
    if (at.init.uninit.get(dest.local()) && !diags.seen("uninit@" + span.start())) {
      LocalDecl d = body.local(dest.local());
      diags.add(Errors.partiallyAssignedUninitialized(d.name, span, d.span));
    }
  }

  private Diagnostic moved(Place place, Use use, Span span, List<MoveData.MoveOut> hits, Operand.Move self) {
    boolean partial = true;
    for (MoveData.MoveOut m : hits) if (!(place.isPrefixOf(m.op().place()) && !place.equals(m.op().place()))) partial = false;
    MoveData.MoveOut first = hits.get(0);
    Place moved = first.op().place();
    String title = partial ? name(place) : name(moved);
    boolean selfHit = false;
    for (MoveData.MoveOut m : hits) if (m.op() == self) selfHit = true;
    String verb = use == Use.BORROW ? "borrow" : "use";
    String primary = selfHit ? "value moved here, in previous iteration of loop"
        : "value " + (use == Use.BORROW ? "borrowed" : "used") + " here after " + (partial ? "partial move" : "move");
    Diagnostic d = Errors.usedAfterMove(verb, partial, title, span, primary);
    boolean inLoop = selfHit;
    List<Span> labelled = new ArrayList<>();
    for (MoveData.MoveOut m : hits) {
      if (m.op() == self || labelled.contains(m.op().span())) continue;
      labelled.add(m.op().span());
      boolean previous = m.op().span().start() >= span.start();
      inLoop |= previous;
      d = d.withLabel(moveSpan(m.op()), moveLabel(m.op(), partial) + (previous ? ", in previous iteration of loop" : ""));
    }
    LocalDecl decl = body.local(moved.local());
    Ty mt = first.op().ty();
    if (first.op().why().kind() == Operand.Why.Kind.ONCE_CALL && mt instanceof Ty.Closure) {
      // rustc names no type for a closure: the notes below say why calling it moved it.
    } else if (!partial && moved.isLocal() && decl.isUser()) {
      d = d.withLabel(decl.span, Errors.moveOccursBecause("`" + decl.name + "`", show(decl.ty), false));
    } else {
      String what = Places.describe(body, moved);
      d = d.withNote(Errors.moveOccursBecause(what == null || what.contains(" as ") ? "value" : "`" + what + "`",
          show(mt), partial));
    }
    if (inLoop) {
      Span header = loopHeader(first.op().span(), decl.span);
      if (header != null) d = d.withLabel(header, "inside of this loop");
    }
    return helps(d, first.op(), partial);
  }

  private static Span moveSpan(Operand.Move m) {
    Operand.Why.Kind k = m.why().kind();
    return (k == Operand.Why.Kind.METHOD_SELF || k == Operand.Why.Kind.ONCE_CALL) && m.why().span() != null
        ? m.why().span() : m.span();
  }

  private String moveLabel(Operand.Move m, boolean partial) {
    String who = name(m.place());
    switch (m.why().kind()) {
      case METHOD_SELF:
        return "`" + who + "` moved due to this method call";
      case FOR_LOOP:
        return "`" + who + "` moved due to this implicit call to `.into_iter()`";
      case ONCE_CALL:
        return "`" + who + "` moved due to this call";
      default:
        return partial ? "value partially moved here" : "value moved here";
    }
  }

  /** The innermost loop around the move that does not also contain the moved binding's declaration. */
  private Span loopHeader(Span move, Span decl) {
    Span best = null;
    int bestLen = Integer.MAX_VALUE;
    for (Span[] l : body.loops) {
      Span full = l[0];
      if (full.start() <= move.start() && move.end() <= full.end() && !(full.start() <= decl.start() && decl.end() <= full.end())
          && full.end() - full.start() < bestLen) {
        best = l[1];
        bestLen = full.end() - full.start();
      }
    }
    return best;
  }

  private Diagnostic helps(Diagnostic d, Operand.Move m, boolean partial) {
    Ty t = m.ty();
    Operand.Why why = m.why();
    if (why.kind() == Operand.Why.Kind.FN_ARG && why.callee() != null && why.callee().item != null) {
      d = paramNote(d, why);
    } else if (why.kind() == Operand.Why.Kind.METHOD_SELF && why.callee() != null && !why.callee().fromPrelude
        && why.callee().item.selfSpan() != null) {
      d = d.withSub(Diagnostic.Sub.note("`" + why.callee().path() + "` takes ownership of the receiver `self`, which moves `"
          + name(m.place()) + "`", why.callee().item.selfSpan(), null));
    }
    if (why.kind() == Operand.Why.Kind.ONCE_CALL) {
      // rustc: why the closure is FnOnce, then why calling it moves it; no clone help.
      if (why.method() == null && m.ty() instanceof Ty.Param gp) {
        if (why.star() == null || why.star() == Span.NONE) return d;
        return d.withSub(Diagnostic.Sub.note("`FnOnce` closures can only be called once", why.star(),
            "`" + gp.name() + "` is made to be an `FnOnce` closure here").withLabel(why.span(),
            "this value implements `FnOnce`, which causes it to be moved when called"));
      }
      if (why.star() != null) {
        d = d.withSub(Diagnostic.Sub.note("closure cannot be invoked more than once because it moves the variable `"
            + why.method() + "` out of its environment", why.star(), null));
      }
      return d.withSub(Diagnostic.Sub.note("this value implements `FnOnce`, which causes it to be moved when called",
          m.span(), null));
    }
    if (partial) {
      if (why.kind() == Operand.Why.Kind.BINDING || why.kind() == Operand.Why.Kind.LET_BINDING) {
        d = d.withSuggestion("borrow this binding in the pattern to avoid moving the value", Builder.before(m.span()), "ref ");
      }
      return d;
    }
    if (why.kind() == Operand.Why.Kind.FOR_LOOP) {
      if (Types.isVec(t)) {
        d = d.withSuggestion("consider iterating over a slice of the `" + show(t)
            + "`'s content to avoid moving into the `for` loop", Builder.before(m.span()), "&");
      }
      return d;
    }
    if (Clones.isClone(t)) {
      if (why.kind() == Operand.Why.Kind.METHOD_SELF) {
        return d.withSuggestion("you can `clone` the value and consume it, but this might not be your desired behavior",
            Builder.after(m.span()), ".clone()");
      }
      return m.place().isLocal() ? Errors.withCloneHelp(d, m.span()) : d;
    }
    return m.place().isLocal() ? notCloneNote(d, t, m.span()) : d;
  }

  private static Diagnostic paramNote(Diagnostic d, Operand.Why why) {
    Item.FnItem f = why.callee().item;
    int k = why.param() - (why.callee().selfKind == Item.SelfKind.NONE ? 0 : 1);
    if (k < 0 || k >= f.params().size()) return d;
    String kind = why.callee().selfTy == null ? "function" : "method";
    return d.withSub(Diagnostic.Sub.note("consider changing this parameter type in " + kind + " `" + f.name()
        + "` to borrow instead if owning the value isn't necessary", f.params().get(k).type().span(),
        "this parameter takes ownership of the value").withLabel(f.nameSpan(), "in this " + kind));
  }

  /** rustc's note for a user type that could be cloned if it derived Clone. */
  static Diagnostic notCloneNote(Diagnostic d, Ty t, Span moved) {
    if (!(t instanceof Ty.Adt a) || a.def().builtin != AdtDef.Builtin.NONE) return d;
    Span header = null;
    if (a.def().source instanceof Item.StructItem s) header = Builder.join(s.span(), s.nameSpan());
    if (a.def().source instanceof Item.EnumItem e) header = Builder.join(e.span(), e.nameSpan());
    if (header == null) return d;
    return d.withSub(Diagnostic.Sub.note("if `" + a.def().name + "` implemented `Clone`, you could clone the value",
        header, "consider implementing `Clone` for this type").withLabel(moved, "you could clone this value"));
  }
}
