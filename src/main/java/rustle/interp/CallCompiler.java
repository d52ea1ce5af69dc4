package rustle.interp;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.check.MethodRes;
import rustle.check.Res;
import rustle.interp.nodes.Aggregates;
import rustle.interp.nodes.Calls;
import rustle.interp.nodes.Loads;
import rustle.interp.nodes.Places;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.interp.rt.Rep;
import rustle.interp.std.MemIntrinsics;
import rustle.interp.std.NativeCalls;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Infer;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.Ty;

/** Compiles function calls, constructor calls, std intrinsics, and method calls with their receivers. */
final class CallCompiler {
  private final FnCompiler f;

  CallCompiler(FnCompiler f) {
    this.f = f;
  }

  Node call(Expr.Call c, Ty ty) {
    if (f.t.res[c.id()] == rustle.check.Tables.CLOSURE_CALL) return closureCall(c, ty);
    Expr.PathExpr p = (Expr.PathExpr) c.callee();
    Object r = f.t.res[p.id()];
    if (r instanceof Res.Variant v) return Aggregates.ctor(f, (Ty.Adt) f.sub(v.adt()), v.variant(), c.args());
    if (r instanceof Res.Intrinsic in) return MemIntrinsics.compile(f, in, c, ty);
    Res.Fn fn = (Res.Fn) r;
    List<Node> args = new ArrayList<>();
    for (Expr a : c.args()) args.add(f.exprs.value(a));
    return invoke(fn.def(), subst(fn.args()), args, ty, c.span());
  }

  /** Calling a closure value: its code gets the environment's address, then the arguments. */
  private Node closureCall(Expr.Call c, Ty ret) {
    Expr callee = c.callee();
    Place place;
    Ty t;
    if (callee instanceof Expr.PathExpr p && f.t.res[p.id()] instanceof Res.Local l) {
      place = f.places.place(p);
      t = Infer.shallow(f.sub(l.var().ty));
    } else {
      // A callee that is an expression (`(self.f)(x)`, `make()(x)`): its place, or a temporary.
      t = Infer.shallow(f.ty(callee));
      // `(*boxed)(x)`, `(*fs[0])(x)`: a `dyn Fn` is called through the pointer it was reached by.
      while (t instanceof Ty.Dyn && callee instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF) {
        callee = u.operand();
        t = Infer.shallow(f.ty(callee));
      }
      place = f.places.isPlace(callee) ? f.places.place(callee) : f.ownedTemp(f.exprs.value(callee), t);
    }
    Node viaMemory = DynCallCompiler.callValue(f, callee, place, t, c.args(), ret, c.span());
    if (viaMemory != null) return viaMemory;
    for (int i = 0; i < f.t.derefs[c.id()]; i++) {
      place = new Places.DerefAt(place);
      t = Infer.shallow(((Ty.Ref) t).inner());
    }
    // A generic F may stand for a reference to a closure (`apply(&f, x)`): call through it.
    while (t instanceof Ty.Ref r) {
      place = new Places.DerefAt(place);
      t = Infer.shallow(r.inner());
    }
    if (t instanceof Ty.FnDef fd) {
      // A fn item passed where `F: Fn(..)` is expected: its type names the function to call.
      List<Node> args = new ArrayList<>();
      for (Expr a : c.args()) args.add(f.exprs.value(a));
      return invoke(fd.def(), subst(fd.args()), args, ret, c.span());
    }
    if (!(t instanceof Ty.Closure cl)) {
      throw new IllegalStateException("calling a value of type " + t + " is not supported");
    }
    FnCode code = f.c.closureCode(cl, f.code.def, f.code.typeArgs);
    Node[] a = new Node[c.args().size() + 1];
    a[0] = Loads.addrOf(place);
    rustle.check.ClosureInfo info = f.t.closures.get(cl.exprId());
    if (info != null && info.isFnOnce()) a[0] = consumed(callee, a[0], c.span());
    for (int i = 0; i < c.args().size(); i++) a[i + 1] = f.exprs.value(c.args().get(i));
    Node call;
    switch (Rep.of(ret)) {
      case INT: call = new Calls.Int(code, a, Kind.of(ret), c.span()); break;
      case FLOAT: call = new Calls.Float(code, a, ret == Prim.F32, c.span()); break;
      default: call = new Calls.Mem(code, a, ret == Prim.NEVER ? 0 : f.size(ret), c.span()); break;
    }
    return f.c.observe(call, code, f.userCode ? c.span() : null);
  }

  /**
   * The call of an FnOnce closure consumes it: the closure local no longer owns its environment (the
   * body takes what it holds, see FnCompiler.takeCapture). Only a closure held in a local is supported.
   */
  private Node consumed(Expr callee, Node env, Span span) {
    if (!(callee instanceof Expr.PathExpr p && f.t.res[p.id()] instanceof Res.Local l) || f.isCaptured(l.var())
        || !(Infer.shallow(f.sub(l.var().ty)) instanceof Ty.Closure)) {
      throw new Unsupported("calling an `FnOnce` closure that is not held in a local variable", span);
    }
    int flag = f.flag(l.var());
    if (flag == 0) return env;
    return new rustle.interp.rt.IntNode(rustle.interp.rt.Kind.U64) {
      @Override
      public long evalLong(Machine m, int fp) {
        long a = env.evalLong(m, fp);
        m.mem.putByte(fp + flag, (byte) 0);
        return a;
      }
    };
  }

  private List<Ty> subst(List<Ty> args) {
    List<Ty> out = new ArrayList<>();
    for (Ty t : args) out.add(f.sub(t));
    return out;
  }

  Node invoke(FnSig.Def def0, List<Ty> typeArgs0, List<Node> args, Ty ret, Span span) {
    TraitResolve.Target target = TraitResolve.resolve(f.c, def0, typeArgs0);
    FnSig.Def def = target.def();
    if ("Default".equals(def.trait) && !def.item.hasBody()) {
      // std's Default impls and #[derive(Default)]: the value is written in place.
      Node d = rustle.interp.nodes.DefaultValue.of(f, target.args().get(0));
      if (d == null) throw new IllegalStateException("no Default for " + target.args().get(0));
      return f.exprs.wrap(d, ret);
    }
    if ("Clone".equals(def.trait) && "clone".equals(def.name) && def.item != null && !def.item.hasBody()) {
      // A generic T: Clone instantiated with a type whose Clone is std's or derived: its clone glue.
      Ty self = f.sub(target.args().get(0));
      rustle.interp.rt.IntNode src = ExprCompiler.asInt(args.get(0), new Ty.Ref(self, false));
      rustle.interp.drop.CloneGlue g = rustle.interp.drop.CloneGlue.of(f, self, span);
      f.nameSite(span, (self instanceof Ty.Adt adt ? adt.def().name : "Clone") + "::clone");
      return f.exprs.wrap(new rustle.interp.rt.MemNode(f.size(self)) {
        @Override
        public void evalInto(rustle.interp.rt.Machine m, int fp, int dst) {
          g.clone(m, (int) src.evalLong(m, fp), dst);
        }
      }, ret);
    }
    if (("Display".equals(def.trait) || "Debug".equals(def.trait)) && "fmt".equals(def.name) && def.item != null
        && !def.item.hasBody() && args.size() == 2) {
      // std's own Display or Debug (`fmt::Display::fmt(&self.0, f)`, a `dyn Display` of an i32): native,
      // with the options of the Formatter passed.
      Ty self = f.sub(target.args().get(0));
      boolean debug = "Debug".equals(def.trait);
      rustle.interp.print.ValueFmt vf = new rustle.interp.print.Fmts(f).of(self, debug);
      return f.exprs.wrap(new rustle.interp.print.StdFmtCall(ExprCompiler.asInt(args.get(0), new Ty.Ref(self, false)),
          ExprCompiler.asInt(args.get(1), new Ty.Ref(self, true)), vf, debug), ret);
    }
    FnCode special = def.item == null || def.fromPrelude && def.trait != null ? Callees.special(f, def, subst(typeArgs0)) : null;
    FnCode code = special != null ? special : f.c.code(def, target.args());
    Node[] a = args.toArray(new Node[0]);
    // Inside a #[track_caller] function its callees inherit its caller's span instead of being given one.
    boolean tracked = f.userCode && (def.fromPrelude || FnCompiler.tracksCaller(def)) && !f.trackCaller;
    if (f.c.fastPaths()) {
      // A hot std intrinsic done in place (see Compiler.fastPaths); an observed run wraps it as it
      // would wrap the framed call.
      Node direct = rustle.interp.std.DirectCalls.of(f, code, a, span, tracked ? span : null);
      if (direct != null) {
        // A direct node hands the allocator this span as the site of what it allocates.
        if (tracked) f.c.nameSite(span, code.def.path());
        return f.c.observe(direct, code, f.userCode ? span : null);
      }
    }
    Node call;
    switch (Rep.of(ret)) {
      case INT: call = new Calls.Int(code, a, Kind.of(ret), span); break;
      case FLOAT: call = new Calls.Float(code, a, ret == Prim.F32, span); break;
      default: call = new Calls.Mem(code, a, ret == Prim.NEVER ? 0 : f.size(ret), span); break;
    }
    if (tracked) {
      // The call sets the machine's caller span while its body runs (its panics' location, the heap
      // table's "allocated by"); an intrinsic also hands the allocator this span as its site.
      int id = f.c.nameSite(span, code.map != null ? code.map.function : code.def.path());
      Calls.track(call, new rustle.interp.rt.CallerSite(span, id == 0 ? 0 : rustle.interp.observe.HeapMarks.callMark(id)));
    }
    return f.c.observe(call, code, f.userCode ? span : null);
  }

  Node method(Expr.MethodCall m, Ty ty) {
    MethodRes r = (MethodRes) f.t.res[m.id()];
    Node recv = receiver(m.receiver(), r);
    if (r.def() == null) {
      f.nameSite(m.span(), nativeName(r));
      return NativeCalls.compile(f, m, r, recv, ty);
    }
    if (f.sub(r.receiverTy()) instanceof Ty.Dyn d) return DynCallCompiler.method(f, m, r, d, recv, ty);
    List<Node> args = new ArrayList<>();
    args.add(recv);
    for (Expr a : m.args()) args.add(f.exprs.value(a));
    // std's #[track_caller] methods report the method name's position (`x.unwrap()` at `unwrap`).
    return invoke(r.def(), subst(r.args()), args, ty, m.nameSpan());
  }

  /**
   * An operator on a user type, calling the impl method the checker chose: {@code Add::add(a, b)},
   * {@code AddAssign::add_assign(&mut a, b)}, {@code Neg::neg(a)}.
   */
  Node operator(Expr e, MethodRes r, Ty ty) {
    List<Node> args = new ArrayList<>();
    if (e instanceof Expr.Binary b && (b.op() == Expr.BinOp.EQ || b.op() == Expr.BinOp.NE)) {
      // The program's `impl PartialEq<R> for L` between two types: eq(&l, &r), negated for `!=`.
      args.add(Loads.addrOf(placeOf(b.left())));
      args.add(Loads.addrOf(placeOf(b.right())));
      Node eq = invoke(r.def(), subst(r.args()), args, Prim.BOOL, e.span());
      return b.op() == Expr.BinOp.EQ ? eq
          : new rustle.interp.nodes.Arith.Not(ExprCompiler.asInt(eq, Prim.BOOL), Kind.U8, true);
    }
    if (e instanceof Expr.Binary b) {
      args.add(f.exprs.value(b.left()));
      args.add(f.exprs.value(b.right()));
    } else if (e instanceof Expr.CompoundAssign a) {
      args.add(Loads.addrOf(f.places.place(a.target())));
      args.add(f.exprs.value(a.value()));
    } else {
      args.add(f.exprs.value(((Expr.Unary) e).operand()));
    }
    return invoke(r.def(), subst(r.args()), args, ty, e.span());
  }

  private Place placeOf(Expr e) {
    return f.places.isPlace(e) ? f.places.place(e) : f.ownedTemp(f.exprs.value(e), f.ty(e));
  }

  /** The receiver argument after the method's auto-derefs and auto-ref. */
  Node receiver(Expr recv, MethodRes r) {
    int k = r.derefs();
    List<Ty> steps = new ArrayList<>();
    for (Ty s : r.derefTypes()) steps.add(f.sub(s));
    if (r.autoref() == 0) {
      if (k == 0) return f.exprs.value(recv);
      Ty u = steps.get(k);
      if (k == 1 && isBox(steps.get(0)) && !f.places.isPlace(recv) && !rustle.check.CopyRules.isCopy(u)
          && f.c.drops.of(u) != null) {
        // `make_box().consume()`: the content moves out of the temporary box, whose block alone is freed.
        return new Loads.Copy(f.places.moveOutOfBoxTemp(recv, u), f.size(u), 0);
      }
      Walk w = walk(recv, steps, k, 0);
      int moved = boxContentMoved(recv, steps, k, u);
      if (moved != 0) return new Loads.MoveField(w.place, f.size(u), moved, Rep.of(u) == Rep.INT ? Kind.of(u) : null);
      switch (Rep.of(u)) {
        case INT: return Loads.load(w.place, Kind.of(u));
        case FLOAT: return Loads.loadFloat(w.place, u == Prim.F32);
        default: return new Loads.Copy(w.place, f.size(u), 0);
      }
    }
    // A `&mut self` method reaches through the program's smart pointers with DerefMut, as rustc does.
    Walk w = walk(recv, steps, k, r.autoref());
    Ty u = steps.get(k);
    if (!Layouts.isUnsized(u)) return Loads.addrOf(w.place);
    switch (w.form) {
      case FAT: return new Loads.Copy(w.place, 16, 0);
      case HEADER: return new Coercions.HeaderToFat(Loads.addrOf(w.place));
      default: return new Coercions.PtrToFat(Loads.addrOf(w.place), w.arrayLen);
    }
  }

  /**
   * `b.consume()` with a Box local b and a `self` method of its content moves the content out, as
   * `(*b).consume()` does: the flag that makes b's drop free the block without dropping the content
   * again; 0 for other receivers.
   */
  private int boxContentMoved(Expr recv, List<Ty> steps, int k, Ty u) {
    if (k != 1 || !isBox(steps.get(0))) return 0;
    Ty.Adt b = (Ty.Adt) Infer.shallow(steps.get(0));
    if (rustle.check.CopyRules.isCopy(u) || f.c.drops.of(u) == null) return 0;
    if (recv instanceof Expr.Field || recv instanceof Expr.TupleField) throw PlaceCompiler.boxInField(recv.span());
    if (!(recv instanceof Expr.PathExpr pe) || !(f.t.res[pe.id()] instanceof Res.Local l)) return 0;
    return f.places.movedFlag(l.var(), b, 0);
  }

  private static boolean isBox(Ty t) {
    return Infer.shallow(t) instanceof Ty.Adt b && b.def().builtin == AdtDef.Builtin.BOX;
  }

  enum Form { SIZED, FAT, HEADER, ARRAY }

  record Walk(Place place, Form form, long arrayLen) {}

  /**
   * autoref as the method's resolution says (1: `&self`, 2: `&mut self`): a constant receiver borrowed
   * shared is promoted to static memory (rustc does); one borrowed mutably reaches through the
   * program's smart pointers with DerefMut.
   */
  private Walk walk(Expr recv, List<Ty> steps, int k, int autoref) {
    boolean shared = autoref == 1;
    boolean mut = autoref == 2;
    // A receiver `v[a..b]` is an unsized place, held as a fat pointer to it.
    // So is `c[i]` whose Output (of the program's Index impl) is unsized.
    // So is `*s` of a String, Vec or Box<unsized> (PlaceCompiler.fatDeref).
    boolean unsizedPlace = recv instanceof Expr.Index ix
        && (ix.index() instanceof Expr.Range || Layouts.isUnsized(Infer.shallow(f.ty(recv))))
        || f.places.fatDeref(recv);
    Place p = f.places.isPlace(recv) || unsizedPlace ? f.places.place(recv)
        : shared && rustle.check.Promotion.promotable(recv, f.t) ? Promoted.of(f, recv)
        : f.ownedTemp(f.exprs.value(recv), steps.get(0));
    Form form = unsizedPlace ? Form.FAT : Form.SIZED;
    long len = 0;
    for (int i = 0; i < k; i++) {
      Ty cur = Infer.shallow(steps.get(i));
      Ty next = Infer.shallow(steps.get(i + 1));
      boolean derefable = cur instanceof Ty.Ref || rustle.types.SmartPtrs.derefTarget(cur) != null;
      if (!derefable && f.places.isUserDeref(cur) && Coercions.userTargetUnsized(f, cur)) {
        // A Deref to str or a slice: the place of the fat pointer its deref returns.
        p = f.ownedTemp(FmtImpls.derefFat(f, cur, Loads.addrOf(p), null), new Ty.Ref(next, false));
        form = Form.FAT;
      } else if (!derefable && f.places.isUserDeref(cur)) {
        rustle.interp.rt.IntNode viaMut = mut ? FmtImpls.derefMut(f, cur, Loads.addrOf(p), null) : null;
        p = new Places.Deref(viaMut != null ? viaMut : FmtImpls.deref(f, cur, Loads.addrOf(p), null));
      } else if (derefable) {
        if (Layouts.isUnsized(next)) {
          form = Form.FAT;
        } else {
          p = rustle.interp.std.GuardPlaces.derefField(p, rustle.types.SmartPtrs.derefOffset(f.layouts, cur));
        }
      } else if (cur instanceof Ty.Array a) {
        form = Form.ARRAY;
        len = a.len();
      } else {
        form = Form.HEADER;
      }
    }
    return new Walk(p, form, len);
  }

  /** Records where user code called into std, for std's panics to report (track_caller). */
  /** How the heap table names a natively typed method (String::clone, str::to_string, Iterator::collect). */
  private String nativeName(MethodRes r) {
    String n = r.nativeName();
    if (!n.equals("clone") && !n.equals("to_string") && !n.equals("to_owned")) return "Iterator::" + n;
    Ty x = Infer.shallow(f.sub(r.receiverTy()));
    String owner = x instanceof Ty.Adt a ? a.def().name : x == Prim.STR ? "str" : x.toString();
    return owner + "::" + n;
  }
}
