package rustle.check;

import java.util.List;
import rustle.ast.Expr;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Subst;
import rustle.types.Ty;

/** Typing of operators: unary, binary, assignment, compound assignment and {@code as} casts. */
final class OpsCk {
  private final FnCk cx;

  OpsCk(FnCk cx) {
    this.cx = cx;
  }

  Ty unary(Expr.Unary u, Ty expected) {
    switch (u.op()) {
      case NEG: {
        if (u.operand() instanceof Expr.IntLit l) cx.negatedLits.add(l.id());
        Ty t = cx.exprs.check(u.operand(), expected);
        if (OpTraits.isUserOperand(cx, cx.resolve(t))) {
          Ty out = new OpTraits(cx).unary(u, t);
          if (out != null) return out;
        }
        if (new ParamOps(cx).applies(t, "Neg")) return new ParamOps(cx).operator(u, null, t, "Neg", "neg", false);
        Ty r = numericOperand(u.operand(), t);
        if (r instanceof Prim p && p.isInt() && !p.signed) {
          cx.error(Errors.coded("E0600", "cannot apply unary operator `-` to type `" + p.name + "`", u.span(),
              "cannot apply unary operator `-`").withNote("unsigned values cannot be negated"));
        } else if (!isNumeric(r)) {
          cx.error(Errors.coded("E0600", "cannot apply unary operator `-` to type `" + cx.show(t) + "`",
              u.span(), "cannot apply unary operator `-`"));
        }
        return r;
      }
      case NOT: {
        Ty t = cx.exprs.check(u.operand(), expected);
        if (OpTraits.isUserOperand(cx, cx.resolve(t))) {
          Ty out = new OpTraits(cx).unary(u, t);
          if (out != null) return out;
        }
        if (new ParamOps(cx).applies(t, "Not")) return new ParamOps(cx).operator(u, null, t, "Not", "not", false);
        Ty r = numericOperand(u.operand(), t);
        if (!(r == Prim.BOOL || isInt(r))) {
          cx.error(Errors.coded("E0600", "cannot apply unary operator `!` to type `" + cx.show(t) + "`",
              u.span(), "cannot apply unary operator `!`"));
        }
        return r;
      }
      default: {
        Ty t = cx.resolve(cx.exprs.check(u.operand(), null));
        if (t instanceof Ty.Ref r) return r.inner();
        if (rustle.types.RawPtrs.is(t)) return rustle.types.RawPtrs.pointee(t);
        if (rustle.types.SmartPtrs.derefTarget(t) != null) return rustle.types.SmartPtrs.derefTarget(t);
        if (t instanceof Ty.Adt a2 && a2.def().builtin == AdtDef.Builtin.STRING) return Prim.STR;
        if (t instanceof Ty.Adt a3 && a3.def().builtin == AdtDef.Builtin.VEC) return new Ty.Slice(a3.args().get(0));
        Ty target = new OpTraits(cx).derefTarget(t);
        if (target != null) return target;
        cx.error(Errors.coded("E0614", "type `" + cx.show(t) + "` cannot be dereferenced", u.span(),
            "can't be dereferenced"));
        return null;
      }
    }
  }

  /** The value type of an arithmetic operand: references to numbers are read through (as std's impls do). */
  private Ty numericOperand(Expr e, Ty t) {
    Ty r = cx.resolve(t);
    int derefs = 0;
    while (r instanceof Ty.Ref ref) {
      r = cx.resolve(ref.inner());
      derefs++;
    }
    if (derefs > 0) cx.tables.operandDerefs[e.id()] = derefs;
    return r;
  }

  /** {@code a == b} through the program's {@code impl PartialEq<B> for A} (recorded as its eq); false without one. */
  private boolean userEq(Expr.Binary b, Ty l, Ty r) {
    if (!OpTraits.isUserType(cx.resolve(l))) return false;
    for (ImplDef impl : cx.items.impls) {
      if (!"PartialEq".equals(impl.trait) || impl.traitArgs.size() != 1) continue;
      List<Ty> implArgs = cx.exprs.paths.freshArgs(impl.generics.size());
      if (!cx.infer.canUnify(Subst.apply(impl.selfTy, implArgs), l)
          || !cx.infer.canUnify(Subst.apply(impl.traitArgs.get(0), implArgs), r)) {
        continue;
      }
      cx.infer.unify(Subst.apply(impl.selfTy, implArgs), l);
      cx.infer.unify(Subst.apply(impl.traitArgs.get(0), implArgs), r);
      return OpTraits.record(cx, b, impl, "eq", implArgs, l);
    }
    return false;
  }

  static boolean isUnknown(Ty t) {
    return t instanceof Infer v && InferAccess.kind(v) == Infer.Kind.GENERAL;
  }

  static boolean isInt(Ty t) {
    return t instanceof Prim p && p.isInt() || t instanceof Infer v && InferAccess.kind(v) == Infer.Kind.INT;
  }

  static boolean isNumeric(Ty t) {
    return t instanceof Prim p && (p.isInt() || p.isFloat())
        || t instanceof Infer v && InferAccess.kind(v) != Infer.Kind.GENERAL;
  }

  Ty binary(Expr.Binary b, Ty expected) {
    switch (b.op()) {
      case AND:
      case OR: {
        cx.coerce(b.left(), cx.exprs.check(b.left(), Prim.BOOL), Prim.BOOL);
        cx.coerce(b.right(), cx.exprs.check(b.right(), Prim.BOOL), Prim.BOOL);
        return Prim.BOOL;
      }
      case EQ:
      case NE:
      case LT:
      case LE:
      case GT:
      case GE: {
        Ty l = cx.exprs.check(b.left(), null);
        Ty r = cx.exprs.check(b.right(), cx.sums.isOpen(l) ? null : l);
        if (cx.sums.isOpen(l) || cx.sums.isOpen(r)) {
          cx.sums.deferOperands(l, r, null);
        } else if (!cx.infer.unify(l, r)) {
          // &str == String and similar std impls compare through references.
          Ty lr = strip(l);
          Ty rr = strip(r);
          boolean eqOp = b.op() == Expr.BinOp.EQ || b.op() == Expr.BinOp.NE;
          boolean mixed = eqOp ? EqImpls.mixed(cx.infer, l, r) : EqImpls.isStrLike(lr) && EqImpls.isStrLike(rr);
          if (!mixed && eqOp && userEq(b, l, r)) return Prim.BOOL;
          if (!mixed && eqOp && EqImpls.inPlaceSlice(cx.infer, l, r)) {
            cx.error(Errors.unsupported("comparing a slice in place (write `&v[a..b] == ...`)", b.span()));
          } else if (!mixed && !cx.infer.unify(lr, rr)) {
            // A left side that compares with nothing (Feet == Meters, Feet with no PartialEq impl) is E0369,
            // as in rustc; one that compares with its own type only is a mismatch of the right side.
            if (!unboundedComparison(b, l)) cx.mismatch(b.right().span(), l, r);
          } else {
            numericOperand(b.left(), l);
            numericOperand(b.right(), r);
          }
        } else if ((b.op() == Expr.BinOp.EQ || b.op() == Expr.BinOp.NE) && EqImpls.inPlaceSlice(cx.infer, l, r)) {
          // `v[..2] == *s`: both sides unsized slices (the interpreter compares through places of sized values).
          cx.error(Errors.unsupported("comparing a slice in place (write `&v[a..b] == ...`)", b.span()));
        } else {
          unboundedComparison(b, l);
        }
        return Prim.BOOL;
      }
      case SHL:
      case SHR: {
        Ty l = cx.exprs.check(b.left(), expected);
        if (OpTraits.isUserType(cx.resolve(l)) && !new OpTraits(cx).candidates(b.op(), l, false).isEmpty()) {
          return new OpTraits(cx).binary(b, b.op(), b.right(), l, false);
        }
        Ty r = cx.exprs.check(b.right(), null);
        Ty lv = numericOperand(b.left(), l);
        Ty rv = numericOperand(b.right(), r);
        if (!isInt(lv) || !isInt(rv)) {
          cx.error(Errors.coded("E0369", "no implementation for `" + cx.show(l) + " " + b.op().symbol + " "
              + cx.show(r) + "`", b.span(), null));
        }
        return lv;
      }
      default:
        return arith(b, expected);
    }
  }

  private static Ty strip(Ty t) {
    t = Infer.shallow(t);
    while (t instanceof Ty.Ref r) t = Infer.shallow(r.inner());
    return t;
  }

  private Ty arith(Expr.Binary b, Ty expected) {
    Ty l = cx.exprs.check(b.left(), expected);
    Ty lr = cx.resolve(l);
    if (OpTraits.isUserOperand(cx, lr) && !new OpTraits(cx).candidates(b.op(), l, false).isEmpty()) {
      return new OpTraits(cx).binary(b, b.op(), b.right(), l, false);
    }
    if (new ParamOps(cx).applies(l, traitName(b.op()))) {
      return new ParamOps(cx).operator(b, b.right(), l, traitName(b.op()), OpTraits.methodName(b.op()), false);
    }
    if (b.op() == Expr.BinOp.ADD && lr instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.STRING) {
      Ty strRef = new Ty.Ref(Prim.STR, false);
      Ty r = cx.exprs.check(b.right(), strRef);
      cx.coerce(b.right(), r, strRef);
      return l;
    }
    Ty lv = numericOperand(b.left(), l);
    Ty r = cx.exprs.check(b.right(), lv instanceof Ty.Ref || cx.sums.isOpen(lv) ? null : lv);
    Ty rv = numericOperand(b.right(), r);
    if (cx.sums.isOpen(lv) || cx.sums.isOpen(rv)) {
      Ty out = cx.infer.fresh();
      cx.sums.deferOperands(lv, rv, out);
      return out;
    }
    if (isUnknown(lv) || isUnknown(rv)) {
      // An operand whose type is unknown (usually after an earlier error): no second error here.
      cx.infer.unify(lv, rv);
      return lv;
    }
    boolean bitOp = b.op() == Expr.BinOp.BIT_AND || b.op() == Expr.BinOp.BIT_OR || b.op() == Expr.BinOp.BIT_XOR;
    boolean okKind = isNumeric(lv) || (bitOp && lv == Prim.BOOL);
    if (!okKind || !cx.infer.unify(lv, rv)) {
      if (okKind && isNumeric(rv)) {
        cx.error(Errors.coded("E0308", "mismatched types", b.right().span(),
            "expected `" + cx.show(lv) + "`, found `" + cx.show(rv) + "`"));
        cx.error(Errors.coded("E0277", "cannot " + verb(b.op()) + " `" + cx.show(r) + "` " + prep(b.op()) + " `"
            + cx.show(l) + "`", b.span(), "no implementation for `" + cx.show(l) + " " + b.op().symbol + " "
            + cx.show(r) + "`"));
      } else if (okKind && !isUnknown(rv)) {
        // The numeric type implements the operator, just not for this right-hand side: E0277, as rustc.
        cx.error(Errors.coded("E0277", "cannot " + verb(b.op()) + " `" + cx.show(r) + "` " + prep(b.op()) + " `"
            + cx.show(l) + "`", operatorSpan(b.left(), b.right(), b.op().symbol.length(), b.span()),
            "no implementation for `" + cx.show(l) + " " + b.op().symbol + " " + cx.show(r) + "`")
            .withHelp("the trait `" + traitName(b.op()) + "<" + cx.show(r) + ">` is not implemented for `" + cx.show(l) + "`"));
      } else {
        cx.error(Errors.coded("E0369", "cannot " + verb(b.op()) + " `" + cx.show(r) + "` " + prep(b.op())
            + " `" + cx.show(l) + "`", operatorSpan(b.left(), b.right(), b.op().symbol.length(), b.span()), null)
            .withLabel(b.left().span(), cx.show(l)).withLabel(b.right().span(), cx.show(r)));
      }
      return null;
    }
    return lv;
  }

  static String traitName(Expr.BinOp op) {
    switch (op) {
      case ADD: return "Add";
      case SUB: return "Sub";
      case MUL: return "Mul";
      case DIV: return "Div";
      case REM: return "Rem";
      case BIT_AND: return "BitAnd";
      case BIT_OR: return "BitOr";
      case BIT_XOR: return "BitXor";
      case SHR: return "Shr";
      default: return "Shl";
    }
  }

  /** The operator whose trait is named trait (Add, Sub, ...; Shl for an unknown name). */
  static Expr.BinOp binOp(String trait) {
    for (Expr.BinOp op : Expr.BinOp.values()) if (traitName(op).equals(trait)) return op;
    return Expr.BinOp.SHL;
  }

  static String verb(Expr.BinOp op) {
    switch (op) {
      case ADD: return "add";
      case SUB: return "subtract";
      case MUL: return "multiply";
      case DIV: return "divide";
      case REM: return "calculate the remainder of";
      default: return "apply `" + op.symbol + "` to";
    }
  }

  static String prep(Expr.BinOp op) {
    switch (op) {
      case ADD: return "to";
      case SUB: return "from";
      case MUL: return "by";
      case DIV: return "by";
      case REM: return "divided by";
      default: return "and";
    }
  }

  /**
   * E0369 for {@code a > b} on a type parameter whose bounds do not allow the comparison, or on a
   * type without a PartialEq / PartialOrd impl (a struct that derives neither, a Vec of such); whether
   * it reported.
   */
  private boolean unboundedComparison(Expr.Binary b, Ty l) {
    Ty base = strip(l);
    boolean eq = b.op() == Expr.BinOp.EQ || b.op() == Expr.BinOp.NE;
    if (base instanceof Ty.Param p) {
      NativeMethods nm = cx.methods.natives;
      if (nm.hasBound(p, "PartialOrd") || nm.hasBound(p, "Ord") || eq && (nm.hasBound(p, "PartialEq") || nm.hasBound(p, "Eq"))) {
        return false;
      }
    } else {
      Ty t = Zonk.apply(base);
      // std's BinaryHeap compares with nothing, whatever its elements.
      boolean heap = t instanceof Ty.Adt ha && CollFroms.isHeap(ha);
      if (!heap && (!(t instanceof Ty.Adt || t instanceof Ty.Tuple || t instanceof Ty.Array || t instanceof Ty.Slice)
          || !Zonk.isResolved(t) || Obligations.mentionsParam(t)
          || new Obligations(cx).compares(t, eq ? "PartialEq" : "PartialOrd"))) {
        return false;
      }
    }
    String shown = cx.show(l);
    cx.error(Errors.coded("E0369", "binary operation `" + b.op().symbol + "` cannot be applied to type `" + shown + "`",
        operatorSpan(b.left(), b.right(), b.op().symbol.length(), b.span()), null)
        .withLabel(b.left().span(), shown).withLabel(b.right().span(), cx.show(cx.tables.types[b.right().id()])));
    return true;
  }

  /**
   * The operator's span between two operands, for the common layout of one space on each side (the
   * checker has spans, not the text); otherwise the whole expression.
   */
  static rustle.ast.Span operatorSpan(Expr left, Expr right, int len, rustle.ast.Span whole) {
    rustle.ast.Span l = left.span();
    rustle.ast.Span r = right.span();
    if (l.endLine() != r.line() || r.start() - l.end() != len + 2) return whole;
    int col = l.endCol() + 1;
    return new rustle.ast.Span(l.end() + 1, l.end() + 1 + len, r.line(), col, r.line(), col + len);
  }

  Ty assign(Expr.Assign a) {
    if (!isPlace(a.target())) {
      cx.exprs.check(a.target(), null);
      cx.exprs.check(a.value(), null);
      cx.error(Errors.coded("E0070", "invalid left-hand side of assignment", operatorSpan(a.target(), a.value(), 1,
          a.span()), null).withLabel(a.target().span(), "cannot assign to this expression"));
      return Ty.UNIT;
    }
    Ty t = cx.exprs.check(a.target(), null);
    new IndexTraits(cx).markMut(a.target(), a.span(), true);
    constTarget(a.target(), a.span(), "E0070");
    Ty v = cx.exprs.check(a.value(), t);
    cx.coerce(a.value(), v, t);
    return Ty.UNIT;
  }

  /** Whether an assignment target is a place: a local or static, a field, an index, a deref, or `_`. */
  private boolean isPlace(Expr e) {
    if (e instanceof Expr.PathExpr p) {
      // Longer paths resolve later; constTarget reports constants and statics reached through them.
      if (p.path().segments().size() != 1) return true;
      String n = p.path().segments().get(0).name();
      ConstDef c = cx.items.consts.get(n);
      return n.equals("_") || cx.lookupLocal(n) != null
          || (c == null || c.item.isStatic()) && cx.items.fns.get(n) == null;
    }
    return e instanceof Expr.Field || e instanceof Expr.TupleField || e instanceof Expr.Index
        || e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF || e instanceof Expr.Tuple
        || e instanceof Expr.MethodCall || e instanceof Expr.Call || e instanceof Expr.Block || e instanceof Expr.If
        || e instanceof Expr.Match || e instanceof Expr.StructLit || e instanceof Expr.Array;
  }

  /**
   * A constant is a value, not a place (E0070, E0067 for compound assignment); a static is a place that
   * only a {@code static mut} lets be assigned (E0594).
   */
  private void constTarget(Expr target, rustle.ast.Span whole, String code) {
    if (!(target instanceof Expr.PathExpr p) || !(cx.tables.res[p.id()] instanceof Res.Const c)) return;
    if (c.def().item.isStatic()) {
      if (!c.def().item.mutable()) {
        cx.error(Errors.coded("E0594", "cannot assign to immutable static item `" + c.def().item.name() + "`",
            whole, "cannot assign"));
      }
      return;
    }
    cx.error(Errors.coded(code, "invalid left-hand side of assignment", whole, "cannot assign to this expression"));
  }

  Ty compoundAssign(Expr.CompoundAssign a) {
    Ty t = cx.exprs.check(a.target(), null);
    new IndexTraits(cx).markMut(a.target(), a.span(), true);
    constTarget(a.target(), a.span(), "E0067");
    Ty tr = cx.resolve(t);
    if (OpTraits.isUserType(tr) && !new OpTraits(cx).candidates(a.op(), t, true).isEmpty()) {
      return new OpTraits(cx).binary(a, a.op(), a.value(), t, true);
    }
    if (new ParamOps(cx).applies(t, traitName(a.op()) + "Assign")) {
      return new ParamOps(cx).operator(a, a.value(), t, traitName(a.op()) + "Assign", OpTraits.methodName(a.op()) + "_assign", true);
    }
    if (a.op() == Expr.BinOp.ADD && tr instanceof Ty.Adt ad && ad.def().builtin == AdtDef.Builtin.STRING) {
      Ty strRef = new Ty.Ref(Prim.STR, false);
      cx.coerce(a.value(), cx.exprs.check(a.value(), strRef), strRef);
      return Ty.UNIT;
    }
    boolean shift = a.op() == Expr.BinOp.SHL || a.op() == Expr.BinOp.SHR;
    // a shift's amount has a type of its own: `x <<= 40` shifts a u32 by an i32, as in rustc
    Ty v = cx.exprs.check(a.value(), shift ? null : tr);
    Ty vv = numericOperand(a.value(), v);
    if (isUnknown(tr) && !shift && isNumeric(vv) && cx.infer.unify(tr, vv)) {
      // `*e += 1` where e's type is not known yet (a map's values before `or_insert(1)` fixes them):
      // rustc defers the `AddAssign` obligation; the number's type is the one choice that can satisfy it.
      tr = cx.resolve(tr);
    }
    if (!isNumeric(tr) && !(tr == Prim.BOOL && !shift)) {
      cx.error(Errors.coded("E0368", "binary assignment operation `" + a.op().symbol + "=` cannot be applied to type `"
          + cx.show(t) + "`", a.target().span(), "cannot use `" + a.op().symbol + "=` on type `" + cx.show(t) + "`"));
      return Ty.UNIT;
    }
    if (shift ? !isInt(vv) : !cx.infer.unify(tr, vv)) {
      cx.mismatch(a.value().span(), tr, v);
    }
    return Ty.UNIT;
  }

  /** A reference or Box becoming one to a trait object: an unsizing coercion written as a cast. */
  private boolean toTraitObject(Ty from, Ty to) {
    if (to instanceof Ty.Ref r && from instanceof Ty.Ref f && cx.resolve(r.inner()) instanceof Ty.Slice
        && cx.resolve(f.inner()) instanceof Ty.Array && (f.mutable() || !r.mutable())) {
      return true; // `tail as &[_]`: an array reference unsized to a slice one
    }
    if (to instanceof Ty.Ref r) return from instanceof Ty.Ref && cx.resolve(r.inner()) instanceof Ty.Dyn;
    return Dyns.boxed(from) != null && Dyns.boxed(to) instanceof Ty.Dyn;
  }

  Ty cast(Expr.Cast c) {
    Ty target = cx.lowering.lower(c.type(), cx.tyScope, cx.infer);
    if (target == Prim.CHAR && c.operand() instanceof Expr.IntLit l && (l.suffix() == null || l.suffix().isEmpty())) {
      cx.charCastLits.put(l.id(), c);
    }
    Ty t = cx.exprs.check(c.operand(), literalHint(c.operand(), target));
    if (target == null) return null;
    Ty from = cx.resolve(t);
    Ty to = cx.resolve(target);
    if (from instanceof Infer v && InferAccess.kind(v) == Infer.Kind.INT && to instanceof Prim tp2 && tp2.isInt()) {
      return target;
    }
    if (castOk(from, to) || RawPtrCk.castOk(cx.infer, from, to)) return target;
    if (from instanceof Infer v && InferAccess.kind(v) != Infer.Kind.GENERAL && !(to instanceof Prim)) {
      // A numeric literal cast to a non-primitive type: rustc reports it with the literal's fallback type.
      cx.infer.unify(from, InferAccess.kind(v) == Infer.Kind.INT ? Prim.I32 : Prim.F64);
      from = cx.resolve(from);
    }
    if (from instanceof Infer) {
      // Not known yet (a Vec's element type that a later use decides): checked, as rustc does, at the end.
      cx.deferred.add(new Object[] {(Runnable) () -> {
        Ty f = cx.resolve(t);
        if (!(f instanceof Infer) && !castOk(f, cx.resolve(target)) && !RawPtrCk.castOk(cx.infer, f, cx.resolve(target))
            && !toTraitObject(f, cx.resolve(target))) {
          invalidCast(c, f, cx.resolve(target));
        }
      }});
      return target;
    }
    if (!(isPrimCast(from) && isPrimCast(to)) && cx.infer.canUnify(from, to)) {
      // A trivial cast (`v as Vec<i32>` with v a Vec of literals): rustc checks it once the literals have
      // their types (checked at the end), and a cast the operand coerces to is allowed.
      cx.deferred.add(new Object[] {(Runnable) () -> {
        if (!cx.infer.unify(t, target)) invalidCast(c, cx.resolve(t), cx.resolve(target), true);
      }});
      return target;
    }
    if (toTraitObject(from, to)) {
      // `x as Box<dyn Trait>`, `&x as &dyn Fn()`: an `as` may spell out a coercion; the operand carries it.
      cx.coerce(c.operand(), t, target);
      return target;
    }
    // rustc checks casts once the body's types are known: after the body's other errors, in order.
    Ty f0 = from;
    Ty t0 = to;
    cx.deferred.add(new Object[] {(Runnable) () -> invalidCast(c, f0, t0)});
    return target;
  }

  /**
   * rustc types an unsuffixed integer literal cast to an integer type as that type (`300 as u8` is out
   * of range, `3000000000 as i64` fits, `-1 as u32` negates a u32), and one cast to char as u8; the
   * expectation reaches it through a negation. Any other operand gets no hint.
   */
  private static Ty literalHint(Expr e, Ty target) {
    while (e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG) e = u.operand();
    if (!(e instanceof Expr.IntLit l) || l.suffix() != null && !l.suffix().isEmpty() || !(target instanceof Prim p)) return null;
    if (p.isInt()) return p;
    return p == Prim.CHAR ? Prim.U8 : null;
  }

  private void invalidCast(Expr.Cast c, Ty from, Ty to) {
    invalidCast(c, from, to, false);
  }

  /** always: reported even after another error although it shows a type left unknown (rustc's `Result<i32, _>`). */
  private void invalidCast(Expr.Cast c, Ty from, Ty to, boolean always) {
    boolean prims = isPrimCast(from) && isPrimCast(to);
    java.util.function.Consumer<rustle.diag.Diagnostic> report = always ? cx.errors::add : cx::error;
    report.accept(Errors.coded(prims ? "E0606" : "E0605", (prims ? "casting `" : "non-primitive cast: `")
        + cx.show(from) + "` as `" + cx.show(to) + "`" + (prims ? " is invalid" : ""), c.span(),
        prims ? null : "an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object"));
  }

  /** Types rustc casts between as primitives: an invalid cast between two of them is E0606, not E0605. */
  private static boolean isPrimCast(Ty t) {
    return t instanceof Prim || t instanceof Ty.Ref || rustle.types.RawPtrs.is(t) || t instanceof Ty.FnPtr
        || t instanceof Ty.FnDef;
  }

  private static boolean castOk(Ty from, Ty to) {
    boolean fromNum = isNumeric(from);
    if (to instanceof Prim tp) {
      if (tp.isInt() || tp.isFloat()) {
        if (fromNum) return true;
        if (from == Prim.BOOL || from == Prim.CHAR) return tp.isInt();
        if (from instanceof Ty.Adt a && a.def().isEnum && a.args().isEmpty()) return tp.isInt();
        return false;
      }
      if (tp == Prim.CHAR) return from == Prim.U8 || from instanceof Infer;
      if (tp == Prim.BOOL) return false;
    }
    return from.equals(to);
  }
}
