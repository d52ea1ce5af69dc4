package rustle.interp.nodes;

import rustle.ast.Expr;
import rustle.check.LocalVar;
import rustle.check.Res;
import rustle.interp.Aliasing;
import rustle.interp.FnCompiler;
import rustle.interp.drop.DropSlot;
import rustle.interp.drop.Dropper;
import rustle.interp.rt.FloatNode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.interp.rt.Rep;
import rustle.interp.std.StringOps;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/** Compiles operators, assignments and casts. */
public final class Operators {
  private Operators() {}

  /** An arithmetic operand, read through the references the checker saw (std's {@code &i32 + i32} impls). */
  public static IntNode operand(FnCompiler f, Expr e) {
    int derefs = f.t.operandDerefs[e.id()];
    Ty ty = f.ty(e);
    IntNode n = f.exprs.intVal(e);
    for (int i = 0; i < derefs; i++) {
      ty = Infer.shallow(((Ty.Ref) ty).inner());
      Kind k = Kind.of(ty);
      n = Loads.load(Places.deref(n), k == null ? Kind.U64 : k);
    }
    return n;
  }

  static FloatNode floatOperand(FnCompiler f, Expr e) {
    int derefs = f.t.operandDerefs[e.id()];
    if (derefs == 0) return f.exprs.floatVal(e);
    Ty ty = f.ty(e);
    IntNode n = f.exprs.intVal(e);
    for (int i = 0; i < derefs - 1; i++) n = Loads.load(Places.deref(n), Kind.U64);
    for (int i = 0; i < derefs; i++) ty = Infer.shallow(((Ty.Ref) ty).inner());
    return Loads.loadFloat(Places.deref(n), ty == Prim.F32);
  }

  /** The operand's value type after the recorded derefs. */
  static Ty valueType(FnCompiler f, Expr e) {
    Ty ty = Infer.shallow(f.ty(e));
    for (int i = 0; i < f.t.operandDerefs[e.id()]; i++) ty = Infer.shallow(((Ty.Ref) ty).inner());
    return ty;
  }

  static Arith.Op arith(Expr.BinOp op) {
    switch (op) {
      case ADD: return Arith.Op.ADD;
      case SUB: return Arith.Op.SUB;
      case MUL: return Arith.Op.MUL;
      case DIV: return Arith.Op.DIV;
      case REM: return Arith.Op.REM;
      case BIT_AND: return Arith.Op.AND;
      case BIT_OR: return Arith.Op.OR;
      case BIT_XOR: return Arith.Op.XOR;
      case SHL: return Arith.Op.SHL;
      case SHR: return Arith.Op.SHR;
      default: return null;
    }
  }

  static Compare.Op compare(Expr.BinOp op) {
    switch (op) {
      case EQ: return Compare.Op.EQ;
      case NE: return Compare.Op.NE;
      case LT: return Compare.Op.LT;
      case LE: return Compare.Op.LE;
      case GT: return Compare.Op.GT;
      case GE: return Compare.Op.GE;
      default: return null;
    }
  }

  public static Node binary(FnCompiler f, Expr.Binary b, Ty ty) {
    switch (b.op()) {
      case AND: return new Compare.And(f.exprs.intVal(b.left()), f.exprs.intVal(b.right()));
      case OR: return new Compare.Or(f.exprs.intVal(b.left()), f.exprs.intVal(b.right()));
      default: break;
    }
    Compare.Op cmp = compare(b.op());
    if (cmp != null) return Equality.compare(f, cmp, b.left(), b.right());
    Ty lt = Infer.shallow(f.ty(b.left()));
    if (lt instanceof Ty.Adt a && a.def().builtin == AdtDef.Builtin.STRING) {
      f.nameSite(b.span(), "String::add");
      return new StringOps.Concat(f.exprs.memVal(b.left()), f.exprs.memVal(b.right()), b.span(), f.frame.alloc(16, 8));
    }
    Arith.Op op = arith(b.op());
    if (Rep.of(ty) == Rep.FLOAT) {
      return FloatArith.make(op, floatOperand(f, b.left()), floatOperand(f, b.right()), ty == Prim.F32);
    }
    Kind k = Kind.of(ty);
    IntNode l = operand(f, b.left());
    IntNode r = operand(f, b.right());
    if (ty == Prim.BOOL) return Arith.make(op, l, r, Kind.U8, b.span());
    return Arith.make(op, l, r, k, b.span());
  }

  public static Node assign(FnCompiler f, Expr.Assign a) {
    Ty ty = f.ty(a.target());
    Node value = f.exprs.value(a.value());
    Dropper d = f.c.drops.of(ty);
    int flag = 0;
    DropSlot slot = null;
    if (a.target() instanceof Expr.PathExpr p && f.t.res[p.id()] instanceof Res.Local l) {
      LocalVar v = l.var();
      flag = f.flag(v);
      slot = f.dropSlots.get(v);
    }
    if (d == null && a.target() instanceof Expr.PathExpr p2 && f.t.res[p2.id()] instanceof Res.Local l2
        && Rep.of(ty) == Rep.INT && !f.isCaptured(l2.var())) {
      return new Fast.StoreLocal(f.slot(l2.var()), (IntNode) value, Kind.of(ty));
    }
    Place place = f.places.place(a.target());
    if (d == null && Rep.of(ty) == Rep.INT && Kind.of(ty).size == 8) {
      Node fused = FieldAccess.storeI64(place, (IntNode) value);
      return fused != null ? fused : new Fast.StoreI64(place, (IntNode) value);
    }
    if (d == null && Rep.of(ty) == Rep.INT && value instanceof IntNode iv) return new Fast.StoreNarrow(place, iv, Kind.of(ty));
    if (d == null && Infer.shallow(ty) == Prim.F64) return FieldAccess.storeF64(place, value);
    Node rc = d == null ? null : rustle.interp.drop.RcLocalAssign.of(place, value, slot);
    if (rc != null) return rc;
    boolean viaScratch = d != null
        || (Rep.of(ty) == Rep.MEM && f.size(ty) > 0 && !Aliasing.directOk(f, a.target(), a.value()));
    Assign as = new Assign(place, value, Rep.of(ty), f.size(ty), d, flag, viaScratch ? f.temp(ty) : 0, Kind.of(ty));
    as.slot = slot;
    if (d != null && slot == null) {
      // A field of an owning local: the old value may have been moved out (`let x = s.a; s.a = ..`).
      rustle.interp.PlaceCompiler.FieldPath fp = f.places.fieldPath(a.target());
      if (fp != null && !f.isCaptured(fp.var()) && f.dropSlots.get(fp.var()) != null) {
        as.fieldOf = f.dropSlots.get(fp.var());
        as.path = fp.index();
      }
    }
    return as;
  }

  /** Evaluates the new value first, then drops the old one (if owned), then stores. */
  static final class Assign extends Node {
    final Place place;
    final Node value;
    final Rep rep;
    final int size;
    final Dropper dropper;
    final int flag;
    final int scratch;
    final Kind kind;
    /** The owning local assigned to, whose drop knows about partial moves; null for other places. */
    DropSlot slot;
    /** For a field of an owning local: the local's slot and the field path (see MovePaths.dropOld). */
    DropSlot fieldOf;
    int[] path;
    /** The value when it is a 64-bit integer node (an Rc, a Box): stored with one virtual call fewer. */
    final IntNode wide;

    Assign(Place place, Node value, Rep rep, int size, Dropper dropper, int flag, int scratch, Kind valueKind) {
      this.place = place;
      this.value = value;
      this.rep = rep;
      this.size = size;
      this.dropper = dropper;
      this.flag = flag;
      this.scratch = scratch;
      this.kind = rep == Rep.MEM ? null : valueKind;
      this.wide = value instanceof IntNode n && n.kind.size == 8 && size == 8 ? n : null;
    }

    @Override
    public int exec(Machine m, int fp) {
      if (dropper == null) {
        if (rep == Rep.INT) {
          long v = value.evalLong(m, fp);
          kind.store(m.mem, place.addr(m, fp), v);
        } else if (rep == Rep.FLOAT) {
          double v = value.evalDouble(m, fp);
          int a = place.addr(m, fp);
          if (kind == Kind.F32) m.mem.putFloat(a, (float) v);
          else m.mem.putDouble(a, v);
        } else if (size > 0) {
          if (scratch != 0) {
            // The right-hand side may read the destination: build aside, then copy (no aliasing).
            value.evalInto(m, fp, fp + scratch);
            m.mem.copy(fp + scratch, place.addr(m, fp), size);
          } else {
            value.evalInto(m, fp, place.addr(m, fp));
          }
        } else {
          value.evalInto(m, fp, 0);
        }
        return NORMAL;
      }
      int tmp = fp + scratch;
      if (wide != null) m.mem.putLong(tmp, wide.evalLong(m, fp));
      else value.evalInto(m, fp, tmp);
      int a = place.addr(m, fp);
      if (slot != null) slot.dropIfLive(m, fp);
      else if (fieldOf != null) rustle.interp.drop.MovePaths.dropOld(fieldOf, path, dropper, m, fp, a);
      else if (flag == 0 || m.mem.getByte(fp + flag) != 0) dropper.drop(m, a);
      m.mem.copy(tmp, a, size);
      if (flag != 0) m.mem.putByte(fp + flag, (byte) 1);
      return NORMAL;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      exec(m, fp);
    }
  }

  public static Node compoundAssign(FnCompiler f, Expr.CompoundAssign a) {
    Ty ty = Infer.shallow(f.ty(a.target()));
    Place place = f.places.place(a.target());
    if (ty instanceof Ty.Adt adt && adt.def().builtin == AdtDef.Builtin.STRING) {
      f.nameSite(a.span(), "String::add_assign");
      return new StringOps.PushStrPlace(place, f.exprs.memVal(a.value()), a.span(), f.frame.alloc(16, 8));
    }
    Arith.Op op = arith(a.op());
    if (Rep.of(ty) == Rep.FLOAT) {
      return new CompoundFloat(place, op, floatOperand(f, a.value()), ty == Prim.F32);
    }
    Kind k = ty == Prim.BOOL ? Kind.U8 : Kind.of(ty);
    if (k == Kind.I64 && (op == Arith.Op.ADD || op == Arith.Op.SUB) && place instanceof Places.Local loc) {
      return new Fast.AddAssignLocalI64(loc.off, operand(f, a.value()), op == Arith.Op.SUB, a.span());
    }
    IntNode operand = operand(f, a.value());
    Node special = Compound64.make(place, op, operand, k, a.span());
    return special != null ? special : new CompoundInt(place, op, operand, k, a.span());
  }

  static final class CompoundInt extends Node {
    final Place place;
    final Arith.Op op;
    final IntNode value;
    final Kind kind;
    final rustle.ast.Span span;

    CompoundInt(Place place, Arith.Op op, IntNode value, Kind kind, rustle.ast.Span span) {
      this.place = place;
      this.op = op;
      this.value = value;
      this.kind = kind;
      this.span = span;
    }

    @Override
    public int exec(Machine m, int fp) {
      long v = value.evalLong(m, fp);
      int a = place.addr(m, fp);
      kind.store(m.mem, a, Arith.apply(op, kind.load(m.mem, a), v, kind, span));
      return NORMAL;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      exec(m, fp);
    }
  }

  static final class CompoundFloat extends Node {
    final Place place;
    final Arith.Op op;
    final FloatNode value;
    final boolean f32;

    CompoundFloat(Place place, Arith.Op op, FloatNode value, boolean f32) {
      this.place = place;
      this.op = op;
      this.value = value;
      this.f32 = f32;
    }

    @Override
    public int exec(Machine m, int fp) {
      double v = value.evalDouble(m, fp);
      int a = place.addr(m, fp);
      if (f32) m.mem.putFloat(a, (float) FloatArith.apply(op, m.mem.getFloat(a), v));
      else m.mem.putDouble(a, FloatArith.apply(op, m.mem.getDouble(a), v));
      return NORMAL;
    }

    @Override
    public void evalInto(Machine m, int fp, int dst) {
      exec(m, fp);
    }
  }

  public static Node cast(FnCompiler f, Expr.Cast c, Ty to) {
    Ty from = Infer.shallow(f.ty(c.operand()));
    Kind kt = Kind.of(to);
    // A coercion spelled as a cast (`x as Box<dyn Trait>`): the operand's value, coerced by the checker's record.
    if (kt == null) return f.exprs.value(c.operand());
    if (from instanceof Ty.Adt a && a.def().isEnum) {
      return new EnumCast(f.exprs.memVal(c.operand()), new EnumAccess(f.layout(from)), a.def(), kt, f.temp(from));
    }
    Kind kf = Kind.of(from);
    if (kf.isFloat()) {
      FloatNode v = f.exprs.floatVal(c.operand());
      return kt.isFloat() ? new Casts.FloatToFloat(v, kt == Kind.F32) : new Casts.FloatToInt(v, kt);
    }
    IntNode v = f.exprs.intVal(c.operand());
    if (kt.isFloat()) return new Casts.IntToFloat(v, kt == Kind.F32);
    return kt.size == 8 ? new Casts.IntTo64(v, kt) : new Casts.IntToInt(v, kt);
  }

  /** {@code enum as i32}: the discriminant of the variant held. */
  static final class EnumCast extends IntNode {
    final MemNode value;
    final EnumAccess access;
    final AdtDef def;
    final int size;

    final int tmpOff;

    EnumCast(MemNode value, EnumAccess access, AdtDef def, Kind k, int tmpOff) {
      super(k);
      this.tmpOff = tmpOff;
      this.value = value;
      this.access = access;
      this.def = def;
      this.size = value.size;
    }

    @Override
    public long evalLong(Machine m, int fp) {
      int tmp = fp + tmpOff;
      value.evalInto(m, fp, tmp);
      return kind.wrap(def.variants.get(access.variant(m.mem, tmp)).discriminant());
    }
  }
}
