package rustle.borrowck;

import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Ty;
import rustle.types.TyPrinter;

/**
 * Moves out of places that cannot be moved from (rustc's move errors): borrowed content and
 * overloaded indexes (E0507), array and slice elements (E0508), fields of types with a Drop impl
 * (E0509). Such a move is reported and not performed.
 */
final class MoveOutErrors {
  private final Body body;
  private final Diags diags;

  MoveOutErrors(Body body, Diags diags) {
    this.body = body;
    this.diags = diags;
  }

  private String name(Place p) {
    String s = Places.describe(body, p);
    return s == null ? "value" : s;
  }

  private static String show(Ty t) {
    return t == null ? "_" : TyPrinter.show(t);
  }

  /** Whether m moves out of a place that allows it; reports E0507/E0508/E0509 otherwise. */
  boolean checkLegal(Operand.Move m) {
    Place p = m.place();
    String because = Errors.moveOccursBecause(becauseWhat(p), show(m.ty()), false);
    if (body.local(p.local()).guardBinding && !p.throughRef()) return guardMove(m, because);
    Diagnostic d = null;
    // A move out of an array or slice element is E0508 even behind a reference.
    for (Place.Elem e : p.projection()) {
      if (e instanceof Place.Index ix) d = Errors.moveOutOfArray(show(ix.base()), ix.base() instanceof Ty.Slice, m.span(), because);
      // A slice pattern may move out of an array it owns, but not out of a slice or a borrowed array.
      Ty base = e instanceof Place.ConstIndex c ? c.base() : e instanceof Place.Subslice r ? r.base() : null;
      if (base != null && (base instanceof Ty.Slice || p.throughRef())) {
        d = Errors.moveOutOfArray(show(base), base instanceof Ty.Slice, m.span(), because);
      }
    }
    for (int i = 0; i < p.projection().size() && d == null; i++) {
      Place.Elem e = p.projection().get(i);
      Ty bt = Places.typeOf(body, p.prefix(i));
      if (e instanceof Place.Deref dr && dr.kind() != Place.DerefKind.OWNED) {
        LocalDecl bd = body.local(p.local());
        if (i == 0 && bd.isTemp() && bd.indexOf != null) {
          d = Errors.moveOutOfIndex(show(bd.indexOf), m.span(), because);
        } else {
          d = Errors.moveOutOfBorrow(Places.describe(body, p), dr.kind() == Place.DerefKind.MUT_REF, m.span(), because);
        }
      } else if (e instanceof Place.Field && bt instanceof Ty.Adt a && a.def().dropFn != null) {
        d = Errors.moveOutOfDropType(show(bt), m.span(), because);
      }
    }
    if (d == null) return true;
    Operand.Why why = m.why();
    boolean binding = (why.kind() == Operand.Why.Kind.BINDING || why.kind() == Operand.Why.Kind.LET_BINDING)
        && why.span() != null;
    if (binding) return bindingMove(m, d);
    if (diags.seen("illegal-move@" + m.span().start())) return false;
    if (m.why().kind() == Operand.Why.Kind.METHOD_SELF && m.why().span() != null) {
      d = d.withLabel(m.why().span(), "`" + name(p) + "` moved due to this method call");
    }
    if (why.kind() == Operand.Why.Kind.METHOD_SELF && why.callee() != null && !why.callee().fromPrelude
        && why.callee().item.selfSpan() != null) {
      d = d.withSub(Diagnostic.Sub.note("`" + why.callee().path() + "` takes ownership of the receiver `self`, which moves `"
          + name(p) + "`", why.callee().item.selfSpan(), null));
    }
    if (!Clones.isClone(m.ty())) d = MoveErrors.notCloneNote(d, m.ty(), m.span());
    if (why.kind() == Operand.Why.Kind.METHOD_SELF && m.ty() instanceof Ty.Adt a
        && (a.def().builtin == AdtDef.Builtin.OPTION || a.def().builtin == AdtDef.Builtin.RESULT)) {
      d = d.withLabel(m.span(), "help: consider calling `.as_ref()` or `.as_mut()` to borrow the type's contents");
    }
    if (why.kind() == Operand.Why.Kind.METHOD_SELF && Clones.isClone(m.ty())) {
      d = Errors.withCloneHelp(d, m.span());
    }
    Span star = why.star();
    if (star != null) {
      if (why.kind() == Operand.Why.Kind.LET_INIT) {
        d = d.withSuggestion("consider removing the dereference here", star, "");
      }
      // `*r` becomes `r.clone()` when the reference's own text is known; rustc drops every leading `*`
      // (`**b` becomes `b.clone()`).
      int n = p.projection().size();
      while (n > 0 && p.projection().get(n - 1) instanceof Place.Deref) n--;
      String inner = n < p.projection().size() ? Places.describe(body, p.prefix(n)) : null;
      if (Clones.isClone(m.ty()) && inner != null) {
        d = d.withSuggestion("consider cloning the value if the performance cost is acceptable", m.span(),
            inner + ".clone()");
      }
    } else {
      if (why.kind() == Operand.Why.Kind.LET_INIT) d = Errors.withBorrowHelp(d, m.span());
      if (Clones.isClone(m.ty()) && why.kind() != Operand.Why.Kind.METHOD_SELF) d = Errors.withCloneHelp(d, m.span());
    }
    diags.add(d);
    return false;
  }

  /** A move out of a binding inside its arm's guard, where rustc's binding is a reference (E0507). */
  private boolean guardMove(Operand.Move m, String because) {
    if (diags.seen("illegal-move@" + m.span().start())) return false;
    Diagnostic d = Errors.coded("E0507", "cannot move out of `" + name(m.place()) + "` in pattern guard", m.span(),
        because).withNote("variables bound in patterns cannot be moved from until after the end of the pattern guard");
    if (Clones.isClone(m.ty())) d = Errors.withCloneHelp(d, m.span());
    diags.add(d);
    return false;
  }

  /**
   * A pattern binding that would move out of borrowed data: rustc points at the matched expression
   * and labels the binding ("data moved here").
   */
  private boolean bindingMove(Operand.Move m, Diagnostic kind) {
    Span scrut = m.why().span();
    if (diags.seen("illegal-move@" + scrut.start())) return false;
    Place p = m.place();
    String message = kind.message();
    int dc = -1;
    for (int i = 0; i < p.projection().size(); i++) if (p.projection().get(i) instanceof Place.Downcast) dc = i;
    if (kind.code().equals("E0507") && dc >= 0 && message.contains(" which is behind ")) {
      String base = Places.describe(body, p.prefix(dc));
      if (base != null) {
        while (base.startsWith("*")) base = base.substring(1);
        Place.Downcast v = (Place.Downcast) p.projection().get(dc);
        message = "cannot move out of `" + base + "` as enum variant `" + v.name() + "`"
            + message.substring(message.indexOf(" which is behind "));
      }
    }
    Diagnostic d = Errors.moveOutOfBorrowInPattern(kind.code(), message, scrut, m.span(),
        Errors.moveOccursBecause("`" + bindingName(m) + "`", show(m.ty()), false));
    if (m.why().star() != null) {
      d = d.withSuggestion("consider removing the dereference here", m.why().star(), "");
    } else if (m.why().kind() == Operand.Why.Kind.LET_BINDING) {
      d = Errors.withBorrowHelp(d, scrut);
    }
    diags.add(d);
    return false;
  }

  private String bindingName(Operand.Move m) {
    for (LocalDecl l : body.locals) {
      if (l.isUser() && l.span != null && l.span.start() <= m.span().start() && m.span().end() <= l.span.end()) return l.name;
    }
    return "value";
  }

  private String becauseWhat(Place p) {
    String s = Places.describe(body, p);
    return s == null || s.contains(" as ") ? "value" : "`" + s + "`";
  }
}
