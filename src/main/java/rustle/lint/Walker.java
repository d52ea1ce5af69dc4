package rustle.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Pattern;
import rustle.ast.Stmt;
import rustle.check.LocalVar;
import rustle.check.Res;
import rustle.check.Tables;
import rustle.types.Prim;

/**
 * Walks one body in the order rustc's KnownPanicsLint visits its basic blocks (depth first, an if's
 * then-branch before the code after it, its else-branch last) and evaluates what is certainly known.
 * Where rustc may know more than this walk (a branch on a value it cannot tell), the rest goes unlinted:
 * a missed error is better than a false one.
 */
final class Walker {
  /** One lint finding; overflow tells arithmetic_overflow from unconditional_panic. */
  record Finding(boolean overflow, rustle.ast.Span span, String what) {}

  /** Findings of one stretch of the walk, then those of the branches it left for later, latest first. */
  static final class Group {
    final List<Finding> own = new ArrayList<>();
    final Deque<Group> later = new ArrayDeque<>();

    void flatten(List<Finding> out) {
      out.addAll(own);
      for (Group g : later) g.flatten(out);
    }
  }

  final Tables tables;
  final Scan scan;
  final Env env;
  private final Ops ops;
  private final Control control = new Control(this);
  Group group = new Group();
  private final Group root = group;
  /** Past a diverging expression: what follows is unreachable on this path. */
  boolean dead;
  boolean lintOn = true;

  private final java.util.Set<rustle.check.ConstDef> consts;

  Walker(Tables tables, Scan scan, java.util.Set<rustle.check.ConstDef> consts) {
    this.tables = tables;
    this.consts = consts;
    this.scan = scan;
    this.env = new Env(scan);
    this.ops = new Ops(this);
  }

  List<Finding> run(List<Pattern> params, Expr body) {
    for (Pattern p : params) Children.bindings(p, id -> {
      if (tables.res[id] instanceof LocalVar v) env.param(v);
    });
    eval(body);
    List<Finding> out = new ArrayList<>();
    root.flatten(out);
    return out;
  }

  void report(boolean overflow, rustle.ast.Span at, String what) {
    if (lintOn) group.own.add(new Finding(overflow, at, what));
  }

  Val eval(Expr e) {
    if (e == null || dead) return null;
    if (e instanceof Expr.IntLit l) {
      return ops.intLit(l.id(), l.value());
    } else if (e instanceof Expr.BoolLit b) {
      return Arith.bool(b.value());
    } else if (e instanceof Expr.Lit l) {
      return null;
    } else if (e instanceof Expr.PathExpr p) {
      return path(p);
    } else if (e instanceof Expr.Unary u) {
      return ops.unary(u);
    } else if (e instanceof Expr.Binary b) {
      return ops.binary(b);
    } else if (e instanceof Expr.Cast c) {
      return ops.cast(c);
    } else if (e instanceof Expr.CompoundAssign a) {
      ops.compound(a);
      return null;
    } else if (e instanceof Expr.Assign a) {
      assign(a);
      return null;
    } else if (e instanceof Expr.Index i) {
      return ops.index(i);
    } else if (e instanceof Expr.Field f) {
      return ops.opaquePlace(f.receiver(), eval(f.receiver())) ? Val.OPAQUE : null;
    } else if (e instanceof Expr.TupleField f) {
      return ops.opaquePlace(f.receiver(), eval(f.receiver())) ? Val.OPAQUE : null;
    } else if (e instanceof Expr.Block b) {
      return block(b);
    } else if (e instanceof Expr.If i) {
      control.ifExpr(i);
      return null;
    } else if (e instanceof Expr.Match m) {
      control.match(m);
      return null;
    } else if (e instanceof Expr.Loop l) {
      env.bump();
      loopBody(l.label(), false, l.body());
      if (!Breaks.targets(l)) stop();
      env.bump();
      return null;
    } else if (e instanceof Expr.While w) {
      control.whileLoop(w);
      return null;
    } else if (e instanceof Expr.For f) {
      eval(f.iter());
      env.bump();
      bindOpaque(f.pattern());
      loopBody(f.label(), true, f.body());
      dead = false;
      env.bump();
      return null;
    } else if (e instanceof Expr.Return r) {
      return diverge(r.value());
    } else if (e instanceof Expr.Break b) {
      eval(b.value());
      LoopCtx inner = loops.peek();
      stop();
      if (inner != null && (b.label() == null || b.label().equals(inner.label))) brokeOut = inner;
      return null;
    } else if (e instanceof Expr.Continue c) {
      return diverge(null);
    } else if (e instanceof Expr.Call c) {
      return call(c);
    } else if (e instanceof Expr.MethodCall m) {
      eval(m.receiver());
      m.args().forEach(this::eval);
      return afterCall(m.id());
    } else if (e instanceof Expr.MacroCall m) {
      Macros.eval(this, m);
      return null;
    } else if (e instanceof Expr.Closure c) {
      return null; // its body is a body of its own
    } else if (e instanceof Expr.Try t) {
      eval(t.operand());
      env.bump();
      env.hideAll(); // rustc walks the early return first, past every StorageDead
      return Val.OPAQUE;
    } else {
      Children.of(e, this::eval, p -> {}, this::eval);
      return null;
    }
  }

  private Val diverge(Expr value) {
    eval(value);
    stop();
    return null;
  }

  /** What follows is unreachable on this path (or not to be linted). */
  void stop() {
    dead = true;
    brokeOut = null;
  }

  /** A loop being walked: its label and the findings' group its body began in. */
  static final class LoopCtx {
    final String label;
    final Group entry;
    final boolean exitFirst;
    /** After a break rustc followed first: the visibility of locals at the break, for after the loop. */
    int resumeVisible = -1;

    LoopCtx(String label, Group entry, boolean exitFirst) {
      this.label = label;
      this.entry = entry;
      this.exitFirst = exitFirst;
    }
  }

  final Deque<LoopCtx> loops = new ArrayDeque<>();
  /** The loop the latest divergence broke out of, when it was a break of the innermost loop. */
  LoopCtx brokeOut;

  /**
   * Walks a loop's body. A while or for loop's exit is rustc's first successor, so the branches its body
   * leaves for later come before the code after the loop: the body's findings are flushed here.
   */
  void loopBody(String label, boolean exitFirst, Expr.Block body) {
    Group saved = group;
    if (exitFirst) group = new Group();
    LoopCtx ctx = new LoopCtx(label, group, exitFirst);
    loops.push(ctx);
    eval(body);
    loops.pop();
    // a break went straight on to the code after the loop, with the locals from before the loop intact
    if (ctx.resumeVisible >= 0) env.visibleFrom = ctx.resumeVisible;
    if (exitFirst) {
      List<Finding> flat = new ArrayList<>();
      group.flatten(flat);
      saved.own.addAll(flat);
    }
    group = saved;
  }

  private Val path(Expr.PathExpr p) {
    Object res = tables.res[p.id()];
    if (res instanceof Res.Local l) return env.read(l.var());
    if (res instanceof Res.Const c) return Consts.value(c.def(), consts);
    return null;
  }

  private Val call(Expr.Call c) {
    Object res = tables.res[c.callee().id()];
    eval(c.callee());
    c.args().forEach(this::eval);
    if (res instanceof Res.Variant) return null; // an aggregate, which rustc may know
    Val v = afterCall(c.id());
    return res instanceof Res.Fn || res instanceof Res.Local ? v : null;
  }

  Val afterCall(int id) {
    env.bump();
    if (Types.of(tables, id) == Prim.NEVER) stop();
    return Val.OPAQUE;
  }

  private void assign(Expr.Assign a) {
    Expr.Assign outer = ops.assigned;
    ops.assigned = a;
    Val v = eval(a.value());
    ops.assigned = outer;
    LocalVar target = local(a.target());
    if (target != null) {
      env.write(target, v);
      return;
    }
    eval(a.target());
    LocalVar root = Ops.rootLocal(tables, a.target());
    if (root != null) env.write(root, null);
  }

  LocalVar local(Expr e) {
    return e instanceof Expr.PathExpr p && tables.res[p.id()] instanceof Res.Local l ? l.var() : null;
  }

  private Val block(Expr.Block b) {
    for (Stmt s : b.stmts()) {
      if (dead) return null;
      if (s instanceof Stmt.LetStmt l) let(l);
      else if (s instanceof Stmt.ExprStmt x) eval(x.expr());
    }
    Val v = eval(b.tail());
    env.mayEnd(); // drops at the scope's end may end a block
    return v;
  }

  private void let(Stmt.LetStmt l) {
    if (l.init() == null) return;
    Val v = eval(l.init());
    if (l.elseBlock() != null) {
      env.bump();
      if (v != Val.OPAQUE) {
        stop();
        return;
      }
      later(() -> eval(l.elseBlock()));
      env.hideAll();
      bindOpaque(l.pattern());
      return;
    }
    LocalVar var = scan.simpleBinding(l.pattern());
    if (var != null) env.write(var, v);
    else bind(l.pattern(), v == Val.OPAQUE ? Val.OPAQUE : null);
  }

  void bindOpaque(Pattern p) {
    bind(p, Val.OPAQUE);
  }

  private void bind(Pattern p, Val v) {
    Children.bindings(p, id -> {
      if (tables.res[id] instanceof LocalVar var) env.write(var, v);
    });
  }

  /**
   * Walks a branch rustc reaches only after the rest of the body: its findings come after the others,
   * and the locals from before it are unsure there. Returns whether the branch diverged.
   */
  boolean later(Runnable branch) {
    Group saved = group;
    int savedVisible = env.visibleFrom;
    boolean savedDead = dead;
    Group g = new Group();
    saved.later.push(g);
    group = g;
    env.hideAll();
    dead = false;
    branch.run();
    boolean diverged = dead;
    group = saved;
    env.visibleFrom = savedVisible;
    dead = savedDead;
    return diverged;
  }

  /**
   * The branches of a switch on a value rustc may know: it may skip any of them, so none is linted; the
   * code after is linted only when no branch diverges (then rustc reaches it whichever it takes).
   */
  void quietBranches(Runnable... branches) {
    boolean saved = lintOn;
    lintOn = false;
    boolean any = false;
    for (Runnable b : branches) {
      dead = false;
      b.run();
      any |= dead;
    }
    lintOn = saved;
    dead = false;
    if (any) stop();
  }

  /** Walks e without reporting (a branch rustc may skip). */
  Val quietly(Expr e) {
    boolean saved = lintOn;
    lintOn = false;
    try {
      return eval(e);
    } finally {
      lintOn = saved;
    }
  }
}
