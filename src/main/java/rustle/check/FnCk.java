package rustle.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Node;
import rustle.ast.Span;
import rustle.ast.Stmt;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.FnSig;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;
import rustle.types.TyPrinter;

/**
 * Checks one function body: resolves names to bindings in nested scopes, infers and checks the type of
 * every expression, and records the results in {@link Tables}. Expression forms are delegated to
 * {@link ExprCk}; patterns to {@link PatCk}; macros to {@link MacroCk}.
 */
final class FnCk {
  final Items items;
  final Tables tables;
  final List<Diagnostic> errors;
  final TyLowering lowering;
  final InferCtx infer = new InferCtx();
  final FnSig.Def def;
  final TyLowering.Scope tyScope;
  final List<LocalVar> locals = new ArrayList<>();
  final List<Map<String, LocalVar>> scopes = new ArrayList<>();
  final List<Expr.IntLit> intLits = new ArrayList<>();
  /** The type `F` of each `str::parse` call in the body, with the call's method name span (for E0284). */
  final List<Object[]> parseTargets = new ArrayList<>();
  /** Each `collect` whose target was unknown at the call: the target, the method name's span, the item. */
  final List<Object[]> collectTargets = new ArrayList<>();
  final List<Object[]> deferred = new ArrayList<>();
  /** Each `sum` or `product` whose result type neither a turbofish nor the context gave. */
  final SumTargets sums = new SumTargets();
  /** Each `Trait::f` path whose Self the arguments or the context are to give: the Self, the path's span. */
  final List<Object[]> traitSelves = new ArrayList<>();
  /** The program's expressions as checked (innermost first), for a type nothing fixed; null in the prelude. */
  final List<Expr> checkedExprs;
  final java.util.Set<Integer> negatedLits = new java.util.HashSet<>();
  /** Unsuffixed integer literals cast to char (typed u8), by id: the cast, where an overflow is reported. */
  final java.util.Map<Integer, Expr.Cast> charCastLits = new java.util.HashMap<>();
  final ExprCk exprs;
  final PatCk pats;
  final MacroCk macros;
  final MethodLookup methods;
  /** Enclosing loops, innermost last: label and the type of break values. */
  final List<LoopCtx> loops = new ArrayList<>();
  Ty retTy;
  /** The Fn trait (Fn, FnMut, FnOnce) the closure being checked as an argument must implement, or null. */
  String closureBound;
  /** The body of the closure being checked, or null: where TryCk points an error type nothing fixed. */
  Expr closureBody;
  private final int errorMark;

  /** A loop being checked: its label, the type of its break values, and whether anything breaks it. */
  static final class LoopCtx {
    private final String label;
    private final Ty breakTy;
    private final boolean isLoop;
    private final int id;
    private boolean broken;
    /** A labeled block: only a labeled break may leave it (E0695, E0696). */
    boolean labeledBlock;
    /** While a `while` loop's condition is checked: only a labeled break may leave it (E0590). */
    boolean inCondition;

    LoopCtx(String label, Ty breakTy, boolean isLoop, int id) {
      this.label = label;
      this.breakTy = breakTy;
      this.isLoop = isLoop;
      this.id = id;
    }

    String label() {
      return label;
    }

    Ty breakTy() {
      return breakTy;
    }

    boolean isLoop() {
      return isLoop;
    }

    int id() {
      return id;
    }

    void markBreak() {
      broken = true;
    }

    boolean hasBreak() {
      return broken;
    }
  }

  FnCk(Items items, Tables tables, List<Diagnostic> errors, TyLowering lowering, FnSig.Def def,
      TyLowering.Scope tyScope) {
    this.items = items;
    this.tables = tables;
    this.errors = errors;
    this.lowering = lowering;
    this.def = def;
    this.tyScope = tyScope;
    this.checkedExprs = def == null || !def.fromPrelude ? new ArrayList<>() : null;
    this.exprs = new ExprCk(this);
    this.pats = new PatCk(this);
    this.macros = new MacroCk(this);
    this.methods = new MethodLookup(this);
    this.errorMark = errors.size();
  }

  /** Whether the body type-checked; pattern analysis (E0004, E0005) runs only then, as in rustc. */
  boolean typeckOk;

  boolean failed() {
    return errors.size() > errorMark;
  }

  /** Checks a function body against its signature. */
  void checkFn() {
    Ty[] outer = items.paramItems;
    Ty[] outerFns = items.paramFnRets;
    items.paramItems = IterParams.items(def);
    items.paramFnRets = IterParams.fnRets(def);
    try {
      checkFnBody();
    } finally {
      items.paramItems = outer;
      items.paramFnRets = outerFns;
    }
  }

  private void checkFnBody() {
    Item.FnItem f = def.item;
    retTy = def.opaqueRet != null ? infer.fresh() : def.ret;
    Ty retHint = retTy;
    if (def.opaqueRet != null) {
      for (FnSig.TraitRef b : def.opaqueRet.bounds()) {
        if (b.fnParams() != null) retHint = new Ty.FnPtr(b.fnParams(), b.fnRet());
      }
    }
    pushScope();
    int pi = 0;
    if (def.selfKind != Item.SelfKind.NONE) {
      declare("self", def.selfKind == Item.SelfKind.MUT_VALUE, f.selfSpan() == null ? f.nameSpan() : f.selfSpan(),
          -1, def.params.get(0));
      pi = 1;
    }
    for (Item.Param p : f.params()) {
      pats.check(p.pattern(), def.params.get(pi++), true);
    }
    Ty body = exprs.check(f.body(), retHint);
    // The body's value is its tail expression: coerce (and report) there, as rustc does.
    rustle.ast.Expr at = f.body().tail() != null && resolve(body) != Prim.NEVER ? f.body().tail() : f.body();
    int before = errors.size();
    coerce(at, at == f.body() ? body : tables.types[at.id()], retTy);
    if (errors.size() > before && f.ret() != null) {
      Diagnostic d = errors.remove(errors.size() - 1);
      errors.add(d.withLabel(f.ret().span(), "expected `" + show(retTy) + "` because of return type"));
    }
    popScope();
    if (def.opaqueRet != null) opaqueItemHint();
    finish();
    if (def.opaqueRet != null) {
      def.ret = Zonk.apply(retTy);
      opaqueItem(f);
    }
  }

  /**
   * {@code -> impl Iterator<Item = T>} fixes what the body's iterator yields before literals fall back to
   * i32, as rustc's obligation on the opaque type does: {@code (0..10).filter(..)} yields u32 there.
   */
  private void opaqueItemHint() {
    for (FnSig.TraitRef b : def.opaqueRet.bounds()) {
      if (!"Iterator".equals(b.trait()) || b.args().size() != 1 || !(Zonk.apply(retTy) instanceof Ty.Adt a)) continue;
      Ty item = Iterators.itemOf(a, items);
      if (item != null) infer.probe(item, b.args().get(0));
    }
  }

  /** {@code -> impl Iterator<Item = T>}: the iterator returned must yield T (E0271). */
  private void opaqueItem(Item.FnItem f) {
    if (failed() || f.ret() == null) return;
    for (FnSig.TraitRef b : def.opaqueRet.bounds()) {
      if (!"Iterator".equals(b.trait()) || b.args().size() != 1 || !(def.ret instanceof Ty.Adt a)) continue;
      Ty item = Iterators.itemOf(a, items);
      if (item == null) continue;
      Ty want = Zonk.apply(b.args().get(0));
      item = Zonk.apply(item);
      if (!Zonk.isResolved(item) || !Zonk.isResolved(want) || want.equals(item)) continue;
      error(Errors.coded("E0271", "expected `" + show(def.ret) + "` to be an iterator that yields `" + show(want)
          + "`, but it yields `" + show(item) + "`", f.ret().span(), "expected `" + show(want) + "`, found `" + show(item) + "`"));
    }
  }

  /** Checks a constant's initializer. */
  void checkConst(Expr value, Ty ty) {
    retTy = ty;
    pushScope();
    Ty t = exprs.check(value, ty);
    coerce(value, t, ty);
    popScope();
    finish();
  }

  private void finish() {
    sums.settle(this);
    if (checkedExprs != null) {
      // `Err(e)?;`: nothing fixes the success type, which rustc's fallback makes `()`.
      for (Expr e : checkedExprs) {
        if (e instanceof Expr.Try && resolve(tables.types[e.id()]) instanceof Infer v
            && InferAccess.kind(v) == Infer.Kind.GENERAL) {
          infer.unify(v, Ty.UNIT);
        }
      }
    }
    infer.defaultLiterals();
    sums.reportOpen(this);
    typeckOk = !failed();
    for (Object[] d : deferred) ((Runnable) d[0]).run();
    for (Expr.IntLit lit : intLits) exprs.checkLiteralRange(lit);
    if (!failed()) unsupportedParses();
    for (Object[] t : traitSelves) {
      if (failed() || Zonk.isResolved(Zonk.apply((Ty) t[0]))) continue;
      // rustc: nothing gave the trait's Self, so no impl can be chosen.
      errors.add(Errors.coded("E0790", "cannot call associated function on trait without specifying the "
          + "corresponding `impl` type", (Span) t[1], "cannot call associated function of trait"));
    }
    for (LocalVar v : locals) {
      v.ty = Zonk.apply(v.ty);
      if (!Zonk.isResolved(v.ty) && !failed()) {
        Span parse = unresolvedParse();
        Object[] collect = unresolvedCollect();
        if (parse == null && collect != null) {
          // rustc reports the collect's `B: FromIterator<Item>` as the obligation it cannot satisfy.
          errors.add(Errors.coded("E0283", "type annotations needed", v.span, null)
              .withLabel((Span) collect[1], "type must be known at this point")
              .withNote("cannot satisfy `_: FromIterator<" + show(Zonk.apply((Ty) collect[2])) + ">`"));
        } else if (parse != null) {
          // rustc reports the parse's `F: FromStr` as the obligation it cannot satisfy.
          errors.add(Errors.coded("E0284", "type annotations needed", v.span, null)
              .withLabel(parse, "type must be known at this point")
              .withNote("cannot satisfy `<_ as FromStr>::Err == _`"));
        } else {
          errors.add(Errors.coded("E0282", "type annotations needed", v.span,
              "type must be known at this point"));
        }
      }
    }
    if (!failed() && checkedExprs != null) {
      Diagnostic d = UnknownExprs.first(this, checkedExprs, unresolvedParse(), unresolvedCollect());
      if (d != null) errors.add(d);
    }
    tables.fns.put(def, new Tables.FnInfo(List.copyOf(locals)));
  }

  /**
   * A `str::parse` into a type other than std's numbers, bool and char, found only after the call (`let
   * p: Point = s.parse().unwrap()`): its error type was taken to be ParseIntError at the call, so it is
   * reported as unsupported (with a turbofish, `s.parse::<Point>()`, the program's FromStr is called).
   */
  private void unsupportedParses() {
    for (Object[] p : parseTargets) {
      Ty t = Zonk.apply((Ty) p[0]);
      if (!Zonk.isResolved(t) || t instanceof Prim prim && (prim.isInt() || prim.isFloat() || prim == Prim.BOOL || prim == Prim.CHAR)) {
        continue;
      }
      String shown = TyPrinter.show(t);
      boolean user = t instanceof Ty.Adt a && !a.def().fromPrelude;
      errors.add(Errors.unsupported("`str::parse` into `" + shown + "`"
          + (user ? " without a turbofish (`parse::<" + shown + ">()`)" : ""), (Span) p[1]));
    }
  }

  /** The method name span of the first `str::parse` whose target type was never inferred, or null. */
  private Object[] unresolvedCollect() {
    for (Object[] c : collectTargets) if (!Zonk.isResolved(Zonk.apply((Ty) c[0]))) return c;
    return null;
  }

  private Span unresolvedParse() {
    for (Object[] p : parseTargets) if (!Zonk.isResolved(Zonk.apply((Ty) p[0]))) return (Span) p[1];
    return null;
  }

  // ---- scopes and bindings ----

  void pushScope() {
    scopes.add(new HashMap<>());
  }

  void popScope() {
    scopes.remove(scopes.size() - 1);
  }

  LocalVar declare(String name, boolean mutable, Span span, int patternId, Ty ty) {
    LocalVar v = new LocalVar(name, locals.size(), mutable, span, patternId, ty);
    locals.add(v);
    scopes.get(scopes.size() - 1).put(name, v);
    if (patternId >= 0) tables.res[patternId] = v;
    return v;
  }

  LocalVar lookupLocal(String name) {
    for (int i = scopes.size() - 1; i >= 0; i--) {
      LocalVar v = scopes.get(i).get(name);
      if (v != null) return v;
    }
    return null;
  }

  // ---- recording ----

  Ty record(Node n, Ty t) {
    tables.types[n.id()] = t;
    return t;
  }

  void error(Diagnostic d) {
    // Like rustc's error type: once the body has an error, a follow-on error about a type nobody could
    // infer (shown `_`, e.g. the result of an unsupported std method) would only repeat the first one.
    if (failed() && !"E0004".equals(d.code()) && !"E0005".equals(d.code())
        && (mentionsUnknown(d.message()) || mentionsUnknown(d.primaryLabel()))) {
      return;
    }
    errors.add(d);
  }

  /**
   * Whether s quotes a type with an unknown part: a `_` that is a word of its own, with a backtick
   * somewhere before and after it, as in {@code `Vec<_>`}. Scanned by hand: a regex costs milliseconds
   * to compile at start-up.
   */
  static boolean mentionsUnknown(String s) {
    if (s == null) return false;
    for (int i = s.indexOf('_'); i >= 0; i = s.indexOf('_', i + 1)) {
      if (!wordChar(s, i - 1) && !wordChar(s, i + 1) && s.lastIndexOf('`', i) >= 0 && s.indexOf('`', i) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordChar(String s, int i) {
    if (i < 0 || i >= s.length()) return false;
    char c = s.charAt(i);
    return Character.isLetterOrDigit(c) || c == '_';
  }

  Ty resolve(Ty t) {
    return Infer.shallow(t);
  }

  String show(Ty t) {
    return TyPrinter.show(Zonk.apply(t));
  }

  // ---- type relations ----

  /** Unifies, reporting E0308 on failure. */
  boolean expect(Node at, Ty actual, Ty expected) {
    if (infer.unify(actual, expected)) return true;
    mismatch(at.span(), expected, actual);
    return false;
  }

  void mismatch(Span span, Ty expected, Ty actual) {
    error(Errors.coded("E0308", "mismatched types", span,
        "expected `" + show(expected) + "`, found `" + show(actual) + "`"));
  }

  /**
   * Coerces the value of {@code e} (of type actual) to expected at a coercion site: never to anything,
   * {@code &mut T} to {@code &T}, and deref coercions {@code &String -> &str}, {@code &Vec<T> -> &[T]},
   * {@code &[T; N] -> &[T]}, {@code &Box<T> -> &T}, {@code &&T -> &T}.
   */
  boolean coerce(Expr e, Ty actual, Ty expected) {
    Ty a = resolve(actual);
    Ty x = resolve(expected);
    if (a == Prim.NEVER) return true;
    // Unsizing comes before deref coercions, as in rustc: `&Box<dyn Tr>` to `&dyn Tr` is E0277.
    if (!(a instanceof Infer) && !(x instanceof Infer) && !infer.canUnify(a, x) && pointerCoercion(e, a, x)) return true;
    if (a instanceof Ty.Ref ra && x instanceof Ty.Ref rx) {
      Ty ai = resolve(ra.inner());
      Ty xi = resolve(rx.inner());
      if (ra.mutable() || !rx.mutable()) {
        if (!(xi instanceof Infer) && !infer.canUnify(ai, xi)) {
          Tables.Coercion c = derefCoercion(ai, xi);
          if (c != null) {
            if (e != null) tables.coercions[e.id()] = c;
            return true;
          }
          List<Tables.Coercion> chain = derefChain(ai, xi, 0);
          if (chain != null) {
            if (e != null) {
              tables.coercions[e.id()] = Tables.Coercion.DEREF_CHAIN;
              tables.derefChains.put(e.id(), chain);
            }
            return true;
          }
        }
        if (ra.mutable() && !rx.mutable()) {
          if (infer.unify(ai, xi)) {
            if (e != null) tables.coercions[e.id()] = Tables.Coercion.MUT_TO_SHARED;
            return true;
          }
        }
      }
    }
    if (boxArrayToSlice(a, x)) {
      if (e != null) tables.coercions[e.id()] = Tables.Coercion.BOX_ARRAY_TO_SLICE;
      return true;
    }
    if (infer.unify(a, x) || RawPtrCk.coerces(infer, a, x)) return true;
    mismatch(e == null ? Span.NONE : e.span(), expected, actual);
    return false;
  }

  /** {@code Box<[T; N]>} to {@code Box<[T]>} (an unsizing coercion), the element types unified. */
  private boolean boxArrayToSlice(Ty a, Ty x) {
    if (!(a instanceof Ty.Adt ab) || !(x instanceof Ty.Adt xb) || ab.def().builtin != rustle.types.AdtDef.Builtin.BOX
        || xb.def().builtin != rustle.types.AdtDef.Builtin.BOX) {
      return false;
    }
    return resolve(ab.args().get(0)) instanceof Ty.Array ar && resolve(xb.args().get(0)) instanceof Ty.Slice sl
        && infer.unify(ar.elem(), sl.elem());
  }

  /** Unsizing to a trait object, and fn items or non-capturing closures to fn pointers. */
  private boolean pointerCoercion(Expr e, Ty a, Ty x) {
    Ty from = null;
    Ty to = null;
    if (a instanceof Ty.Ref ra && x instanceof Ty.Ref rx && (ra.mutable() || !rx.mutable())) {
      from = resolve(ra.inner());
      to = resolve(rx.inner());
    } else if (Dyns.boxed(a) != null && Dyns.boxed(x) != null) {
      from = Dyns.boxed(a);
      to = Dyns.boxed(x);
    }
    if (from != null && Dyns.unsizes(this, from, to, e == null ? Span.NONE : e.span())) {
      Dyns.record(this, e, a, x);
      return true;
    }
    if (x instanceof Ty.FnPtr fp) {
      Tables.Coercion c = null;
      List<Ty> ps = null;
      Ty ret = null;
      if (a instanceof Ty.FnDef fd) {
        c = Tables.Coercion.REIFY_FN_POINTER;
        ps = rustle.types.Subst.all(fd.def().params, fd.args());
        ret = rustle.types.Subst.apply(fd.def().ret, fd.args());
      } else if (a instanceof Ty.Closure cl && cl.captures().isEmpty()) {
        c = Tables.Coercion.CLOSURE_FN_POINTER;
        ps = cl.params();
        ret = cl.ret();
      }
      if (c != null && ps.size() == fp.params().size() && infer.probe(new Ty.FnPtr(ps, ret), fp)) {
        if (e != null) tables.coercions[e.id()] = c;
        return true;
      }
    }
    return false;
  }

  /**
   * Deref coercion through several of std's pointers ({@code &Box<String>} to {@code &str}, {@code &&Vec<T>}
   * to {@code &[T]}, {@code &Rc<String>} to {@code &str}): rustc derefs as often as it takes. Tried only
   * after the single-step coercions failed; each step must leave a type that another step can take.
   */
  private List<Tables.Coercion> derefChain(Ty from, Ty to, int depth) {
    if (depth > 8) return null;
    Tables.Coercion step = null;
    Ty inner = null;
    if (from instanceof Ty.Adt ad && !ad.args().isEmpty()) {
      switch (ad.def().builtin) {
        case BOX -> step = Tables.Coercion.BOX_DEREF;
        case RC, REF, REF_MUT -> step = Tables.Coercion.SMART_DEREF;
        default -> { }
      }
      if (step != null) inner = resolve(ad.args().get(0));
    } else if (from instanceof Ty.Ref r) {
      step = Tables.Coercion.REF_DEREF;
      inner = resolve(r.inner());
    }
    if (step == null || inner instanceof Infer) return null;
    Tables.Coercion last = infer.canUnify(inner, to) ? null : derefCoercion(inner, to);
    List<Tables.Coercion> rest = last != null ? List.of(last) : derefChain(inner, to, depth + 1);
    if (rest == null) return null;
    List<Tables.Coercion> chain = new java.util.ArrayList<>();
    chain.add(step);
    chain.addAll(rest);
    return chain;
  }

  private Tables.Coercion derefCoercion(Ty from, Ty to) {
    if (from instanceof Ty.Adt ad) {
      switch (ad.def().builtin) {
        case STRING:
          if (to == Prim.STR) return Tables.Coercion.STRING_TO_STR;
          break;
        case VEC:
          if (to instanceof Ty.Slice s && infer.unify(s.elem(), ad.args().get(0))) {
            return Tables.Coercion.VEC_TO_SLICE;
          }
          break;
        case BOX:
          if (infer.unify(ad.args().get(0), to)) return Tables.Coercion.BOX_DEREF;
          break;
        case RC:
        case REF:
        case REF_MUT:
          if (infer.unify(ad.args().get(0), to)) return Tables.Coercion.SMART_DEREF;
          break;
        default:
          break;
      }
    }
    if (from instanceof Ty.Array ar && to instanceof Ty.Slice s && infer.unify(ar.elem(), s.elem())) {
      return Tables.Coercion.ARRAY_TO_SLICE;
    }
    Ty target = new OpTraits(this).derefTarget(from);
    if (target != null) {
      // &MyBox<String> as &String, and on to &str: the impl's deref, then the target's own coercion.
      if (infer.unify(target, to)) return Tables.Coercion.USER_DEREF;
      Tables.Coercion next = derefCoercion(resolve(target), to);
      if (next == Tables.Coercion.STRING_TO_STR) return Tables.Coercion.USER_DEREF_TO_STR;
      if (next == Tables.Coercion.VEC_TO_SLICE) return Tables.Coercion.USER_DEREF_TO_SLICE;
    }
    if (from instanceof Ty.Ref r && infer.unify(r.inner(), to)) return Tables.Coercion.REF_DEREF;
    return null;
  }

  /**
   * Branches of an if or match whose expected type is a trait object pointer or a fn pointer: each
   * branch's value is coerced to it (rustc's CoerceMany with an expectation), so that a `Box<Circle>`
   * and a `Box<Square>` both become `Box<dyn Shape>`. Returns null when expected is no such type.
   */
  Ty coerceBranch(Expr e, Ty t, Ty expected) {
    Ty x = expected == null ? null : resolve(expected);
    // Deref coercions too: `if c { &string } else { "lit" }` where a `&str` is expected.
    boolean target = x instanceof Ty.FnPtr || x instanceof Ty.Ref r && (resolve(r.inner()) instanceof Ty.Dyn
        || resolve(r.inner()) == Prim.STR || resolve(r.inner()) instanceof Ty.Slice)
        || Dyns.boxed(x) instanceof Ty.Dyn;
    if (!target || e == null) return null;
    if (e instanceof Expr.Block b && b.tail() != null && resolve(t) != Prim.NEVER) {
      coerceBranch(b.tail(), tables.types[b.tail().id()], x);
      record(b, x);
      return x;
    }
    coerce(e, t, x);
    return resolve(t) == Prim.NEVER ? t : x;
  }

  /** The common type of two branches (if/else, match arms): never yields to the other. */
  Ty join(Expr at, Ty a, Ty b) {
    Ty ra = resolve(a);
    Ty rb = resolve(b);
    if (ra == Prim.NEVER) return b;
    if (rb == Prim.NEVER) return a;
    if (infer.unify(a, b)) return a;
    if (coerce(at, b, a)) return a;
    return a;
  }

  void checkStmt(Stmt s) {
    exprs.stmt(s);
  }

  /** Whether values of this (resolved) type are copied rather than moved. */
  boolean isCopy(Ty t) {
    return CopyRules.isCopy(Zonk.apply(t));
  }
}
