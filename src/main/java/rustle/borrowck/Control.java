package rustle.borrowck;

import rustle.ast.Expr;
import rustle.ast.Pattern;
import rustle.ast.Stmt;
import rustle.ast.TypeExpr;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Lowers blocks, statements and branching: if, match, return and {@code ?}, with each scope's
 * bindings dying at its closing brace and each statement's temporaries at its semicolon. Loops are
 * {@link Loops}'.
 */
final class Control {
  private final Lower lo;
  private final Builder b;

  Control(Lower lo) {
    this.lo = lo;
    this.b = lo.b;
  }

  Operand expr(Expr e, Builder.Life life) {
    if (e instanceof Expr.Block blk) return block(blk, life, null);
    if (e instanceof Expr.If i) return ifExpr(i, life);
    if (e instanceof Expr.Match m) return match(m, life);
    if (e instanceof Expr.Loop l) return lo.loops.loop(l, life);
    if (e instanceof Expr.While w) return lo.loops.whileLoop(w);
    if (e instanceof Expr.For f) return lo.loops.forLoop(f);
    if (e instanceof Expr.Break br) return lo.loops.breakExpr(br);
    if (e instanceof Expr.Continue c) return lo.loops.continueExpr(c);
    if (e instanceof Expr.Return r) return returnExpr(r);
    if (e instanceof Expr.Try t) return tryExpr(t, life);
    if (e instanceof Expr.Closure c) return lo.closure(c, life);
    if (e instanceof Expr.Let l) {
      // A `let` condition outside if/while: inspect its scrutinee.
      Place p = lo.place(l.value(), Lower.Mode.READ, Builder.Life.STATEMENT);
      if (p != null) b.emit(new Statement.FakeRead(p, l.value().span()));
      return Operand.CONST;
    }
    return Operand.CONST;
  }

  /** A temporary for the value of a branching expression, or null when it has none worth tracking. */
  Place resultPlace(Expr e, Builder.Life life) {
    Ty t = lo.type(e);
    if (t == null || t == Prim.NEVER || Ty.isUnit(t)) return null;
    return Place.local(b.newTemp(t, e.span(), life));
  }

  Operand resultOperand(Place result, Expr e) {
    if (result == null) return Operand.CONST;
    return lo.use(result, e.span(), lo.type(e), Operand.Why.PLAIN);
  }

  /** Stores the value of e into dest (when dest is null the value is evaluated and dropped). */
  void into(Place dest, Expr e, Builder.Life life, Operand.Why why) {
    Operand v = lo.operand(e, why, life);
    if (dest != null && b.reachable()) {
      b.assign(dest, new Rvalue.Use(v), lo.type(e), e.span(), Statement.AssignKind.TEMP);
    }
  }

  // ---- blocks and statements ----

  /** Lowers a block; with dest set, its value is stored there before the block's bindings die. */
  Operand block(Expr.Block blk, Builder.Life life, Place dest) {
    b.pushScope(Builder.lastChar(blk.span()));
    for (Stmt s : blk.stmts()) stmt(s);
    Operand result = Operand.CONST;
    if (blk.tail() != null) {
      Place out = dest != null ? dest : resultPlace(blk, life);
      into(out, blk.tail(), life, dest != null ? Operand.Why.PLAIN : Operand.Why.PLAIN);
      if (out != null && dest == null) result = resultOperand(out, blk);
    }
    b.popScope();
    return result;
  }

  void stmt(Stmt s) {
    if (s instanceof Stmt.LetStmt l) {
      b.pushTemps(Builder.lastChar(l.span()));
      letStmt(l);
      b.popTemps();
    } else if (s instanceof Stmt.ExprStmt es) {
      b.pushTemps(Builder.lastChar(es.span()));
      lo.operand(es.expr());
      b.popTemps();
    }
  }

  private void letStmt(Stmt.LetStmt l) {
    Pattern p = l.pattern();
    lo.patterns.declare(p);
    if (l.init() == null) {
      if (p instanceof Pattern.IdentPat ip && lo.patterns.bindsLocal(ip) && lo.patterns.local(ip) >= 0) {
        b.body.local(lo.patterns.local(ip)).initInsert = Builder.after(l.type() != null ? l.type().span() : ip.span());
      }
      return;
    }
    if (l.elseBlock() == null && p instanceof Pattern.IdentPat ip && ip.sub() == null
        && lo.tables.bindModes[ip.id()] == 0 && lo.patterns.bindsLocal(ip)) {
      int local = lo.patterns.local(ip);
      Operand v;
      if (l.type() instanceof TypeExpr.RefType && lo.type(l.init()) instanceof Ty.Ref r && r.mutable()
          && Lower.isPlaceExpr(l.init())) {
        Place src = lo.place(l.init(), Lower.Mode.READ, Builder.Life.EXTENDED);
        v = src == null ? Operand.CONST : lo.reborrow(src, true, l.init().span());
      } else {
        v = lo.operand(l.init(), Operand.Why.LET_INIT, Builder.Life.EXTENDED);
      }
      if (b.reachable()) {
        b.assign(Place.local(local), new Rvalue.Use(v), b.body.local(local).ty, ip.span(), Statement.AssignKind.INIT);
      }
      if (Lifetimes.namesStatic(l.type())) {
        b.body.local(local).staticAnnot = l.type().span();
        b.body.local(local).staticInit = l.init().span();
      }
      if (l.type() == null && l.init() instanceof Expr.Borrow br && !br.mutable()) {
        // `let r = &v;`: rustc suggests `&mut v` when *r is then mutated.
        b.body.local(local).mutRefInsert = Builder.after(Builder.head(br.span(), 1));
      }
      return;
    }
    if (p instanceof Pattern.WildPat && Lower.isPlaceExpr(l.init())) {
      Place src = lo.place(l.init(), Lower.Mode.READ, Builder.Life.STATEMENT);
      if (src != null) b.emit(new Statement.FakeRead(src, l.init().span()));
      return;
    }
    Place scrut = lo.place(l.init(), Lower.Mode.READ, Builder.Life.EXTENDED);
    if (scrut == null || !b.reachable()) return;
    b.emit(new Statement.FakeRead(scrut, l.init().span()));
    if (l.elseBlock() != null) {
      int elseB = b.newBlock();
      int bind = b.newBlock();
      b.goTo(bind);
      b.goTo(elseB);
      b.enter(elseB);
      block(l.elseBlock(), Builder.Life.STATEMENT, null);
      b.diverge();
      b.enter(bind);
    }
    lo.patterns.bind(p, scrut, lo.type(l.init()), l.init(), true);
  }

  // ---- branching ----

  private Operand ifExpr(Expr.If i, Builder.Life life) {
    Place result = resultPlace(i, life);
    int thenB = b.newBlock();
    int elseB = b.newBlock();
    boolean letCond = i.cond() instanceof Expr.Let;
    Place scrut = null;
    if (letCond) {
      Expr.Let l = (Expr.Let) i.cond();
      scrut = lo.place(l.value(), Lower.Mode.READ, Builder.Life.STATEMENT);
      if (scrut != null) b.emit(new Statement.FakeRead(scrut, l.value().span()));
    } else {
      // Temporaries of a condition are dropped before the branch runs.
      b.pushTemps(Builder.lastChar(i.cond().span()));
      lo.operand(i.cond());
      b.popTemps();
    }
    b.goTo(thenB);
    b.goTo(elseB);
    int join = b.newBlock();
    b.enter(thenB);
    b.pushScope(Builder.lastChar(i.then().span()));
    if (letCond && scrut != null) {
      Expr.Let l = (Expr.Let) i.cond();
      lo.patterns.declare(l.pattern());
      lo.patterns.bind(l.pattern(), scrut, lo.type(l.value()), l.value(), false);
    }
    into(result, i.then(), life, Operand.Why.PLAIN);
    b.popScope();
    b.goTo(join);
    b.enter(elseB);
    if (i.orElse() != null) into(result, i.orElse(), life, Operand.Why.PLAIN);
    b.goTo(join);
    b.enter(join);
    if (!b.reached(join)) b.diverge();
    return resultOperand(result, i);
  }

  /** {@code a && b}, {@code a || b}: b is evaluated on one path only. */
  Operand shortCircuit(Expr.Binary e, Builder.Life life) {
    Place result = Place.local(b.newTemp(Prim.BOOL, e.span(), life));
    into(result, e.left(), life, Operand.Why.PLAIN);
    int rhs = b.newBlock();
    int join = b.newBlock();
    b.goTo(rhs);
    b.goTo(join);
    b.enter(rhs);
    into(result, e.right(), life, Operand.Why.PLAIN);
    b.goTo(join);
    b.enter(join);
    return new Operand.Copy(result, e.span());
  }

  private Operand match(Expr.Match m, Builder.Life life) {
    Place scrut = lo.place(m.scrutinee(), Lower.Mode.READ, Builder.Life.STATEMENT);
    Place result = resultPlace(m, life);
    if (scrut == null) return Operand.CONST;
    b.emit(new Statement.FakeRead(scrut, m.scrutinee().span()));
    int n = m.arms().size();
    int[] arms = new int[n];
    for (int i = 0; i < n; i++) arms[i] = b.newBlock();
    for (int i = 0; i < n; i++) b.goTo(arms[i]);
    int join = b.newBlock();
    Ty st = lo.type(m.scrutinee());
    for (int i = 0; i < n; i++) {
      Expr.Arm arm = m.arms().get(i);
      b.enter(arms[i]);
      b.pushScope(Builder.lastChar(arm.span()));
      boolean guarded = arm.guard() != null;
      if (guarded) {
        // The guard sees the bindings without moving out of the scrutinee: a false guard leaves it whole
        // for the next arms. The arm's by-value bindings proper are made once the guard has held.
        lo.patterns.bindForGuard(arm.pattern(), scrut, st, m.scrutinee());
        b.pushTemps(Builder.lastChar(arm.guard().span()));
        lo.operand(arm.guard());
        b.popTemps();
        // A block of its own for the arm once taken: its moves must not reach the next arms.
        int taken = b.newBlock();
        b.goTo(taken);
        if (i + 1 < n) b.goTo(arms[i + 1]);
        b.enter(b.reached(taken) ? taken : -1);
      }
      if (guarded) {
        lo.patterns.bindAfterGuard(arm.pattern(), scrut, st, m.scrutinee());
      } else {
        lo.patterns.declare(arm.pattern());
        lo.patterns.bind(arm.pattern(), scrut, st, m.scrutinee(), false);
      }
      into(result, arm.body(), life, Operand.Why.PLAIN);
      b.popScope();
      b.goTo(join);
    }
    b.enter(join);
    if (!b.reached(join)) b.diverge();
    return resultOperand(result, m);
  }

  private Operand returnExpr(Expr.Return r) {
    if (r.value() != null) {
      into(Place.local(0), r.value(), Builder.Life.STATEMENT, Operand.Why.PLAIN);
    }
    ret(r.value());
    return Operand.CONST;
  }

  /** {@code e?}: the value moves into a match; None or Err(e) returns early, Some(v) or Ok(v) continues with v. */
  private Operand tryExpr(Expr.Try t, Builder.Life life) {
    Ty ot = lo.type(t.operand());
    Operand v = lo.operand(t.operand());
    Place tmp = Operand.placeOf(v);
    if (tmp == null || !(tmp.isLocal() && b.body.local(tmp.local()).isTemp())) {
      tmp = Place.local(b.newTemp(ot, t.operand().span(), Builder.Life.STATEMENT));
      b.assign(tmp, new Rvalue.Use(v), ot, t.operand().span(), Statement.AssignKind.TEMP);
    }
    int ok = b.newBlock();
    int err = b.newBlock();
    b.goTo(ok);
    b.goTo(err);
    b.enter(err);
    Operand residual = new Operand.Move(tmp, t.span(), ot, Operand.Why.PLAIN);
    b.assign(Place.local(0), new Rvalue.Aggregate(java.util.List.of(residual)), b.body.local(0).ty, t.span(),
        Statement.AssignKind.TEMP);
    ret(null);
    b.enter(ok);
    Ty vt = lo.type(t);
    Operand inner = new Operand.Move(tmp, t.span(), ot, Operand.Why.PLAIN);
    return lo.temp(new Rvalue.Aggregate(java.util.List.of(inner)), vt, t.span(), life);
  }

  /** Leaves the function: every scope's bindings die, then control returns with returned's value. */
  void ret(Expr returned) {
    if (!b.reachable()) return;
    b.exitScopesTo(0);
    if (!b.reachable()) return;
    BasicBlock blk = b.body.blocks.get(b.current());
    blk.returns = true;
    blk.returned = returned;
    b.diverge();
  }
}
