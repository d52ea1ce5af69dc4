package rustle.interp;

import java.util.List;
import rustle.ast.Expr;
import rustle.check.LocalVar;
import rustle.check.Res;
import rustle.check.Tables;
import rustle.interp.drop.DropSlot;
import rustle.interp.drop.ScopedDrops;
import rustle.interp.nodes.Aggregates;
import rustle.interp.nodes.Arith;
import rustle.interp.nodes.Block;
import rustle.interp.nodes.Control;
import rustle.interp.nodes.DiscardScalar;
import rustle.interp.nodes.FloatArith;
import rustle.interp.nodes.Loads;
import rustle.interp.nodes.Loops;
import rustle.interp.nodes.Operators;
import rustle.interp.nodes.Places;
import rustle.interp.nodes.Stmts;
import rustle.interp.nodes.Transfers;
import rustle.interp.nodes.TryNode;
import rustle.interp.rt.FloatNode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.interp.rt.Rep;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/** Compiles expressions to nodes whose representation matches the expression's type. */
public final class ExprCompiler {
  private final FnCompiler f;

  ExprCompiler(FnCompiler f) {
    this.f = f;
  }

  public IntNode intVal(Expr e) {
    return asInt(value(e), f.ty(e));
  }

  public FloatNode floatVal(Expr e) {
    Node n = value(e);
    return n instanceof FloatNode fn ? fn : new Control.AsFloat(n, f.ty(e) == Prim.F32);
  }

  public MemNode memVal(Expr e) {
    Node n = value(e);
    return n instanceof MemNode mn ? mn : new Control.AsMem(n, f.size(f.ty(e)));
  }

  public static IntNode asInt(Node n, Ty ty) {
    if (n instanceof IntNode in) return in;
    Kind k = Kind.of(ty);
    return new Control.AsInt(n, k == null ? Kind.U8 : k);
  }

  /** An expression evaluated for its effects (statement position); results are dropped. */
  Node effect(Expr e) {
    Ty ty = f.ty(e);
    Node n = value(e);
    if (Rep.of(ty) == Rep.MEM && f.size(ty) > 0 && !isControl(e)) {
      return new Stmts.Discard(n, f.temp(ty), f.c.drops.of(ty));
    }
    if (Rep.of(ty) == Rep.INT && !isControl(e) && f.c.drops.of(ty) != null) {
      return new DiscardScalar(n, Kind.of(ty), f.temp(ty), f.c.drops.of(ty));
    }
    return n;
  }

  private static boolean isControl(Expr e) {
    return e instanceof Expr.Return || e instanceof Expr.Break || e instanceof Expr.Continue;
  }

  /** The value of e, with the coercion recorded for it applied. */
  public Node value(Expr e) {
    Tables.Coercion co = f.t.coercions[e.id()];
    Node n = wrap(raw(e), f.ty(e));
    if (co == null) return n;
    return Coercions.apply(f, co, n, f.ty(e), e);
  }

  private Node raw(Expr e) {
    Ty ty = f.ty(e);
    if (e instanceof Expr.IntLit l) {
      Kind k = Kind.of(ty);
      if (k != null && k.isFloat()) return new Loads.ConstFloat(l.value().doubleValue(), k == Kind.F32);
      return new Loads.ConstInt(k.wrap(l.value().longValue()), k);
    }
    if (e instanceof Expr.FloatLit l) {
      boolean f32 = ty == Prim.F32;
      return new Loads.ConstFloat(f32 ? (float) l.value() : l.value(), f32);
    }
    if (e instanceof Expr.BoolLit b) return new Loads.ConstInt(b.value() ? 1 : 0, Kind.U8);
    if (e instanceof Expr.CharLit c) return new Loads.ConstInt(c.value(), Kind.U32);
    if (e instanceof Expr.ByteLit b) return new Loads.ConstInt(b.value(), Kind.U8);
    if (e instanceof Expr.StrLit s) {
      byte[] utf8 = s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      return new Loads.StrLit(f.c.mem.internStatic(utf8), utf8.length);
    }
    if (e instanceof Expr.PathExpr p) return path(p, ty);
    if (f.t.res[e.id()] instanceof rustle.check.ParamOp op) {
      Node call = ParamOpCompiler.compile(f, e, op, ty);
      if (call != null) return call;
    }
    if (f.t.res[e.id()] instanceof rustle.check.MethodRes r
        && (e instanceof Expr.Binary || e instanceof Expr.Unary || e instanceof Expr.CompoundAssign)) {
      return new CallCompiler(f).operator(e, r, ty);
    }
    if (e instanceof Expr.Unary u) return unary(u, ty);
    if (e instanceof Expr.Borrow b) return f.places.borrow(b, ty);
    if (e instanceof Expr.Binary b) return Operators.binary(f, b, ty);
    if (e instanceof Expr.Assign a) return Operators.assign(f, a);
    if (e instanceof Expr.CompoundAssign a) return Operators.compoundAssign(f, a);
    if (e instanceof Expr.Cast c) return Operators.cast(f, c, ty);
    if (e instanceof Expr.Call c) return new CallCompiler(f).call(c, ty);
    if (e instanceof Expr.MethodCall m) return new CallCompiler(f).method(m, ty);
    if (e instanceof Expr.Field || e instanceof Expr.TupleField || e instanceof Expr.Index) {
      return f.places.load(e, ty);
    }
    if (e instanceof Expr.Tuple t) return Aggregates.tuple(f, t, ty);
    if (e instanceof Expr.Array a) return Aggregates.array(f, a, ty);
    if (e instanceof Expr.ArrayRepeat a) return Aggregates.repeat(f, a, ty);
    if (e instanceof Expr.StructLit s) return Aggregates.structLit(f, s, ty);
    if (e instanceof Expr.Block b) return f.block(b);
    if (e instanceof Expr.If i) return ifExpr(i, ty);
    if (e instanceof Expr.Loop l) return loop(l, ty);
    if (e instanceof Expr.While w) return whileLoop(w);
    if (e instanceof Expr.For fo) return new ForCompiler(f).forLoop(fo);
    if (e instanceof Expr.Break b) return breakExpr(b);
    if (e instanceof Expr.Continue c) return new Transfers.Continue((Integer) f.t.res[c.id()]);
    if (e instanceof Expr.Return r) return returnExpr(r);
    if (e instanceof Expr.Match m) return f.pats.match(m, ty);
    if (e instanceof Expr.Range r) return Aggregates.range(f, r, ty);
    if (e instanceof Expr.MacroCall m) return new MacroCompiler(f).macro(m, ty);
    if (e instanceof Expr.Try t) return tryExpr(t, ty);
    if (e instanceof Expr.Closure c) return closure(c, (Ty.Closure) ty);
    throw new IllegalStateException("cannot compile " + e.getClass().getSimpleName());
  }

  private Node path(Expr.PathExpr p, Ty ty) {
    Object r = f.t.res[p.id()];
    if (r instanceof Res.Local l) {
      if (f.isCaptured(l.var()) && f.c.drops.of(ty) != null && !rustle.check.CopyRules.isCopy(ty)) {
        // Moving a captured value out makes the closure FnOnce: its call must consume the closure, so that
        // what it moved out is not dropped again with it. Until calls do, it would drop twice.
        throw new Unsupported("moving a captured value out of a closure (an `FnOnce` closure)", p.span());
      }
      return local(l.var(), ty);
    }
    if (StaticMuts.is(r)) return f.places.load(p, ty);
    if (r instanceof Res.Const c) {
      f.c.program.checkConst(c.def());
      return value(c.def().item.value());
    }
    if (r instanceof Res.Variant v && !(Infer.shallow(ty) instanceof Ty.FnDef)) {
      return Aggregates.unitVariant(f, (Ty.Adt) f.sub(v.adt()), v.variant());
    }
    if (r instanceof Res.Fn fn && !(Infer.shallow(ty) instanceof Ty.FnDef) && fn.def().name.startsWith("__const_")) {
      // An associated const of a trait: its function's call (syntax.ItemBuilder.constFns).
      java.util.List<Ty> args = new java.util.ArrayList<>();
      for (Ty a : fn.args()) args.add(f.sub(a));
      return new CallCompiler(f).invoke(fn.def(), args, java.util.List.of(), ty, p.span());
    }
    // A fn item used as a value is zero-sized (its type names the function): nothing to evaluate.
    if ((r instanceof Res.Fn || r instanceof Res.Variant) && Infer.shallow(ty) instanceof Ty.FnDef) return new Loads.Unit(null);
    throw new IllegalStateException("path " + p.path().text() + " resolved to " + r);
  }

  /** Reading a local by value: a copy, or a move (which clears its drop flag). */
  Node local(LocalVar v, Ty ty) {
    if (f.isCaptured(v)) {
      Place p = f.localPlace(v);
      switch (Rep.of(ty)) {
        case INT: return Loads.load(p, Kind.of(ty));
        case FLOAT: return Loads.loadFloat(p, ty == Prim.F32);
        default: return new Loads.Copy(p, f.size(ty), 0);
      }
    }
    int off = f.slot(v);
    int flag = f.flag(v);
    Rep rep = Rep.of(ty);
    if (rep == Rep.INT) {
      if (flag != 0) return new Loads.MoveInt(new Places.Local(off), Kind.of(ty), flag);
      return Loads.local(off, Kind.of(ty));
    }
    if (rep == Rep.FLOAT) return Loads.loadFloat(new Places.Local(off), ty == Prim.F32);
    return new Loads.Copy(new Places.Local(off), f.size(ty), flag);
  }

  private Node unary(Expr.Unary u, Ty ty) {
    switch (u.op()) {
      case NEG:
        if (u.operand() instanceof Expr.IntLit l && Kind.of(ty) != null && !Kind.of(ty).isFloat()) {
          return new Loads.ConstInt(Kind.of(ty).wrap(-l.value().longValue()), Kind.of(ty));
        }
        if (Rep.of(ty) == Rep.FLOAT) return new FloatArith.Neg(floatVal(u.operand()), ty == Prim.F32);
        return new Arith.Neg(Operators.operand(f, u.operand()), Kind.of(ty), u.span());
      case NOT:
        return new Arith.Not(Operators.operand(f, u.operand()), Kind.of(ty), ty == Prim.BOOL);
      default:
        return f.places.load(u, ty);
    }
  }

  private Node ifExpr(Expr.If i, Ty ty) {
    IntNode cond = i.cond() instanceof Expr.Let ? f.pats.condition(i.cond())
        : f.condition(() -> f.pats.condition(i.cond()));
    Node then = f.block(i.then());
    Node orElse = i.orElse() == null ? null : value(i.orElse());
    Node n = Control.ifNode(cond, then, orElse);
    if (i.cond() instanceof Expr.Let) n = f.pats.scoped(n, i.cond());
    return wrap(n, ty);
  }

  Node wrap(Node n, Ty ty) {
    if (n instanceof MemNode mn && Rep.of(ty) != Rep.MEM && mn.size > 0) {
      return new Control.MemAsScalar(mn, f.temp(ty), Kind.of(ty));
    }
    switch (Rep.of(ty)) {
      case INT: return n instanceof IntNode ? n : new Control.AsInt(n, Kind.of(ty));
      case FLOAT: return n instanceof FloatNode ? n : new Control.AsFloat(n, ty == Prim.F32);
      default: return n instanceof MemNode ? n : new Control.AsMem(n, ty == Prim.NEVER ? 0 : f.size(ty));
    }
  }

  private Node loop(Expr.Loop l, Ty ty) {
    int dst = 0;
    if (Rep.of(ty) == Rep.MEM && ty != Prim.NEVER && f.size(ty) > 0) dst = f.frame.alloc(4, 4);
    f.loopDst.put(l.id(), dst);
    Node body = f.block(l.body());
    return wrap(new Loops.Loop(body, l.id(), dst), ty);
  }

  private Node whileLoop(Expr.While w) {
    Node body = f.block(w.body());
    IntNode cond = w.cond() instanceof Expr.Let ? f.pats.condition(w.cond())
        : f.condition(() -> f.pats.condition(w.cond()));
    if (w.cond() instanceof Expr.Let l) {
      java.util.List<DropSlot> drops = new java.util.ArrayList<>();
      f.collectDrops(l.pattern(), drops);
      if (!drops.isEmpty()) body = new ScopedDrops(body, drops.toArray(new DropSlot[0]));
    }
    Node loop = Loops.whileNode(cond, body, w.id());
    if (Jumps.contains(w.cond())) loop = condJumps(loop, w.id());
    return wrap(loop, Ty.UNIT);
  }

  /**
   * A while loop whose condition may jump (`'l: while break 'l {}`): a jump leaving the condition is a
   * signal, settled here when it targets this loop (a continue evaluates the condition again).
   */
  private static Node condJumps(Node loop, int id) {
    return new Node() {
      @Override
      public int exec(rustle.interp.rt.Machine m, int fp) {
        while (true) {
          try {
            return loop.exec(m, fp);
          } catch (rustle.interp.rt.JumpSignal j) {
            int st = rustle.interp.nodes.Control.settle(m, m.pendingStatus, id);
            if (st >= 0) return st;
          }
        }
      }
    };
  }

  private Node breakExpr(Expr.Break b) {
    int target = (Integer) f.t.res[b.id()];
    if (b.value() == null) return new Transfers.Break(target, null, 0, 0);
    Ty vt = f.ty(b.value());
    Rep rep = Rep.of(vt);
    int repCode = rep == Rep.INT ? 1 : rep == Rep.FLOAT ? 2 : f.size(vt) > 0 ? 3 : 0;
    Integer dst = f.loopDst.get(target);
    return new Transfers.Break(target, value(b.value()), repCode, dst == null ? 0 : dst);
  }

  /** A closure value: its captures (addresses, or moved values) written as the fields of its environment. */
  private Node closure(Expr.Closure c, Ty.Closure ty) {
    rustle.check.ClosureInfo info = f.t.closures.get(c.id());
    f.c.closureCode(ty, f.code.def, f.code.typeArgs);
    int[] offs = f.layout(ty).offsets;
    Node[] parts = new Node[info.captures().size()];
    for (int k = 0; k < parts.length; k++) {
      LocalVar v = info.captures().get(k);
      if (info.fieldCopies().contains(v)) {
        // Only Copy fields of v are used: the closure holds a copy of v's bits, v stays owned here.
        Ty vt = f.sub(v.ty);
        parts[k] = Rep.of(vt) == Rep.INT ? Loads.load(f.localPlace(v), Kind.of(vt)) : new Loads.Copy(f.localPlace(v), f.size(vt), 0);
        continue;
      }
      parts[k] = info.byValue(v) ? local(v, f.sub(v.ty)) : Loads.addrOf(f.localPlace(v));
    }
    return new Aggregates.Build(f.size(ty), parts, offs, null, 0);
  }

  private Node tryExpr(Expr.Try t, Ty ty) {
    Ty.Adt ot = (Ty.Adt) rustle.types.Infer.shallow(f.ty(t.operand()));
    boolean option = ot.def().builtin == AdtDef.Builtin.OPTION;
    int ok = option ? ot.def().variant("Some").index() : ot.def().variant("Ok").index();
    // In a closure, `?` returns from the closure: its return type, not the enclosing function's.
    Ty ret = f.code.closure != null ? f.sub(f.code.closureTy.ret()) : f.sub(f.code.def.ret);
    int errSize = option ? 0 : f.size(ot.args().get(1));
    int tmp = f.temp(ot);
    TryNode n = new TryNode(memVal(t.operand()), tmp, f.layout(ot), ok, f.size(ty), f.layout(ret), errSize,
        f.code.retSlot);
    if (f.t.res[t.id()] instanceof rustle.check.MethodRes r) {
      // `?` converts the error with the program's From impl: Err(From::from(e)).
      int[] errOffs = f.layout(ot).variantOffsets[1 - ok];
      Ty errTy = f.sub(ot.args().get(1));
      rustle.interp.rt.Place at = new Places.Local(tmp + (errOffs.length > 0 ? errOffs[0] : 0));
      Node arg = Rep.of(errTy) == Rep.INT ? new Loads.LoadInt(at, Kind.of(errTy)) : new Loads.Copy(at, errSize, 0);
      java.util.List<Ty> args = new java.util.ArrayList<>();
      for (Ty a : r.args()) args.add(f.sub(a));
      n.convert = new CallCompiler(f).invoke(r.def(), args, java.util.List.of(arg), ((Ty.Adt) ret).args().get(1), t.span());
    }
    return n;
  }

  private Node returnExpr(Expr.Return r) {
    if (r.value() == null) return new Transfers.Return(null, 0, 0);
    Ty vt = f.ty(r.value());
    Rep rep = Rep.of(vt);
    int repCode = rep == Rep.INT ? 1 : rep == Rep.FLOAT ? 2 : f.size(vt) > 0 ? 3 : 0;
    return new Transfers.Return(aside(r.value(), value(r.value())), repCode, f.code.retSlot);
  }

  /** n, the value of e for the return place, built aside first when a jump may leave it half built there. */
  Node aside(Expr e, Node n) {
    Ty t = f.ty(e);
    if (Rep.of(t) != Rep.MEM || f.size(t) == 0 || !Jumps.partBuilt(e)) return n;
    rustle.types.Layout l = f.layout(t);
    return new Transfers.Aside(n, f.frame.alloc(l.size, l.align), l.size);
  }

  static boolean isUnit(Ty t) {
    return Ty.isUnit(t);
  }

  static AdtDef.Builtin builtin(Ty t) {
    return t instanceof Ty.Adt a ? a.def().builtin : AdtDef.Builtin.NONE;
  }
}
