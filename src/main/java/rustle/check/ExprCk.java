package rustle.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Stmt;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/** Type checking of expressions and statements for one function body. */
final class ExprCk {
  private final FnCk cx;
  final OpsCk ops;
  final PathCk paths;
  final PlaceCk places;

  ExprCk(FnCk cx) {
    this.cx = cx;
    this.ops = new OpsCk(cx);
    this.paths = new PathCk(cx);
    this.places = new PlaceCk(cx);
  }

  /** Checks e with an optional expected type (a hint; the caller coerces). */
  Ty check(Expr e, Ty expected) {
    Ty t = compute(e, expected);
    if (t == null) t = cx.infer.fresh();
    if (cx.checkedExprs != null) cx.checkedExprs.add(e);
    return cx.record(e, t);
  }

  /** Checks e and coerces it to the expected type. */
  Ty checkCoerce(Expr e, Ty expected) {
    Ty t = check(e, expected);
    cx.coerce(e, t, expected);
    return expected;
  }

  private Ty compute(Expr e, Ty expected) {
    if (e instanceof Expr.IntLit l) return intLit(l, expected);
    if (e instanceof Expr.FloatLit f) {
      if (f.suffix() != null) return Prim.byName(f.suffix());
      Ty x = expected == null ? null : cx.resolve(expected);
      if (x instanceof Prim p && p.isFloat()) return p;
      return cx.infer.freshFloat();
    }
    if (e instanceof Expr.BoolLit) return Prim.BOOL;
    if (e instanceof Expr.CharLit) return Prim.CHAR;
    if (e instanceof Expr.ByteLit) return Prim.U8;
    if (e instanceof Expr.StrLit) return new Ty.Ref(Prim.STR, false);
    if (e instanceof Expr.PathExpr p) return paths.pathExpr(p, expected);
    if (e instanceof Expr.Unary u) return ops.unary(u, expected);
    if (e instanceof Expr.Borrow b) return borrow(b, expected);
    if (e instanceof Expr.Binary b) return ops.binary(b, expected);
    if (e instanceof Expr.Assign a) return ops.assign(a);
    if (e instanceof Expr.CompoundAssign a) return ops.compoundAssign(a);
    if (e instanceof Expr.Cast c) return ops.cast(c);
    if (e instanceof Expr.Call c) return paths.call(c, expected);
    if (e instanceof Expr.MethodCall m) return cx.methods.methodCall(m, expected);
    if (e instanceof Expr.Field f) return places.field(f);
    if (e instanceof Expr.TupleField f) return places.tupleField(f);
    if (e instanceof Expr.Index i) return places.index(i);
    if (e instanceof Expr.Tuple t) return tuple(t, expected);
    if (e instanceof Expr.Array a) return array(a, expected);
    if (e instanceof Expr.ArrayRepeat a) return arrayRepeat(a, expected);
    if (e instanceof Expr.StructLit s) return paths.structLit(s, expected);
    if (e instanceof Expr.Block b) return block(b, expected);
    if (e instanceof Expr.If i) return ifExpr(i, expected);
    if (e instanceof Expr.Let l) return letCond(l);
    if (e instanceof Expr.Loop l) return loop(l, expected);
    if (e instanceof Expr.While w) return whileLoop(w);
    if (e instanceof Expr.For f) return new ForCk(cx).forLoop(f);
    if (e instanceof Expr.Break b) return breakExpr(b);
    if (e instanceof Expr.Continue c) return continueExpr(c);
    if (e instanceof Expr.Return r) return returnExpr(r);
    if (e instanceof Expr.Match m) return new MatchCk(cx).match(m, expected);
    if (e instanceof Expr.Range r) return range(r, expected);
    if (e instanceof Expr.MacroCall m) return cx.macros.macro(m, expected);
    if (e instanceof Expr.Closure c) return new ClosureCk(cx).closure(c, expected);
    if (e instanceof Expr.Try t) return tryExpr(t);
    cx.error(Errors.unsupported("this expression", e.span()));
    return null;
  }

  private Ty intLit(Expr.IntLit l, Ty expected) {
    if (l.suffix() != null) {
      Prim p = Prim.byName(l.suffix());
      if (p == null || !(p.isInt() || p.isFloat())) {
        cx.error(Errors.error("invalid suffix `" + l.suffix() + "` for number literal", l.span(),
            "invalid suffix `" + l.suffix() + "`"));
        return null;
      }
      if (p == Prim.I128 || p == Prim.U128) {
        cx.error(Errors.unsupported("`" + p.name + "`", l.span()));
        return null;
      }
      cx.intLits.add(l);
      return p;
    }
    cx.intLits.add(l);
    Ty x = expected == null ? null : cx.resolve(expected);
    if (x instanceof Prim p && p.isInt()) return p;
    return cx.infer.freshInt();
  }

  /** Reports a literal that does not fit its (now known) type, as rustc's deny-by-default lint does. */
  void checkLiteralRange(Expr.IntLit l) {
    Ty t = Zonk.apply(cx.tables.types[l.id()]);
    if (!(t instanceof Prim p) || !p.isInt()) return;
    BigInteger v = l.value();
    BigInteger max = p.signed ? BigInteger.ONE.shiftLeft(p.bits() - 1) : BigInteger.ONE.shiftLeft(p.bits())
        .subtract(BigInteger.ONE);
    // A signed literal may reach 2^(bits-1) only under a negation, which the negation checks.
    Expr.Cast toChar = cx.charCastLits.get(l.id());
    if (toChar != null && v.compareTo(max) > 0) {
      charCastOverflow(toChar, v);
      return;
    }
    if (v.compareTo(max) > 0 || (p.signed && v.equals(max) && !cx.negatedLits.contains(l.id()))) {
      cx.error(Errors.error("literal out of range for `" + p.name + "`", l.span(),
          "the literal `" + v + "` does not fit into the type `" + p.name + "`")
          .withNote("`#[deny(overflowing_literals)]` on by default"));
    }
  }

  /** `300 as char`: rustc's overflowing_literals for a cast to char, the literal being a u8. */
  private void charCastOverflow(Expr.Cast c, BigInteger value) {
    rustle.diag.Diagnostic d = Errors.error("only `u8` can be cast into `char`", c.span(), null)
        .withNote("`#[deny(overflowing_literals)]` on by default");
    int v = value.bitLength() <= 31 ? value.intValue() : -1;
    if (v >= 0 && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF)) {
      d = d.withSuggestion("use a `char` literal instead", c.span(), "'\\u{" + Integer.toHexString(v).toUpperCase() + "}'");
    }
    cx.error(d);
  }

  private Ty borrow(Expr.Borrow b, Ty expected) {
    Ty inner = null;
    Ty x = expected == null ? null : cx.resolve(expected);
    if (x instanceof Ty.Ref r) inner = r.inner();
    Ty t = check(b.operand(), inner);
    if (b.mutable()) new IndexTraits(cx).markMut(b.operand(), b.span(), false);
    return new Ty.Ref(t, b.mutable());
  }

  private Ty tuple(Expr.Tuple t, Ty expected) {
    if (t.elems().isEmpty()) return Ty.UNIT;
    Ty x = expected == null ? null : cx.resolve(expected);
    List<Ty> hints = x instanceof Ty.Tuple tx && tx.elems().size() == t.elems().size() ? tx.elems() : null;
    List<Ty> out = new ArrayList<>();
    for (int i = 0; i < t.elems().size(); i++) {
      Ty h = hints == null ? null : hints.get(i);
      Ty et = check(t.elems().get(i), h);
      if (h != null) {
        cx.coerce(t.elems().get(i), et, h);
        et = h;
      }
      out.add(et);
    }
    return new Ty.Tuple(out);
  }

  private Ty array(Expr.Array a, Ty expected) {
    Ty x = expected == null ? null : cx.resolve(expected);
    // `&[&a, &b]` expected as `&[&dyn Display]`: the slice's element type is the elements' expectation
    // too (the array then unsizes to the slice), as in rustc.
    Ty hint = x instanceof Ty.Array ax ? ax.elem() : x instanceof Ty.Slice sx ? sx.elem() : null;
    Ty elem = Dyns.elements(cx, a.elems(), hint != null ? hint : cx.infer.fresh());
    return new Ty.Array(elem, a.elems().size());
  }

  private Ty arrayRepeat(Expr.ArrayRepeat a, Ty expected) {
    Ty x = expected == null ? null : cx.resolve(expected);
    Ty elem = x instanceof Ty.Array ax ? ax.elem() : cx.infer.fresh();
    Ty t = check(a.value(), elem);
    cx.coerce(a.value(), t, elem);
    Long n = cx.lowering.constLen(a.count());
    check(a.count(), Prim.USIZE);
    if (n == null) {
      cx.error(Errors.unsupported("array lengths that are not constants", a.count().span()));
      return null;
    }
    return new Ty.Array(elem, n);
  }

  Ty block(Expr.Block b, Ty expected) {
    cx.pushScope();
    boolean diverges = false;
    for (Stmt s : b.stmts()) {
      stmt(s);
      if (s instanceof Stmt.ExprStmt es && cx.resolve(cx.tables.types[es.expr().id()]) == Prim.NEVER) {
        diverges = true;
      }
      if (s instanceof Stmt.LetStmt ls && ls.init() != null
          && cx.resolve(cx.tables.types[ls.init().id()]) == Prim.NEVER) {
        diverges = true;
      }
    }
    Ty t;
    if (b.tail() != null) {
      t = check(b.tail(), expected);
    } else {
      t = diverges ? Prim.NEVER : Ty.UNIT;
    }
    cx.popScope();
    return t;
  }

  void stmt(Stmt s) {
    if (s instanceof Stmt.LetStmt l) {
      letStmt(l);
    } else if (s instanceof Stmt.ExprStmt es) {
      Ty t = check(es.expr(), es.semi() ? null : Ty.UNIT);
      if (!es.semi() && !isBlockLike(es.expr())) {
        cx.coerce(es.expr(), t, Ty.UNIT);
      } else if (!es.semi() && isBlockLike(es.expr())) {
        Ty r = cx.resolve(t);
        if (r != Prim.NEVER && !Ty.isUnit(r) && !(r instanceof Infer)) cx.mismatch(es.expr().span(), Ty.UNIT, t);
        else if (r instanceof Infer) cx.infer.unify(r, Ty.UNIT);
      }
    }
    // Items declared in blocks were gathered with the crate's items (ItemTree) and are checked there.
  }

  static boolean isBlockLike(Expr e) {
    return e instanceof Expr.Block || e instanceof Expr.If || e instanceof Expr.Match
        || e instanceof Expr.Loop || e instanceof Expr.While || e instanceof Expr.For;
  }

  /** E0277 for {@code let s: str = ..}, reported after the body's type errors, as rustc's later pass does. */
  private void unsizedLocal(Stmt.LetStmt l, Ty t) {
    String ty = cx.show(t);
    cx.deferred.add(new Object[] {(Runnable) () -> cx.error(Errors.coded("E0277", "the size for values of type `"
        + ty + "` cannot be known at compilation time", l.pattern().span(), "doesn't have a size known at "
        + "compile-time").withHelp("the trait `Sized` is not implemented for `" + ty + "`")
        .withNote("all local variables must have a statically known size"))});
  }

  private void letStmt(Stmt.LetStmt l) {
    Ty declared = null;
    if (l.type() != null) {
      declared = cx.lowering.lower(l.type(), cx.tyScope, cx.infer);
      if (declared == null) declared = cx.infer.fresh();
      if (rustle.types.Layouts.isUnsized(declared)) unsizedLocal(l, declared);
    }
    Ty t;
    if (l.init() != null) {
      Ty it = check(l.init(), declared);
      if (declared != null) {
        cx.coerce(l.init(), it, declared);
        t = declared;
      } else {
        t = it;
      }
    } else {
      t = declared == null ? cx.infer.fresh() : declared;
    }
    if (l.elseBlock() != null) {
      Ty et = check(l.elseBlock(), null);
      if (cx.resolve(et) != Prim.NEVER) {
        cx.error(Errors.coded("E0308", "`else` clause of `let...else` does not diverge", l.elseBlock().span(),
            "expected `!`, found `" + cx.show(et) + "`"));
      }
      cx.pats.check(l.pattern(), t, false);
    } else {
      cx.pats.check(l.pattern(), t, true);
      Ty bound = t;
      // A plain binding or `_` always matches: nothing to analyse (the common case stays cheap).
      boolean trivial = l.pattern() instanceof rustle.ast.Pattern.WildPat
          || l.pattern() instanceof rustle.ast.Pattern.IdentPat ip && ip.sub() == null && cx.tables.res[ip.id()] instanceof LocalVar;
      if (!trivial) {
        cx.deferred.add(new Object[] {(Runnable) () -> {
          if (cx.typeckOk) new Exhaustiveness(cx).let(l.pattern(), bound);
        }});
      }
    }
  }

  private Ty ifExpr(Expr.If i, Ty expected) {
    // As for match arms: an unsized expectation (`&if ..` for a &str) is a hint, the branches' type wins.
    if (expected != null && rustle.types.Layouts.isUnsized(cx.resolve(expected))) expected = null;
    cx.pushScope();
    Ty c = check(i.cond(), Prim.BOOL);
    if (!(i.cond() instanceof Expr.Let)) cx.coerce(i.cond(), c, Prim.BOOL);
    Ty then = check(i.then(), expected);
    if (i.orElse() != null && cx.coerceBranch(i.then(), then, expected) != null) then = expected;
    cx.popScope();
    if (i.orElse() == null) {
      Ty r = cx.resolve(then);
      if (r == Prim.NEVER || Ty.isUnit(r) || r instanceof Infer && cx.infer.unify(r, Ty.UNIT)) return Ty.UNIT;
      Ty x = expected == null ? null : cx.resolve(expected);
      if (x != null && Ty.isUnit(x)) {
        // A block-like statement must be `()`: rustc checks the branch against it and points at its value.
        cx.mismatch(i.then().tail() != null ? i.then().tail().span() : i.then().span(), Ty.UNIT, then);
        return Ty.UNIT;
      }
      // The missing `else` is `()`, which the branch's value cannot be coerced to.
      cx.error(Errors.coded("E0317", "`if` may be missing an `else` clause", i.span(),
          "expected `" + cx.show(then) + "`, found `()`"));
      return x != null && !(x instanceof Infer) ? expected : then;
    }
    Ty els = check(i.orElse(), expected != null ? expected : then);
    Ty coerced = cx.coerceBranch(i.orElse(), els, expected);
    if (coerced != null) return expected;
    return cx.join(i.orElse(), then, els);
  }

  private Ty letCond(Expr.Let l) {
    Ty t = check(l.value(), null);
    cx.pats.check(l.pattern(), t, false);
    return Prim.BOOL;
  }

  private Ty loop(Expr.Loop l, Ty expected) {
    FnCk.LoopCtx ctx = new FnCk.LoopCtx(l.label(), cx.infer.fresh(), true, l.id());
    ctx.labeledBlock = l.labeledBlock();
    cx.loops.add(ctx);
    check(l.body(), Ty.UNIT);
    cx.loops.remove(cx.loops.size() - 1);
    if (!ctx.hasBreak()) return Prim.NEVER;
    return ctx.breakTy();
  }

  private Ty whileLoop(Expr.While w) {
    cx.pushScope();
    // The loop's label is in scope in its condition (`'l: while break 'l {}`), an unlabeled break not.
    FnCk.LoopCtx ctx = new FnCk.LoopCtx(w.label(), Ty.UNIT, false, w.id());
    ctx.inCondition = true;
    cx.loops.add(ctx);
    Ty c = check(w.cond(), Prim.BOOL);
    if (!(w.cond() instanceof Expr.Let)) cx.coerce(w.cond(), c, Prim.BOOL);
    ctx.inCondition = false;
    check(w.body(), Ty.UNIT);
    cx.loops.remove(cx.loops.size() - 1);
    cx.popScope();
    return Ty.UNIT;
  }

  FnCk.LoopCtx findLoop(String label, rustle.ast.Span span, String what) {
    for (int i = cx.loops.size() - 1; i >= 0; i--) {
      FnCk.LoopCtx l = cx.loops.get(i);
      if (label == null && l.labeledBlock) {
        cx.error(Errors.coded("E0695", "unlabeled `" + what + "` inside of a labeled block", span,
            "`" + what + "` statements that would diverge to or through a labeled block need to bear a label"));
        return null;
      }
      if (label != null && label.equals(l.label()) && l.labeledBlock && what.equals("continue")) {
        cx.error(Errors.coded("E0696", "`continue` pointing to a labeled block", span,
            "labeled blocks cannot be `continue`'d"));
        return null;
      }
      if (label == null && l.inCondition) {
        cx.error(Errors.coded("E0590", "`break` or `continue` with no label in the condition of a `while` loop", span,
            "unlabeled `" + what + "` in the condition of a `while` loop"));
        return null;
      }
      if (label == null || label.equals(l.label())) return l;
    }
    if (label != null) {
      cx.error(Errors.coded("E0426", "use of undeclared label `" + label + "`", span,
          "undeclared label `" + label + "`"));
    } else {
      cx.error(Errors.coded("E0268", "`" + what + "` outside of a loop", span,
          "cannot `" + what + "` outside of a loop"));
    }
    return null;
  }

  private Ty breakExpr(Expr.Break b) {
    FnCk.LoopCtx l = findLoop(b.label(), b.span(), "break");
    if (l == null) return Prim.NEVER;
    cx.tables.res[b.id()] = l.id();
    l.markBreak();
    if (b.value() != null) {
      if (!l.isLoop()) {
        cx.error(Errors.coded("E0571", "`break` with value from a `while` loop", b.span(),
            "can only break with a value inside `loop` or breakable block"));
        return Prim.NEVER;
      }
      Ty t = check(b.value(), l.breakTy());
      cx.coerce(b.value(), t, l.breakTy());
    } else if (l.isLoop()) {
      cx.infer.unify(l.breakTy(), Ty.UNIT);
    }
    return Prim.NEVER;
  }

  private Ty continueExpr(Expr.Continue c) {
    FnCk.LoopCtx l = findLoop(c.label(), c.span(), "continue");
    if (l != null) cx.tables.res[c.id()] = l.id();
    return Prim.NEVER;
  }

  private Ty returnExpr(Expr.Return r) {
    if (r.value() != null) {
      Ty t = check(r.value(), cx.retTy);
      cx.coerce(r.value(), t, cx.retTy);
    } else if (!cx.infer.unify(cx.retTy, Ty.UNIT)) {
      cx.mismatch(r.span(), cx.retTy, Ty.UNIT);
    }
    return Prim.NEVER;
  }

  /** {@code e?} on Option and Result: see TryCk. */
  private Ty tryExpr(Expr.Try t) {
    Ty ot = cx.resolve(check(t.operand(), null));
    if (!(ot instanceof Ty.Adt a) || (a.def().builtin != AdtDef.Builtin.OPTION && a.def().builtin != AdtDef.Builtin.RESULT)) {
      cx.error(Errors.coded("E0277", "the `?` operator can only be applied to values that implement `Try`",
          t.span(), "the `?` operator cannot be applied to type `" + cx.show(ot) + "`"));
      return null;
    }
    return new TryCk(cx).check(t, a);
  }

  private Ty range(Expr.Range r, Ty expected) {
    if (r.lo() == null || r.hi() == null) {
      Ty elem = cx.infer.fresh();
      if (r.lo() != null) cx.coerce(r.lo(), check(r.lo(), elem), elem);
      if (r.hi() != null) cx.coerce(r.hi(), check(r.hi(), elem), elem);
      String name = r.lo() == null && r.hi() == null ? "RangeFull" : r.lo() == null
          ? (r.inclusive() ? "RangeToInclusive" : "RangeTo") : "RangeFrom";
      AdtDef d = cx.items.adts.get(name);
      if (d == null) {
        cx.error(Errors.unsupported("open ranges outside indexing", r.span()));
        return null;
      }
      return new Ty.Adt(d, d.generics.isEmpty() ? List.of() : List.of(elem));
    }
    Ty elem = cx.infer.fresh();
    Ty lo = check(r.lo(), null);
    cx.infer.unify(elem, lo);
    Ty hi = check(r.hi(), elem);
    cx.coerce(r.hi(), hi, elem);
    AdtDef d = cx.items.std(r.inclusive() ? "RangeInclusive" : "Range");
    return new Ty.Adt(d, List.of(elem));
  }

  static boolean isSized(Ty t) {
    return !Layouts.isUnsized(t);
  }
}
