package rustle.borrowck;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Span;
import rustle.check.LocalVar;
import rustle.check.Tables;
import rustle.check.Zonk;
import rustle.types.Ty;

/**
 * The state of lowering one body: the block being filled, the lexical scopes whose bindings die at
 * their closing brace, the statements whose temporaries die at their semicolon, and the enclosing
 * loops that break and continue jump to.
 */
final class Builder {
  final Body body;
  final Tables tables;
  /** Body local of each of the function's bindings (by LocalVar.index), or -1 before declaration. */
  private final int[] localOfVar;
  private int cur;
  private final List<Scope> scopes = new ArrayList<>();
  private final List<Scope> tempScopes = new ArrayList<>();
  final List<LoopCtx> loops = new ArrayList<>();

  /** Bindings (and extended temporaries) that die together at span. */
  static final class Scope {
    final List<Integer> locals = new ArrayList<>();
    final Span end;

    Scope(Span end) {
      this.end = end;
    }
  }

  /**
   * A loop being lowered: its node id, where break and continue go, the scopes open outside it, the
   * place its break value goes to, and its header ({@code while cond}) for messages.
   */
  record LoopCtx(int id, int breakTo, int continueTo, int scopeDepth, Place result, Span header) {}

  /** How long a temporary lives: to the end of its statement, or of the enclosing block. */
  enum Life { STATEMENT, EXTENDED }

  Builder(Body body, int varCount) {
    this.body = body;
    this.tables = body.tables;
    this.localOfVar = new int[varCount];
    java.util.Arrays.fill(localOfVar, -1);
    cur = body.newBlock();
  }

  // ---- blocks ----

  int current() {
    return cur;
  }

  boolean reachable() {
    return cur >= 0;
  }

  /** Continues lowering in block b. */
  void enter(int b) {
    cur = b;
  }

  /** Control does not continue past here (return, break, a diverging call). */
  void diverge() {
    cur = -1;
  }

  /** Ends the current block with a jump to target (nothing when unreachable). */
  void goTo(int target) {
    if (cur < 0 || body.blocks.get(cur).succ.contains(target)) return;
    body.blocks.get(cur).goTo(target);
    body.blocks.get(target).preds++;
  }

  /** Whether anything jumps to block b. */
  boolean reached(int b) {
    return body.blocks.get(b).preds > 0;
  }

  int newBlock() {
    return body.newBlock();
  }

  void emit(Statement s) {
    if (cur < 0) {
      // Dead code after a diverging expression: lower it into a block nothing jumps to.
      cur = body.newBlock();
    }
    body.blocks.get(cur).stmts.add(s);
  }

  void assign(Place dest, Rvalue rv, Ty ty, Span span, Statement.AssignKind kind) {
    assign(dest, rv, ty, span, span, kind);
  }

  void assign(Place dest, Rvalue rv, Ty ty, Span span, Span target, Statement.AssignKind kind) {
    LocalDecl d = body.local(dest.local());
    if (dest.isLocal() && d.firstAssign == null && cur >= 0) d.firstAssign = span;
    emit(new Statement.Assign(dest, rv, ty, span, target, kind));
  }

  // ---- locals ----

  static Ty zonk(Ty t) {
    return t == null ? null : Zonk.apply(t);
  }

  int newTemp(Ty ty, Span span, Life life) {
    int t = body.addLocal(new LocalDecl(LocalDecl.Kind.TEMP, null, zonk(ty), true, span, null));
    if (life == Life.EXTENDED && !scopes.isEmpty()) {
      scopes.get(scopes.size() - 1).locals.add(t);
    } else if (!tempScopes.isEmpty()) {
      tempScopes.get(tempScopes.size() - 1).locals.add(t);
    }
    return t;
  }

  /** The body local of a binding, declaring it in the innermost scope on first sight. */
  int declare(LocalVar v, LocalDecl.Kind kind) {
    int l = localOfVar[v.index];
    if (l >= 0 && kind == LocalDecl.Kind.ARG) return l;
    l = body.addLocal(new LocalDecl(kind, v.name, zonk(v.ty), v.mutable, v.span, v));
    localOfVar[v.index] = l;
    if (kind == LocalDecl.Kind.USER) {
      if (!scopes.isEmpty()) scopes.get(scopes.size() - 1).locals.add(l);
      emit(new Statement.StorageLive(l));
    }
    return l;
  }

  /**
   * A closure body's captured variable: it enters initialized and is the enclosing function's (no
   * scope of the body ends it); mutable, since whether the closure may mutate it is checked where
   * the closure is made.
   */
  int declareCapture(LocalVar v) {
    int l = body.addLocal(new LocalDecl(LocalDecl.Kind.ARG, v.name, zonk(v.ty), true, v.span, v));
    localOfVar[v.index] = l;
    return l;
  }

  /** The body local of an already declared binding, or -1. */
  int localOf(LocalVar v) {
    return v.index < localOfVar.length ? localOfVar[v.index] : -1;
  }

  // ---- scopes ----

  /** Records a loop's full span and header, for "inside of this loop" labels. */
  void noteLoop(Span full, Span header) {
    body.loops.add(new Span[] {full, header});
  }

  void pushScope(Span end) {
    scopes.add(new Scope(end));
  }

  /** Closes the innermost scope: its bindings die, last declared first. */
  void popScope() {
    Scope s = scopes.remove(scopes.size() - 1);
    kill(s);
  }

  int scopeDepth() {
    return scopes.size();
  }

  /** Emits the deaths of every scope above depth, without closing them (for break, continue, return). */
  void exitScopesTo(int depth) {
    if (cur < 0) return;
    for (int i = scopes.size() - 1; i >= depth; i--) kill(scopes.get(i));
  }

  private void kill(Scope s) {
    if (cur < 0) return;
    for (int i = s.locals.size() - 1; i >= 0; i--) emit(new Statement.StorageDead(s.locals.get(i), s.end));
  }

  void pushTemps(Span end) {
    tempScopes.add(new Scope(end));
  }

  void popTemps() {
    kill(tempScopes.remove(tempScopes.size() - 1));
  }

  // ---- spans ----

  /** The last character of a span: a block's closing brace, a statement's semicolon. */
  static Span lastChar(Span s) {
    if (s.end() <= s.start()) return s;
    return new Span(s.end() - 1, s.end(), s.endLine(), Math.max(1, s.endCol() - 1), s.endLine(), s.endCol());
  }

  /** The first n characters of a span on its first line. */
  static Span head(Span s, int n) {
    return new Span(s.start(), s.start() + n, s.line(), s.col(), s.line(), s.col() + n);
  }

  /** The span from the start of a to the end of b. */
  static Span join(Span a, Span b) {
    return new Span(a.start(), b.end(), a.line(), a.col(), b.endLine(), b.endCol());
  }

  /** The empty span just before s. */
  static Span before(Span s) {
    return new Span(s.start(), s.start(), s.line(), s.col(), s.line(), s.col());
  }

  /** The empty span just after s. */
  static Span after(Span s) {
    return new Span(s.end(), s.end(), s.endLine(), s.endCol(), s.endLine(), s.endCol());
  }
}
