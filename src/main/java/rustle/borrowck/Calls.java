package rustle.borrowck;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.check.FormatInfo;
import rustle.check.MethodRes;
import rustle.check.Res;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Prim;
import rustle.types.Ty;

/** Lowers calls: functions, methods (receiver autoref and autoderef, two-phase borrows), std intrinsics and macros. */
final class Calls {
  private final Lower lo;
  private final Builder b;

  Calls(Lower lo) {
    this.lo = lo;
    this.b = lo.b;
  }

  Operand call(Expr.Call c, Builder.Life life) {
    Object r = c.callee() instanceof Expr.PathExpr p ? lo.tables.res[p.id()] : null;
    Ty t = lo.type(c);
    if (r instanceof Res.Variant) {
      List<Operand> ops = new ArrayList<>();
      for (Expr a : c.args()) ops.add(lo.operand(a, Operand.Why.PLAIN, life));
      return lo.temp(new Rvalue.Aggregate(ops), t, c.span(), life);
    }
    if (r instanceof Res.Intrinsic in) return intrinsic(c, in, life);
    FnSig.Def def = r instanceof Res.Fn f ? f.def() : null;
    List<Operand> args = new ArrayList<>();
    // A callee that is a value (a local, `fs[0]`, `(self.f)`, `make()`) is used by the call: what its
    // captures borrow must still be alive.
    boolean value = r instanceof Res.Local || !(c.callee() instanceof Expr.PathExpr);
    if (value) {
      args.add(Lower.isPlaceExpr(c.callee()) ? callee(c.callee(), c.span()) : lo.operand(c.callee()));
    }
    for (int i = 0; i < c.args().size(); i++) args.add(arg(c.args().get(i), def, i));
    if (value) {
      // The callee is no parameter: what its captures borrow may reach the result, not the borrow of it.
      byte[] into = new byte[args.size()];
      java.util.Arrays.fill(into, CallFlow.ALL);
      into[0] = CallFlow.INNER;
      return finish(args, new CallFlow(into, new int[args.size()][]), c.callee().span(), t, c.span(), life);
    }
    CallFlow flow = def != null ? lo.sigs.flow(def) : null;
    return finish(args, flow, c.callee().span(), t, c.span(), life);
  }

  /**
   * Calling a local: a closure is called through `&self` (Fn) or `&mut self` (FnMut, when it
   * mutates a capture), so its loans are used here; any other callee (a fn pointer) is read.
   */
  /** The span of type parameter gp's `FnOnce(..)` bound in the function's generics, or null. */
  private Span onceBound(Ty.Param gp) {
    FnSig.Def def = b.body.def;
    if (def == null || gp.index() >= def.generics.size()) return null;
    boolean once = false;
    for (FnSig.TraitRef r : def.generics.get(gp.index()).bounds()) once |= r.fnParams() != null && r.trait().equals("FnOnce");
    if (!once) return null;
    if (def.item != null) {
      for (rustle.ast.Item.GenericParam g : def.item.generics()) {
        if (!g.name().equals(gp.name())) continue;
        for (rustle.ast.TypeExpr.Bound bd : g.bounds()) if (bd.fnParams() != null) return bd.span();
      }
    }
    return Span.NONE;
  }

  private static boolean isByRef(Ty t) {
    return Builder.zonk(t) instanceof Ty.Adt a && a.def().fromPrelude && a.def().name.equals("ByRef");
  }

  private static boolean isBoxedFnOnce(Ty t) {
    return t instanceof Ty.Adt a && a.def().builtin == rustle.types.AdtDef.Builtin.BOX
        && rustle.types.Infer.shallow(a.args().get(0)) instanceof Ty.Dyn d && d.trait().equals("FnOnce");
  }

  private Operand callee(Expr callee, Span call) {
    Place p = lo.place(callee, Lower.Mode.READ, Builder.Life.STATEMENT);
    if (p == null) return Operand.CONST;
    Ty t = Places.typeOf(b.body, p);
    rustle.check.ClosureInfo ci = t instanceof Ty.Closure cl ? lo.tables.closures.get(cl.exprId()) : null;
    if (ci != null && ci.isFnOnce() && p.isLocal()) {
      // Calling an FnOnce closure moves it: a second call is E0382.
      Span moveAt = lo.tables.closureMoveSpans.get(ci.expr().id());
      return new Operand.Move(p, callee.span(), t, new Operand.Why(Operand.Why.Kind.ONCE_CALL, null, -1,
          ci.movedOut().iterator().next().name, call, moveAt));
    }
    if (p.isLocal() && t instanceof Ty.Param gp && onceBound(gp) != null) {
      // A generic `F: FnOnce(..)` is moved by its call as well.
      return new Operand.Move(p, callee.span(), t, new Operand.Why(Operand.Why.Kind.ONCE_CALL, null, -1, null, call,
          onceBound(gp)));
    }
    if (p.isLocal() && isBoxedFnOnce(t)) {
      return new Operand.Move(p, callee.span(), t, new Operand.Why(Operand.Why.Kind.ONCE_CALL, null, -1, null, call, null));
    }
    if (ci != null) {
      boolean mut = Captures.isFnMut(lo.tables, ci);
      Ty rt = new Ty.Ref(t, mut);
      return new Operand.Move(Place.local(lo.ref(p, mut, callee.span(), Rvalue.RefKind.AUTOREF, rt)), callee.span(),
          rt, Operand.Why.PLAIN);
    }
    return new Operand.Copy(p, callee.span());
  }

  private Operand finish(List<Operand> args, CallFlow flow, Span callee, Ty t, Span span, Builder.Life life) {
    if (flow == null || flow.intoResult().length != args.size()) flow = CallFlow.all(args.size());
    Operand res = lo.temp(new Rvalue.Call(args, flow, callee), t, span, life);
    if (t == Prim.NEVER) b.diverge();
    return res;
  }

  /** An argument for parameter i (counting self): a {@code &mut} place passed to a reference parameter is reborrowed. */
  private Operand arg(Expr a, FnSig.Def def, int i) {
    Ty t = lo.type(a);
    if (t instanceof Ty.Ref r && r.mutable() && Lower.isPlaceExpr(a) && Signatures.paramIsRef(def, i)) {
      Place p = lo.place(a, Lower.Mode.READ, Builder.Life.STATEMENT);
      if (p != null) return lo.reborrow(p, true, a.span());
    }
    Operand.Why why = def != null && !def.fromPrelude
        ? new Operand.Why(Operand.Why.Kind.FN_ARG, def, i, null, null) : Operand.Why.PLAIN;
    return local(lo.operand(a, why, Builder.Life.STATEMENT), a.span());
  }

  /**
   * A call argument in a temporary of its own, as MIR building does (as_local_call_operand): the
   * value is captured when the argument is evaluated, before a two-phase borrow is activated.
   */
  private Operand local(Operand o, Span span) {
    Place p = Operand.placeOf(o);
    if (p == null || p.isLocal() && b.body.local(p.local()).isTemp()) return o;
    Ty t = o instanceof Operand.Move m ? m.ty() : Places.typeOf(b.body, p);
    return lo.temp(new Rvalue.Use(o), t, span, Builder.Life.STATEMENT);
  }

  private Operand intrinsic(Expr.Call c, Res.Intrinsic in, Builder.Life life) {
    Ty t = lo.type(c);
    List<Operand> args = new ArrayList<>();
    for (Expr a : c.args()) {
      Ty at = lo.type(a);
      if (at instanceof Ty.Ref r && r.mutable() && Lower.isPlaceExpr(a)) {
        Place p = lo.place(a, Lower.Mode.READ, Builder.Life.STATEMENT);
        args.add(p == null ? Operand.CONST : lo.reborrow(p, true, a.span()));
      } else {
        args.add(local(lo.operand(a), a.span()));
      }
    }
    int n = args.size();
    CallFlow flow;
    switch (in.name()) {
      case "mem::replace":
        flow = new CallFlow(new byte[] {CallFlow.INNER, CallFlow.NONE}, new int[][] {{1}, null});
        break;
      case "mem::swap":
        // Only the referents' contents trade places; the two reborrows themselves flow nowhere.
        flow = new CallFlow(new byte[] {CallFlow.NONE, CallFlow.NONE}, new int[][] {{~1}, {~0}});
        break;
      case "mem::take":
        flow = CallFlow.inner(1);
        break;
      default:
        flow = CallFlow.none(n);
        break;
    }
    if (flow.intoResult().length != n) flow = CallFlow.all(n);
    return finish(args, flow, c.callee().span(), t, c.span(), life);
  }

  Operand methodCall(Expr.MethodCall m, Builder.Life life) {
    Ty t = lo.type(m);
    if (!(lo.tables.res[m.id()] instanceof MethodRes r)) {
      List<Operand> ops = new ArrayList<>();
      ops.add(lo.operand(m.receiver()));
      for (Expr a : m.args()) ops.add(lo.operand(a));
      return finish(ops, null, m.nameSpan(), t, m.span(), life);
    }
    FnSig.Def def = r.def();
    int k = r.derefs();
    int autoref = r.autoref();
    Ty u = k < r.derefTypes().size() ? Builder.zonk(r.derefTypes().get(k)) : lo.type(m.receiver());
    boolean reborrowMut = autoref == 0 && u instanceof Ty.Ref ur && ur.mutable()
        && (def == null || Signatures.paramIsRef(def, 0));
    Span rs = m.receiver().span();
    Place recv = lo.place(m.receiver(), autoref == 2 || reborrowMut ? Lower.Mode.MUTATE : Lower.Mode.READ,
        Builder.Life.STATEMENT);
    List<Operand> args = new ArrayList<>();
    args.add(Operand.CONST);
    if (recv == null) {
      for (Expr a : m.args()) args.add(lo.operand(a));
      return finish(args, null, m.nameSpan(), t, m.span(), life);
    }
    recv = lo.derefs(recv, lo.type(m.receiver()), k);
    boolean twoPhase = autoref == 2 || reborrowMut;
    if (autoref == 1) {
      Ty rt = new Ty.Ref(u, false);
      args.set(0, new Operand.Move(Place.local(lo.ref(recv, false, rs, Rvalue.RefKind.AUTOREF, rt)), rs, rt,
          Operand.Why.PLAIN));
    } else if (!twoPhase) {
      args.set(0, local(byValue(recv, u, k, def, m), rs));
    }
    for (int i = 0; i < m.args().size(); i++) args.add(arg(m.args().get(i), def, i + 1));
    if (twoPhase) {
      // Two-phase borrow: `v.push(v.len())` evaluates the arguments before `&mut v` is activated.
      Place target = reborrowMut ? recv.deref(Place.DerefKind.MUT_REF) : recv;
      Ty rt = reborrowMut ? u : new Ty.Ref(u, true);
      int tmp = lo.ref(target, true, rs, Rvalue.RefKind.TWO_PHASE, rt, m.span());
      args.set(0, new Operand.Move(Place.local(tmp), rs, rt, Operand.Why.PLAIN));
    }
    CallFlow flow = def != null ? lo.sigs.flow(def) : nativeFlow(r.nativeName(), args.size());
    if (def == null && isByRef(r.receiverTy()) && !(t instanceof Ty.Adt ta && ta.def().fromPrelude
        && ta.args().stream().anyMatch(Calls::isByRef))) {
      // A consumer of `&mut it` (`(&mut it).max()`): what it returns comes from the iterator, not the borrow.
      flow = CallFlow.inner(args.size());
    }
    return finish(args, flow, m.span(), t, m.span(), life);
  }

  /** Natively typed methods: clones and next() return what the receiver holds, not a borrow of it. */
  private static CallFlow nativeFlow(String name, int n) {
    if (name == null) return null;
    switch (name) {
      case "clone":
      case "to_string":
      case "to_owned":
      case "next":
      case "nth":
      case "find_map":
        return CallFlow.inner(n);
      case "find":
      case "position":
      case "any":
      case "all": {
        // The item (or a bool, an index) comes from the iterator; the predicate's captures go nowhere.
        CallFlow f = CallFlow.none(n);
        if (n > 0) f.intoResult()[0] = CallFlow.INNER;
        return f;
      }
      default:
        return CallFlow.all(n);
    }
  }

  /** A receiver passed by value: copied, or moved out of its place. */
  private Operand byValue(Place recv, Ty u, int k, FnSig.Def def, Expr.MethodCall m) {
    if (lo.isCopy(u)) return new Operand.Copy(recv, m.receiver().span());
    // std takes some receivers by value through impls on references (IntoIterator for &Vec,
    // Iterator for &mut I) that rustle's prelude does not spell out: read those, do not move.
    if (k > 0 && recv.throughRef() && !movesThroughRef(def)) return new Operand.Copy(recv, m.receiver().span());
    return new Operand.Move(recv, m.receiver().span(), u,
        new Operand.Why(Operand.Why.Kind.METHOD_SELF, def, 0, m.name(), Builder.join(m.nameSpan(), m.span())));
  }

  private static boolean movesThroughRef(FnSig.Def def) {
    if (def == null) return false;
    if (!def.fromPrelude) return true;
    return def.selfTy instanceof Ty.Adt a
        && (a.def().builtin == AdtDef.Builtin.OPTION || a.def().builtin == AdtDef.Builtin.RESULT);
  }

  // ---- macros ----

  Operand macro(Expr.MacroCall m, Builder.Life life) {
    Ty t = lo.type(m);
    switch (m.name()) {
      case "println":
      case "print":
      case "eprintln":
      case "eprint":
      case "format":
        return format(m, t, life);
      case "write":
      case "writeln":
        return format(m, t, life);
      case "panic":
      case "unreachable":
      case "todo":
      case "unimplemented":
        format(m, Ty.UNIT, life);
        b.diverge();
        return Operand.CONST;
      case "assert":
      case "assert_eq":
      case "assert_ne":
        return assertion(m);
      case "dbg":
        // dbg!(e) moves e through and borrows it for printing: a move into the macro's value.
        if (m.args().size() != 1) return Operand.CONST;
        return lo.temp(new Rvalue.Aggregate(List.of(lo.operand(m.args().get(0).value(), Operand.Why.PLAIN, life))),
            t, m.args().get(0).value().span(), life);
      case "vec": {
        List<Operand> ops = new ArrayList<>();
        for (Expr.MacroArg a : m.args()) ops.add(lo.operand(a.value(), Operand.Why.PLAIN, life));
        return lo.temp(new Rvalue.Aggregate(ops), t, m.span(), life);
      }
      default: {
        List<Operand> ops = new ArrayList<>();
        for (Expr.MacroArg a : m.args()) ops.add(lo.inspect(a.value()));
        return finish(ops, null, m.span(), t, m.span(), life);
      }
    }
  }

  /** format_args!: every argument is borrowed, never moved. */
  private Operand format(Expr.MacroCall m, Ty t, Builder.Life life) {
    List<Operand> refs = new ArrayList<>();
    if ((m.name().equals("write") || m.name().equals("writeln")) && !m.args().isEmpty()) refs.add(writeDst(m.args().get(0).value()));
    if (lo.tables.res[m.id()] instanceof FormatInfo fi) {
      Span lit = m.args().isEmpty() ? m.span() : m.args().get(0).value().span();
      for (FormatInfo.FmtArg a : fi.args()) {
        if (a.expr() != null) {
          refs.add(borrowArg(a.expr()));
        } else if (a.capture() instanceof Res.Local l && lo.localOf(l.var()) >= 0) {
          Place p = Place.local(lo.localOf(l.var()));
          Ty rt = new Ty.Ref(Places.typeOf(b.body, p), false);
          Span at = captureSpan(m, l.var().name, lit);
          refs.add(new Operand.Move(Place.local(lo.ref(p, false, at, Rvalue.RefKind.FORMAT, rt)), at, rt,
              Operand.Why.PLAIN));
        }
      }
    } else {
      for (int i = 1; i < m.args().size(); i++) refs.add(lo.inspect(m.args().get(i).value()));
    }
    return finish(refs, CallFlow.none(refs.size()), m.span(), t, m.span(), life);
  }

  /**
   * The span of an inline argument's name in the format string ({@code {first}}), where rustc points;
   * the whole literal when its text cannot be mapped back to columns (escapes, several lines).
   */
  private static Span captureSpan(Expr.MacroCall m, String name, Span lit) {
    if (m.args().isEmpty() || !(m.args().get(0).value() instanceof Expr.StrLit s)) return lit;
    String v = s.value();
    if (lit.line() != lit.endLine() || lit.end() - lit.start() != v.length() + 2) return lit;
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) != '{') continue;
      if (i + 1 < v.length() && v.charAt(i + 1) == '{') {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < v.length() && v.charAt(j) != '}' && v.charAt(j) != ':') j++;
      if (v.substring(i + 1, j).equals(name)) {
        int col = lit.col() + 2 + i;
        return new Span(lit.start() + 2 + i, lit.start() + 2 + i + name.length(), lit.line(), col, lit.line(),
            col + name.length());
      }
    }
    return lit;
  }

  /** write!'s destination: a {@code &mut Formatter} is reborrowed, a String borrowed mutably. */
  private Operand writeDst(Expr e) {
    Ty t = lo.type(e);
    if (rustle.types.Infer.shallow(t) instanceof Ty.Ref) return lo.inspect(e);
    Place p = lo.place(e, Lower.Mode.MUTATE, Builder.Life.STATEMENT);
    if (p == null) return Operand.CONST;
    Ty rt = new Ty.Ref(t, true);
    return new Operand.Move(Place.local(lo.ref(p, true, e.span(), Rvalue.RefKind.AUTOREF, rt)), e.span(), rt,
        Operand.Why.PLAIN);
  }

  private Operand borrowArg(Expr e) {
    Place p = lo.place(e, Lower.Mode.READ, Builder.Life.STATEMENT);
    if (p == null) return Operand.CONST;
    Ty rt = new Ty.Ref(lo.type(e), false);
    return new Operand.Move(Place.local(lo.ref(p, false, e.span(), Rvalue.RefKind.FORMAT, rt)), e.span(), rt,
        Operand.Why.PLAIN);
  }

  private Operand assertion(Expr.MacroCall m) {
    List<Expr.MacroArg> args = m.args();
    if (args.isEmpty()) return Operand.CONST;
    int fmtFrom;
    if (m.name().equals("assert")) {
      lo.operand(args.get(0).value());
      fmtFrom = 1;
    } else {
      if (args.size() < 2) return Operand.CONST;
      List<Operand> pair = List.of(borrowArg(args.get(0).value()), borrowArg(args.get(1).value()));
      lo.temp(new Rvalue.Call(pair, CallFlow.none(2), m.span()), Prim.BOOL, m.span(),
          Builder.Life.STATEMENT);
      fmtFrom = 2;
    }
    int fail = b.newBlock();
    int ok = b.newBlock();
    b.goTo(ok);
    b.goTo(fail);
    b.enter(fail);
    for (int i = fmtFrom + 1; i < args.size(); i++) borrowArg(args.get(i).value());
    b.diverge();
    b.enter(ok);
    return Operand.CONST;
  }
}
