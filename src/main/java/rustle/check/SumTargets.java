package rustle.check;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.diag.Errors;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * The result type of {@code Iterator::sum} and {@code product} when neither a turbofish nor the context
 * gives it: rustc keeps it open ({@code S: Sum<Item>} has many impls) until a later use fixes it, and an
 * operator applied to it fixes nothing (its output is a projection); still open at the end of the body it
 * is E0283. rustle sums only into the items' own number type, so that is checked once the type is known.
 */
final class SumTargets {
  private record Pending(Ty result, Ty base, Ty item, Expr.MethodCall call, boolean product) {}

  private final List<Pending> pending = new ArrayList<>();
  /** The two sides of an operator applied to an open result: unified once the result is known. */
  private final List<Ty[]> operands = new ArrayList<>();

  /** Records s, the result of the sum (or product) call m over items whose number type is base. */
  void add(Ty s, Ty base, Ty item, Expr.MethodCall m, boolean product) {
    pending.add(new Pending(s, base, item, m, product));
  }

  /** Whether t is the still unknown result of a sum or product call of this body. */
  boolean isOpen(Ty t) {
    if (pending.isEmpty()) return false;
    Ty r = Infer.shallow(t);
    if (!(r instanceof Infer v) || InferAccess.kind(v) != Infer.Kind.GENERAL) return false;
    for (Pending p : pending) if (Infer.shallow(p.result) == r) return true;
    return false;
  }

  /**
   * An operator's operands, one of them an open result, and its output: rustc fixes neither side by the
   * operator, and its output (a projection) only once the open side is known.
   */
  void deferOperands(Ty l, Ty r, Ty out) {
    operands.add(new Ty[] {l, r, out});
  }

  /** At the end of the body, before literals default: the operators and the item check of results now known. */
  void settle(FnCk cx) {
    if (pending.isEmpty()) return;
    for (Ty[] o : operands) {
      if (isOpen(o[0]) || isOpen(o[1])) continue;
      cx.infer.unify(o[0], o[1]);
      if (o[2] != null) cx.infer.unify(o[2], o[0]);
    }
    for (Pending p : pending) {
      if (!isOpen(p.result) && !cx.infer.unify(p.result, p.base)) mismatch(cx, p.call, p.result, p.item, p.product);
    }
  }

  /** After literals defaulted: E0283 for the first result still open (all of them then take their items' type). */
  void reportOpen(FnCk cx) {
    for (Pending p : pending) {
      if (!isOpen(p.result)) continue;
      if (!cx.failed()) unknown(cx, p);
      cx.infer.unify(p.result, p.base);
    }
  }

  private void unknown(FnCk cx, Pending p) {
    String trait = p.product ? "Product" : "Sum";
    String note = "cannot satisfy `_: " + trait + "<" + cx.show(p.item) + ">`";
    Ty r = Infer.shallow(p.result);
    for (LocalVar v : cx.locals) {
      if (Infer.shallow(v.ty) == r) {
        cx.errors.add(Errors.coded("E0283", "type annotations needed", v.span, null)
            .withLabel(p.call.nameSpan(), "type must be known at this point").withNote(note));
        return;
      }
    }
    Span at = p.call.nameSpan();
    cx.errors.add(Errors.coded("E0283", "type annotations needed", at, "cannot infer type of the type parameter `"
        + (p.product ? "P" : "S") + "` declared on the method `" + p.call.name() + "`").withNote(note));
  }

  /** rustc's E0277 for a sum (product) into a type other than the items' number type. */
  static void mismatch(FnCk cx, Expr.MethodCall m, Ty s, Ty item, boolean product) {
    if (product) {
      cx.error(Errors.coded("E0277", "a value of type `" + cx.show(s) + "` cannot be made by multiplying an iterator over elements of type `"
          + cx.show(item) + "`", m.nameSpan(), null));
    } else {
      cx.error(Errors.coded("E0277", "a value of type `" + cx.show(s) + "` cannot be made by summing an iterator over elements of type `"
          + cx.show(item) + "`", m.nameSpan(), "value of type `" + cx.show(s) + "` cannot be made by summing a `std::iter::Iterator<Item="
          + cx.show(item) + ">`"));
    }
  }
}
