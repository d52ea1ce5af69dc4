package rustle.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Pattern;
import rustle.ast.Stmt;
import rustle.check.LocalVar;
import rustle.check.Tables;
import rustle.check.Zonk;
import rustle.interp.drop.DropSlot;
import rustle.interp.drop.Dropper;
import rustle.interp.drop.Unwind;
import rustle.interp.nodes.Block;
import rustle.interp.nodes.Loads;
import rustle.interp.nodes.Places;
import rustle.interp.nodes.Stmts;
import rustle.interp.nodes.Transfers;
import rustle.interp.observe.ProbeNodes;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.interp.rt.Rep;
import rustle.interp.std.Intrinsics;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Subst;
import rustle.types.Ty;

/**
 * Compiles one function instance: assigns frame slots to its locals (in declaration order, from the
 * frame's top down), then turns its body into nodes. Expressions are compiled by {@link ExprCompiler},
 * places by {@link PlaceCompiler}, patterns by {@link PatCompiler}.
 */
public final class FnCompiler {
  public final Compiler c;
  public final FnCode code;
  public final Tables t;
  public final Layouts layouts;
  public final FrameAlloc frame = new FrameAlloc();
  final Map<LocalVar, Integer> slots = new HashMap<>();
  final Map<LocalVar, Integer> flags = new HashMap<>();
  public final Map<LocalVar, DropSlot> dropSlots = new HashMap<>();
  /** Temporaries created by the statement being compiled, dropped at its end. */
  List<DropSlot> temps = new ArrayList<>();
  /** Loop AST id to the frame slot holding the address its break value goes to. */
  final Map<Integer, Integer> loopDst = new HashMap<>();
  public final ExprCompiler exprs;
  public final PlaceCompiler places;
  public final PatCompiler pats;
  final boolean userCode;
  /**
   * The program's {@code Index::index} or {@code IndexMut::index_mut}: std declares them
   * {@code #[track_caller]}, so its panics (and those of the std calls it makes) report the location of
   * the indexing expression that called it, read from the machine's caller span.
   */
  final boolean trackCaller;
  private List<LocalVar> locals;
  /** Inside a closure's code: where each captured variable is, through the environment pointer. */
  final Map<LocalVar, Place> capturePlaces = new HashMap<>();
  /** Stop points and the frame map; null unless the run is observed. */
  final FrameMaps observing;

  FnCompiler(Compiler c, FnCode code) {
    this.c = c;
    this.code = code;
    this.t = c.program.tables();
    this.layouts = c.layouts;
    this.userCode = !code.def.fromPrelude;
    this.trackCaller = userCode && tracksCaller(code.def);
    this.exprs = new ExprCompiler(this);
    this.places = new PlaceCompiler(this);
    this.pats = new PatCompiler(this);
    this.observing = c.probes == null ? null : new FrameMaps(this);
  }

  // ---- types ----

  public Ty sub(Ty ty) {
    return Subst.apply(Zonk.apply(ty), code.typeArgs);
  }

  public Ty ty(Expr e) {
    return sub(t.types[e.id()]);
  }

  public Ty ty(Pattern p) {
    return sub(t.types[p.id()]);
  }

  public int size(Ty ty) {
    return layouts.size(ty);
  }

  public Layout layout(Ty ty) {
    return layouts.of(ty);
  }

  // ---- frame ----

  /** Allocates slots for parameters (and, for Rust-bodied functions, every local). */
  void prepare() {
    if (code.closure != null) {
      prepareClosure();
      return;
    }
    Item.FnItem f = code.def.item;
    Tables.FnInfo info = t.fns.get(code.def);
    locals = info == null ? List.of() : info.locals;
    List<Ty> params = new ArrayList<>();
    for (Ty p : code.def.params) params.add(Subst.apply(p, code.typeArgs));
    code.paramOffs = new int[params.size()];
    code.argDrops = argDrops(params);
    if (isIntrinsic(f)) {
      for (int i = 0; i < params.size(); i++) {
        Layout l = layout(params.get(i));
        code.paramOffs[i] = frame.alloc(l.size, l.align);
      }
      code.intrinsic = Intrinsics.lookup(this, params);
      Kind rk = Kind.of(sub(code.def.ret));
      if (rk != null) {
        // A scalar result may come from a body that writes it to memory (see Intrinsics.Impl).
        code.intrinsic.scalarResult = rk;
        code.intrinsic.scratchOff = frame.alloc(8, 8);
      }
      code.frameSize = frame.size();
      return;
    }
    Ty ret = sub(code.def.ret);
    for (LocalVar v : locals) {
      Ty lt = sub(v.ty);
      Layout l = layout(lt);
      slots.put(v, frame.alloc(l.size, l.align));
      if (c.drops.of(lt) != null) {
        int fl = frame.flag();
        flags.put(v, fl);
        DropSlot d = new DropSlot(slots.get(v), fl, c.drops.of(lt), v.name);
        d.deadAtExits = !c.unchecked && t.deadAtScopeEnds.contains(v);
        dropSlots.put(v, d);
      }
    }
    if (Rep.of(ret) == Rep.MEM && size(ret) > 0) code.retSlot = frame.alloc(4, 4);
    List<DropSlot> paramDrops = new ArrayList<>();
    List<Node> prologue = new ArrayList<>();
    int pi = 0;
    if (code.def.selfKind != Item.SelfKind.NONE) {
      LocalVar self = locals.get(0);
      code.paramOffs[pi++] = slots.get(self);
      if (dropSlots.containsKey(self)) paramDrops.add(dropSlots.get(self));
    }
    for (Item.Param p : f.params()) {
      Ty pt = params.get(pi);
      if (p.pattern() instanceof Pattern.IdentPat ip && ip.sub() == null && t.res[ip.id()] instanceof LocalVar v
          && t.bindModes[ip.id()] == 0) {
        code.paramOffs[pi] = slots.get(v);
        if (dropSlots.containsKey(v)) paramDrops.add(dropSlots.get(v));
      } else {
        Layout l = layout(pt);
        int off = frame.alloc(l.size, l.align);
        code.paramOffs[pi] = off;
        argumentRest(p.pattern(), off, pt, paramDrops, prologue);
        prologue.add(pats.bindIrrefutable(p.pattern(), new Places.Local(off), pt, paramDrops));
      }
      pi++;
    }
    code.paramDrops = paramDrops.toArray(new DropSlot[0]);
    code.prologue = prologue.toArray(new Node[0]);
    code.frameSize = frame.size();
  }

  private rustle.interp.drop.Dropper[] argDrops(List<Ty> params) {
    rustle.interp.drop.Dropper[] ds = new rustle.interp.drop.Dropper[params.size()];
    boolean any = false;
    for (int i = 0; i < ds.length; i++) {
      ds[i] = c.drops.of(params.get(i));
      any |= ds[i] != null;
    }
    return any ? ds : null;
  }

  /** A closure's frame: the environment pointer, then its parameters, then its own locals. */
  private void prepareClosure() {
    rustle.check.ClosureInfo info = code.closure;
    Tables.FnInfo fi = t.fns.get(code.def);
    locals = fi.locals.subList(info.firstLocal(), info.endLocal());
    Ty.Closure ty = (Ty.Closure) sub(code.closureTy);
    Ty ret = sub(ty.ret());
    code.paramOffs = new int[1 + info.expr().params().size()];
    int env = frame.alloc(8, 8);
    code.paramOffs[0] = env;
    for (LocalVar v : locals) {
      Ty lt = sub(v.ty);
      Layout l = layout(lt);
      slots.put(v, frame.alloc(l.size, l.align));
      if (c.drops.of(lt) != null) {
        int fl = frame.flag();
        flags.put(v, fl);
        dropSlots.put(v, new DropSlot(slots.get(v), fl, c.drops.of(lt), v.name));
      }
    }
    if (Rep.of(ret) == Rep.MEM && size(ret) > 0) code.retSlot = frame.alloc(4, 4);
    int[] capOffs = layout(ty).offsets;
    List<Node> taken = new ArrayList<>();
    List<DropSlot> takenDrops = new ArrayList<>();
    for (int k = 0; k < info.captures().size(); k++) {
      Place base = Places.field(new Places.DerefAt(new Places.Local(env)), capOffs[k]);
      LocalVar cv0 = info.captures().get(k);
      if (info.isFnOnce() && info.byValue(cv0) && !info.fieldCopies().contains(cv0)) {
        // An FnOnce closure's call consumes it: what it holds by value is moved into this frame, as
        // locals that its moves empty and its end drops.
        taken.add(takeCapture(cv0, base, takenDrops));
        continue;
      }
      Place captured = info.byValue(cv0) ? base : Places.field(new Places.DerefAt(base), 0);
      if (c.unchecked && !info.byValue(cv0)) {
        // A closure that outlived the frame of what it borrowed reads a dead frame (E0373).
        LocalVar cv = info.captures().get(k);
        captured = new rustle.interp.nodes.UbChecks.Checked(captured, size(sub(cv.ty)), info.expr().span());
      }
      capturePlaces.put(info.captures().get(k), captured);
    }
    List<DropSlot> paramDrops = new ArrayList<>(takenDrops);
    List<Node> prologue = new ArrayList<>(taken);
    for (int i = 0; i < info.expr().params().size(); i++) {
      Pattern p = info.expr().params().get(i).pattern();
      Ty pt = sub(ty.params().get(i));
      if (p instanceof Pattern.IdentPat ip && ip.sub() == null && t.res[ip.id()] instanceof LocalVar v
          && t.bindModes[ip.id()] == 0) {
        code.paramOffs[i + 1] = slots.get(v);
        if (dropSlots.containsKey(v)) paramDrops.add(dropSlots.get(v));
      } else {
        Layout l = layout(pt);
        int off = frame.alloc(l.size, l.align);
        code.paramOffs[i + 1] = off;
        argumentRest(p, off, pt, paramDrops, prologue);
        prologue.add(pats.bindIrrefutable(p, new Places.Local(off), pt, paramDrops));
      }
    }
    code.paramDrops = paramDrops.toArray(new DropSlot[0]);
    code.prologue = prologue.toArray(new Node[0]);
    code.frameSize = frame.size();
  }

  /**
   * An argument bound by a pattern ({@code _: D}, {@code (a, _): (D, D)}): what the pattern leaves of it
   * is dropped with the parameters, after the pattern's bindings (rustc drops the argument at the
   * callee's end).
   */
  private void argumentRest(Pattern p, int off, Ty pt, List<DropSlot> paramDrops, List<Node> prologue) {
    Dropper rest = rustle.interp.nodes.PatResidue.of(this, p, pt);
    if (rest == null) return;
    int fl = frame.flag();
    paramDrops.add(new DropSlot(off, fl, rest, "argument"));
    prologue.add(new Node() {
      @Override
      public int exec(Machine m, int fp) {
        m.mem.putByte(fp + fl, (byte) 1);
        return NORMAL;
      }
    });
  }

  /** Moves a by-value capture of an FnOnce closure from its environment into a slot of the frame. */
  private Node takeCapture(LocalVar v, Place from, List<DropSlot> drops) {
    Ty vt = sub(v.ty);
    Layout l = layout(vt);
    int off = frame.alloc(l.size, l.align);
    slots.put(v, off);
    Dropper d = c.drops.of(vt);
    int fl = d == null ? 0 : frame.flag();
    if (d != null) {
      flags.put(v, fl);
      DropSlot ds = new DropSlot(off, fl, d, v.name);
      dropSlots.put(v, ds);
      drops.add(ds);
    }
    int size = l.size;
    return new Node() {
      @Override
      public int exec(Machine m, int fp) {
        m.mem.copy(from.addr(m, fp), fp + off, size);
        if (fl != 0) m.mem.putByte(fp + fl, (byte) 1);
        return NORMAL;
      }
    };
  }

  /** Where a variable lives: its frame slot, or (in a closure) its captured place. */
  public Place localPlace(LocalVar v) {
    Place p = capturePlaces.get(v);
    return p != null ? p : new Places.Local(slot(v));
  }

  /**
   * In the user's code, when observing: span is the allocation site of the operation named name (the
   * heap table's "allocated by"); see {@link rustle.interp.observe.SiteNames}.
   */
  public void nameSite(rustle.ast.Span span, String name) {
    if (userCode) c.nameSite(span, name);
  }

  public boolean isCaptured(LocalVar v) {
    return capturePlaces.containsKey(v);
  }

  static boolean isIntrinsic(Item.FnItem f) {
    return f.hasBody() && f.body().stmts().isEmpty() && f.body().tail() instanceof Expr.MacroCall m
        && m.name().equals("intrinsic");
  }

  void compileBody() {
    compileCode();
    java.util.Set<Integer> setOnEntry = new java.util.HashSet<>();
    for (DropSlot d : code.paramDrops) setOnEntry.add(d.flagOff);
    code.entryClears = frame.flagsExcept(setOnEntry);
    if (observing != null) observing.build(locals == null ? List.of() : locals);
    if (c.unchecked && code.closure == null && code.intrinsic == null && code.def.item != null
        && code.def.item.hasBody()) {
      code.frameLayout = UbLayouts.frame(this);
    }
  }

  private void compileCode() {
    if (code.intrinsic != null) return;
    if (code.closure != null) {
      Ty ret = sub(code.closureTy.ret());
      // A body that is an expression, not a block (`|a, x| a + &x.to_string()`): its temporaries are
      // the body's own, dropped once its value is computed (then the parameters, as the frame ends).
      List<DropSlot> saved = temps;
      temps = new ArrayList<>();
      Expr cbody = code.closure.expr().body();
      Node v = exprs.wrap(exprs.aside(cbody, exprs.value(cbody)), ret);
      if (!temps.isEmpty()) v = new Stmts.TailTemps(v, temps.toArray(new DropSlot[0]), Rep.of(ret));
      temps = saved;
      code.body = new Block(new Node[0], v, new DropSlot[0]);
      code.frameSize = frame.size();
      return;
    }
    code.body = (Block) block(code.def.item.body(), false);
    code.frameSize = frame.size();
  }

  public int slot(LocalVar v) {
    return slots.get(v);
  }

  /**
   * The id of a pattern matched against the place a scrutinee {@code &place} borrows instead of against
   * the reference (PatCompiler.throughRef): its implicit deref of the reference is skipped. -1 otherwise.
   */
  int derefSkipped = -1;

  /** The implicit derefs of pattern p before it is matched (the checker's, minus a skipped one). */
  public int patDerefs(Pattern p) {
    int d = t.derefs[p.id()];
    return p.id() == derefSkipped ? d - 1 : d;
  }

  /** Flag offset of an owning local, or 0 when it owns nothing droppable. */
  public int flag(LocalVar v) {
    Integer f = flags.get(v);
    return f == null ? 0 : f;
  }

  public int temp(Ty ty) {
    Layout l = layout(ty);
    return frame.alloc(l.size, l.align);
  }

  /** A temporary slot that owns its value until the end of the current statement. */
  public Places.Temp ownedTemp(Node value, Ty ty) {
    int off = temp(ty);
    Dropper d = c.drops.of(ty);
    if (d == null) return new Places.Temp(value, off, 0);
    int fl = frame.flag();
    temps.add(new DropSlot(off, fl, d, "temporary"));
    if (observing != null) observing.hidden("<temporary>", ty, off, fl);
    return new Places.Temp(value, off, fl);
  }

  // ---- blocks and statements ----

  Node block(Expr.Block b) {
    Node n = block(b, true);
    if (c.unchecked) {
      rustle.interp.rt.DeadFrames.Layout scope = UbLayouts.scope(this, b);
      if (scope != null) n = new rustle.interp.nodes.UbChecks.Scope(n, scope);
    }
    return n;
  }

  /**
   * Edition 2021: the temporaries of a block's tail expression are dropped after the block's locals
   * (edition 2024 drops them before). The one place this edition rule lives (docs/evaluator.md).
   */
  static final boolean TAIL_TEMPS_OUTLIVE_LOCALS = true;

  /** Compiles a block; a block of one statement with nothing to drop may be replaced by it (collapse). */
  Node block(Expr.Block b, boolean collapse) {
    List<Node> stmts = new ArrayList<>();
    List<DropSlot> drops = new ArrayList<>();
    List<Stmt> src = new ArrayList<>();
    for (Stmt s : b.stmts()) {
      Node n = stmt(s, drops);
      if (n != null || observing != null) {
        stmts.add(n);
        src.add(s);
      }
    }
    if (observing != null) {
      if (userCode) observing.placeStops(b, src, stmts);
      for (int i = stmts.size() - 1; i >= 0; i--) if (stmts.get(i) == null) stmts.remove(i); // no method ref: see FrameMaps.BY_OFFSET_DOWN
    }
    Node tail = null;
    if (b.tail() != null) {
      List<DropSlot> saved = temps;
      temps = new ArrayList<>();
      tail = exprs.value(b.tail());
      if (code.def != null && b == code.def.item.body()) tail = exprs.aside(b.tail(), tail);
      if (!temps.isEmpty()) {
        if (TAIL_TEMPS_OUTLIVE_LOCALS) {
          // Dropped in reverse order: put first, they go after the block's locals.
          drops.addAll(0, temps);
        } else {
          tail = new Stmts.TailTemps(tail, temps.toArray(new DropSlot[0]), Rep.of(ty(b.tail())));
        }
      }
      temps = saved;
    }
    if (c.unchecked) {
      // Locals dropped at the block's end are freed "at its closing brace".
      rustle.ast.Span brace = rustle.interp.nodes.UbChecks.closingBrace(b.span());
      if (tail == null) stmts.add(new rustle.interp.nodes.UbChecks.At(null, brace));
      else tail = new rustle.interp.nodes.UbChecks.ThenAt(tail, brace);
    }
    if (collapse && !c.unchecked && tail == null && drops.isEmpty() && stmts.size() == 1
        && !(stmts.get(0) instanceof ProbeNodes.StopAfter)) {
      // The block's value is (): a statement whose expression has a value must not write it anywhere.
      Stmt only = b.stmts().get(b.stmts().size() - 1);
      if (only instanceof Stmt.ExprStmt es && ty(es.expr()) != rustle.types.Prim.NEVER
          && Rep.of(ty(es.expr())) != Rep.MEM) {
        return new Loads.Unit(stmts.get(0));
      }
      return stmts.get(0);
    }
    DropSlot[] all = drops.toArray(new DropSlot[0]);
    return new Block(stmts.toArray(new Node[0]), tail, normalExits(all), all);
  }

  /**
   * What a block's normal exits drop: its owning locals and temporaries, without the locals that hold
   * nothing at any exit of their scope (DropSlot.deadAtExits: rustc's drop elaboration). An exception
   * still drops every one whose flag is set. A local with moved-out parts keeps its drop, which also
   * clears the parts' flags.
   */
  private static DropSlot[] normalExits(DropSlot[] all) {
    List<DropSlot> out = new ArrayList<>(all.length);
    for (DropSlot d : all) {
      boolean whole = d.movedFlags == null && d.variantFlags == null && d.boxContentSize < 0;
      if (!d.deadAtExits || !whole) out.add(d);
      else if (DropSlot.CHECK_ELABORATION) out.add(d.expectDead());
    }
    return out.size() == all.length ? all : out.toArray(new DropSlot[0]);
  }

  /** Compiles a statement; the owning locals it declares are added to the block's drops. */
  Node stmt(Stmt s, List<DropSlot> blockDrops) {
    List<DropSlot> saved = temps;
    temps = new ArrayList<>();
    Node n;
    boolean mayJump;
    if (s instanceof Stmt.LetStmt l) {
      n = let(l, blockDrops);
      mayJump = l.init() != null && Jumps.mayJump(l.init());
    } else if (s instanceof Stmt.ExprStmt es) {
      n = exprs.effect(es.expr());
      mayJump = Jumps.mayJumpInValue(es.expr());
    } else {
      temps = saved;
      return null;
    }
    // A let run as jumping arms catches a jump out of a value itself (JumpArms.Init).
    if (n instanceof rustle.interp.nodes.JumpArms.Init) mayJump = false;
    if (!temps.isEmpty()) n = new Stmts.WithTemps(n, temps.toArray(new DropSlot[0]));
    if (mayJump) n = new Transfers.CatchJump(n);
    if (c.unchecked) {
      n = new rustle.interp.nodes.UbChecks.At(n, s instanceof Stmt.ExprStmt es ? es.expr().span() : s.span());
    }
    temps = saved;
    return n;
  }

  private Node let(Stmt.LetStmt l, List<DropSlot> blockDrops) {
    Pattern p = l.pattern();
    if (l.init() == null) {
      // Declared now, initialised later: it owns nothing until assigned.
      collectDrops(p, blockDrops);
      if (observing != null) for (LocalVar v : PatCompiler.bindings(p, t)) observing.deferredInit(v);
      return null;
    }
    Ty ty = ty(l.init());
    if (p instanceof Pattern.IdentPat ip && ip.sub() == null && t.res[ip.id()] instanceof LocalVar v
        && t.bindModes[ip.id()] == 0) {
      DropSlot d = dropSlots.get(v);
      if (d != null) blockDrops.add(d);
      Node value = exprs.value(l.init());
      extendTemps(l.init(), blockDrops);
      Kind k = Kind.of(ty);
      Node arms = rustle.interp.nodes.JumpArms.init(value, slot(v), Rep.of(ty), d == null ? 0 : d.flagOff);
      if (arms != null) return arms;
      if (d == null && k != null && k.size == 8 && !k.isFloat() && value instanceof IntNode iv) {
        return new Stmts.InitI64(iv, slot(v));
      }
      return new Stmts.Init(value, slot(v), Rep.of(ty), d == null ? 0 : d.flagOff, letExtends(l.init()));
    }
    if (p instanceof Pattern.WildPat) {
      // `let _ = value` drops a temporary at once but does not move out of a place.
      if (places.isPlace(l.init())) return new Stmts.EvalPlace(places.place(l.init()));
      return exprs.effect(l.init());
    }
    if (l.elseBlock() == null && places.isPlace(l.init()) && !movesOut(p)) {
      // `let (_, ref mut last) = pair;`: nothing is moved, so the pattern binds into the place itself.
      Node bind = pats.bindIrrefutable(p, places.place(l.init()), ty, blockDrops);
      extendTemps(l.init(), blockDrops);
      return bind;
    }
    if (l.elseBlock() == null) {
      Node parts = LocalDestructure.of(this, p, l.init(), blockDrops);
      if (parts != null) return parts;
    }
    Node value = exprs.value(l.init());
    extendTemps(l.init(), blockDrops);
    int off = temp(ty);
    // What the pattern leaves of the value (`let (a, _) = pair();`): dropped at the end of the statement,
    // or with the block when a `ref` binding extends the temporary (the Reference, "Extending based on
    // patterns").
    rustle.interp.drop.Dropper rest = rustle.interp.nodes.PatResidue.of(this, p, ty);
    boolean extended = rest != null && l.elseBlock() == null && bindsByRef(p);
    int restFlag = extended ? frame.flag() : 0;
    if (extended) blockDrops.add(new DropSlot(off, restFlag, rest, "temporary"));
    Places.Temp tmp = new Places.Temp(value, off, restFlag);
    if (l.elseBlock() != null) {
      Node els = block(l.elseBlock());
      return pats.letElse(p, tmp, ty, els, blockDrops, rest, c.drops.of(ty));
    }
    Node bind = pats.bindIrrefutable(p, tmp, ty, blockDrops);
    if (rest == null || extended) return bind;
    return new Node() {
      @Override
      public int exec(Machine m, int fp) {
        bind.exec(m, fp);
        rest.drop(m, fp + off);
        return NORMAL;
      }
    };
  }

  /** Whether a binding of p borrows (`ref x`, `ref mut x`), which extends a let's temporary. */
  private boolean bindsByRef(Pattern p) {
    for (LocalVar v : PatCompiler.bindings(p, t)) if (t.bindModes[v.patternId] != 0) return true;
    return false;
  }

  /** Whether def is #[track_caller] by its trait's declaration (std's Index::index, IndexMut::index_mut). */
  static boolean tracksCaller(rustle.types.FnSig.Def def) {
    return "Index".equals(def.trait) && "index".equals(def.name) || "IndexMut".equals(def.trait) && "index_mut".equals(def.name);
  }

  /** The offsets of an array's elements, as fields. */
  int[] arrayOffsets(Ty.Array a) {
    int[] offs = new int[(int) a.len()];
    int size = size(a.elem());
    for (int i = 0; i < offs.length; i++) offs[i] = i * size;
    return offs;
  }

  /** Whether binding p moves a value out (a by-value binding of a type that is not Copy). */
  boolean movesOut(Pattern p) {
    if (p instanceof Pattern.IdentPat ip) {
      if (t.res[ip.id()] instanceof LocalVar v && t.bindModes[ip.id()] == 0
          && !rustle.check.CopyRules.isCopy(sub(v.ty))) {
        return true;
      }
      return ip.sub() != null && movesOut(ip.sub());
    }
    if (p instanceof Pattern.TuplePat tp) return tp.elems().stream().anyMatch(this::movesOut);
    if (p instanceof Pattern.TupleStructPat tp) return tp.elems().stream().anyMatch(this::movesOut);
    if (p instanceof Pattern.StructPat sp) return sp.fields().stream().anyMatch(fp -> movesOut(fp.pattern()));
    if (p instanceof Pattern.RefPat rp) return movesOut(rp.inner());
    if (p instanceof Pattern.OrPat op) return op.alts().stream().anyMatch(this::movesOut);
    if (p instanceof Pattern.SlicePat sp) return sp.elems().stream().anyMatch(this::movesOut);
    return false;
  }

  private boolean letExtends(Expr init) {
    return false;
  }

  /**
   * {@code let x = &temp();}: a temporary borrowed directly by a let lives to the end of the block
   * (temporary lifetime extension), so its drop moves from the statement to the block.
   */
  private void extendTemps(Expr init, List<DropSlot> blockDrops) {
    if (init instanceof Expr.Borrow && !temps.isEmpty()) {
      blockDrops.addAll(temps);
      temps.clear();
    }
  }

  /** A condition whose temporaries are dropped as soon as it is evaluated (if/while conditions). */
  IntNode condition(java.util.function.Supplier<IntNode> compile) {
    List<DropSlot> saved = temps;
    temps = new ArrayList<>();
    IntNode c = compile.get();
    if (!temps.isEmpty()) {
      DropSlot[] ts = temps.toArray(new DropSlot[0]);
      IntNode inner = c;
      c = new IntNode(Kind.U8) {
        @Override
        public long evalLong(Machine m, int fp) {
          try {
            long v = inner.evalLong(m, fp);
            DropSlot.dropAll(ts, m, fp);
            return v;
          } catch (RuntimeException e) {
            throw Unwind.leave(m, e, ts, fp);
          }
        }
      };
    }
    temps = saved;
    return c;
  }

  void collectDrops(Pattern p, List<DropSlot> out) {
    for (LocalVar v : PatCompiler.bindings(p, t)) {
      DropSlot d = dropSlots.get(v);
      if (d != null) out.add(d);
    }
  }
}
