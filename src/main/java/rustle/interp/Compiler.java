package rustle.interp;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustle.check.CheckedProgram;
import rustle.interp.drop.DropGlue;
import rustle.interp.observe.FrameMap;
import rustle.interp.observe.Observer;
import rustle.interp.observe.ProbeNodes;
import rustle.interp.observe.Probes;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.Node;
import rustle.memory.Memory;
import rustle.types.FnSig;
import rustle.types.Layouts;
import rustle.types.Ty;

/**
 * Turns the checked program into executable node trees, one {@link FnCode} per function instance
 * (monomorphization), compiling bodies from a worklist so that recursion in the program does not
 * recurse here.
 */
public final class Compiler {
  public final CheckedProgram program;
  final Layouts layouts = new Layouts();
  public final DropGlue drops;
  public final Memory mem;
  /** Vtables and the code addresses fn pointers hold. */
  final Vtables vtables = new Vtables(this);
  /** The user program's text, for messages that quote it (assert!). */
  public String source;
  /** What to observe, or null (then no probe and no frame map is compiled in). */
  public Probes probes;
  /** {@code rustle run --unchecked}: compile the run-time checks of undefined behavior in (UbChecks). */
  public boolean unchecked;
  public Observer observer;
  /** When observing: the user's operations that allocate, by site (what the heap table reports). */
  public final rustle.interp.observe.SiteNames siteNames = new rustle.interp.observe.SiteNames();

  /**
   * Registers span as the site of an allocating operation of the user's code, when observing; returns
   * its site id (0 when not observing), which a call into std carries as its heap mark
   * ({@link rustle.interp.rt.CallerSite}).
   */
  public int nameSite(rustle.ast.Span span, String name) {
    return probes != null && observer != null ? siteNames.name(span, name) : 0;
  }

  /**
   * Whether the shortcuts that leave out a framed call or a scratch copy are compiled in (DirectCalls,
   * a trait object's receiver read in place by DynCalls): unless an {@code --unchecked} check wants the
   * framed form. Observed runs use them too: no stop is inside them, their frames are never shown, and
   * the heap table learns who allocated a block from the allocation's site, not from a call frame. The
   * one place that decides it.
   */
  public boolean fastPaths() {
    return !unchecked;
  }
  /** Which calls to wrap for the observer; null (every call) until a discovery compile decided. */
  public Reach reach;
  private final Map<String, FnCode> codes = new HashMap<>();
  /** Where each {@code static mut} lives in the static region. */
  final StaticMuts staticMuts = new StaticMuts();
  private final ArrayDeque<FnCompiler> pending = new ArrayDeque<>();

  Compiler(CheckedProgram program, Memory mem) {
    this.program = program;
    this.mem = mem;
    this.drops = new DropGlue(this, layouts);
  }

  /** What each code address (fn pointer, vtable entry) names. */
  public rustle.interp.rt.CodeTable codeTable() {
    return vtables.table;
  }

  /** The code of a function instance; its body is compiled later (see {@link #drain}). */
  public FnCode code(FnSig.Def def, List<Ty> args) {
    if (!def.fromPrelude) args = IterArgs.byRef(program.items(), def, args);
    String key = def.path() + "#" + System.identityHashCode(def) + args;
    FnCode c = codes.get(key);
    if (c == null && def.item == null) {
      // A tuple constructor used as a function: its code is built from the variant's layout.
      c = CtorCode.build(this, program.items().ctorFns.of(def), def, args);
      codes.put(key, c);
    }
    if (c == null) {
      c = new FnCode(def, args, def.path());
      if (probes != null) c.map = new FrameMap(def.path(), false, !def.fromPrelude, args);
      codes.put(key, c);
      if (reach != null) reach.named(c, key);
      program.checkBody(def);
      FnCompiler fc = new FnCompiler(this, c);
      fc.prepare();
      pending.add(fc);
    }
    return c;
  }

  /** Closure code per instance: keyed by its (substituted) type and the defining function's type arguments. */
  private final Map<List<Object>, FnCode> closures = new HashMap<>();
  /** The same codes by type alone, for calls made from another function (which knows only the type). */
  private final Map<Ty.Closure, FnCode> closuresByType = new HashMap<>();

  /**
   * The code of a closure, compiled once per instance of the function that defines it (a closure in a
   * generic function has one code per set of that function's type arguments). The defining function
   * registers it when it builds the closure value; a call from elsewhere finds it by the closure's type.
   */
  FnCode closureCode(Ty.Closure ty, FnSig.Def parent, List<Ty> parentArgs) {
    rustle.check.ClosureInfo info = program.tables().closures.get(ty.exprId());
    boolean ownParent = info.owner() == parent;
    if (!ownParent) {
      FnCode known = closuresByType.get(ty);
      if (known != null) return known;
    }
    List<Ty> args = ownParent ? parentArgs : List.of();
    if (!ownParent && !info.owner().generics.isEmpty()) {
      // Called before the generic function that builds it was compiled: its instance is in the type.
      Ty generic = rustle.check.Zonk.apply(program.tables().types[ty.exprId()]);
      List<Ty> found = ClosureArgs.of(generic, ty, info.owner());
      if (found != null) args = found;
    }
    List<Object> key = List.of(ty, args);
    FnCode c = closures.get(key);
    if (c == null) {
      c = new FnCode(info.owner(), args, "{closure}");
      c.closure = info;
      c.closureTy = ty;
      if (probes != null) c.map = new FrameMap("{closure}", false, !info.owner().fromPrelude, c.typeArgs);
      closures.put(key, c);
      closuresByType.putIfAbsent(ty, c);
      if (reach != null) reach.named(c, key);
      FnCompiler fc = new FnCompiler(this, c);
      fc.prepare();
      pending.add(fc);
    }
    return c;
  }

  /**
   * A call reported to the observer when observing and the callee may reach a stop point (or every
   * frame is wanted); the call itself otherwise.
   */
  Node observe(Node call, FnCode code, rustle.ast.Span span) {
    if (unchecked) call = new rustle.interp.nodes.UbChecks.Popped(call, code);
    if (probes == null) return call;
    if (reach != null) {
      reach.edge(code);
      if (!reach.wraps(code)) return call;
    }
    wrapped.add(code.name);
    return new ProbeNodes.ObservedCall(call, code.map, observer, span);
  }

  /** The callee of each call site compiled wrapped for the observer (tests check which are not). */
  final List<String> wrapped = new java.util.ArrayList<>();

  /** Compiles every function body reached so far (and those they reach). */
  void drain() {
    while (!pending.isEmpty()) {
      FnCompiler fc = pending.poll();
      if (reach != null) reach.compiling(fc.code);
      fc.compileBody();
    }
  }
}
