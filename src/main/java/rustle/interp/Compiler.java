package rustle.interp;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustle.check.CheckedProgram;
import rustle.memory.Memory;
import rustle.types.FnSig;
import rustle.types.Layouts;
import rustle.types.Ty;

/**
 * Turns the checked program into executable node trees, one {@link FnCode} per function instance
 * (monomorphization), compiling bodies from a worklist so that recursion in the program does not
 * recurse here.
 */
final class Compiler {
  final CheckedProgram program;
  final Layouts layouts = new Layouts();
  final DropGlue drops;
  final Memory mem;
  /** The user program's text, for messages that quote it (assert!). */
  String source;
  /** What to observe, or null (then no probe and no frame map is compiled in). */
  Probes probes;
  Observer observer;
  private final Map<String, FnCode> codes = new HashMap<>();
  private final ArrayDeque<FnCompiler> pending = new ArrayDeque<>();

  Compiler(CheckedProgram program, Memory mem) {
    this.program = program;
    this.mem = mem;
    this.drops = new DropGlue(this, layouts);
  }

  /** The code of a function instance; its body is compiled later (see {@link #drain}). */
  FnCode code(FnSig.Def def, List<Ty> args) {
    String key = def.path + "#" + System.identityHashCode(def) + args;
    FnCode c = codes.get(key);
    if (c == null) {
      c = new FnCode(def, args, def.path);
      if (probes != null) c.map = new FrameMap(def.path, false, !def.fromPrelude, args);
      codes.put(key, c);
      FnCompiler fc = new FnCompiler(this, c);
      fc.prepare();
      pending.add(fc);
    }
    return c;
  }

  private final Map<Integer, FnCode> closures = new HashMap<>();

  /**
   * The code of a closure, compiled with the type arguments of the function instance that defines it
   * (registered when that function's body is compiled; a closure reached first through a call gets
   * no type arguments).
   */
  FnCode closureCode(Ty.Closure ty, FnSig.Def parent, List<Ty> parentArgs) {
    FnCode c = closures.get(ty.exprId());
    if (c == null) {
      rustle.check.ClosureInfo info = program.tables().closures.get(ty.exprId());
      boolean ownParent = info.owner() == parent;
      c = new FnCode(info.owner(), ownParent ? parentArgs : List.of(), "{closure}");
      c.closure = info;
      c.closureTy = ty;
      if (probes != null) c.map = new FrameMap("{closure}", false, !info.owner().fromPrelude, c.typeArgs);
      closures.put(ty.exprId(), c);
      FnCompiler fc = new FnCompiler(this, c);
      fc.prepare();
      pending.add(fc);
    }
    return c;
  }

  /** A call reported to the observer when observing; the call itself otherwise. */
  Node observe(Node call, FnCode code, rustle.ast.Span span) {
    return probes == null ? call : new ProbeNodes.ObservedCall(call, code.map, observer, span);
  }

  /** Compiles every function body reached so far (and those they reach). */
  void drain() {
    while (!pending.isEmpty()) {
      pending.poll().compileBody();
    }
  }
}
