package rustle.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.ast.Stmt;
import rustle.check.LocalVar;
import rustle.interp.drop.DropSlot;
import rustle.interp.nodes.Block;
import rustle.interp.observe.FrameMap;
import rustle.interp.observe.ProbeNodes;
import rustle.interp.observe.Probes;
import rustle.interp.observe.StopPoint;
import rustle.interp.rt.Node;
import rustle.types.Ty;

/**
 * The observing side of compiling one function instance (exists only when {@link Probes} were asked
 * for): places stop points in blocks, notes each local's scope, and builds the {@link FrameMap}.
 */
final class FrameMaps {
  private final FnCompiler f;
  private final Set<Integer> claimed = new HashSet<>();
  private final Map<LocalVar, Integer> scopeEnd = new HashMap<>();
  private final Set<LocalVar> deferred = new HashSet<>();
  private final List<FrameMap.Slot> hidden = new ArrayList<>();

  FrameMaps(FnCompiler f) {
    this.f = f;
  }

  /** Bindings that exist only within span (a for loop's pattern, during the loop). */
  void scope(List<LocalVar> vs, Span span) {
    for (LocalVar v : vs) scopeEnd.putIfAbsent(v, span.endLine());
  }

  void deferredInit(LocalVar v) {
    deferred.add(v);
  }

  /** A compiler place the user did not name, shown while its drop flag says it owns a value. */
  void hidden(String label, Ty ty, int off, int flagOff) {
    hidden(label, ty, off, flagOff, 0, Integer.MAX_VALUE);
  }

  /** A compiler place that exists from line from to line to (a for loop's iterator, during the loop). */
  void hidden(String label, Ty ty, int off, int flagOff, int from, int to) {
    hidden.add(new FrameMap.Slot(label, ty, off, f.size(ty), flagOff, null, from, to, true, false));
  }

  /**
   * Adds the stop points of block b to its compiled statements: after the innermost statement ending
   * on a requested line, or (a line holding no statement) before the next statement of the innermost
   * block containing it. Inner blocks were compiled first, so they have claimed their lines already.
   */
  void placeStops(Expr.Block b, List<Stmt> src, List<Node> stmts) {
    Probes p = f.c.probes;
    for (int i = 0; i < src.size(); i++) {
      Node n = stmts.get(i);
      int end = src.get(i).span().endLine();
      StopPoint sp = p.stops().get(end);
      if (sp != null && claimed.add(end)) {
        n = new ProbeNodes.StopAfter(n, sp, f.c.observer);
        if (f.c.reach != null) f.c.reach.stop(f.code);
      } else if (p.all()) {
        n = new ProbeNodes.StopAfter(n, new StopPoint(end, null, "all"), f.c.observer);
      }
      stmts.set(i, n);
    }
    Span s = b.span();
    int inserted = 0;
    for (int line = s.line(); line <= s.endLine(); line++) {
      StopPoint sp = p.stops().get(line);
      if (sp == null || claimed.contains(line)) continue;
      int at = 0;
      while (at < src.size() && src.get(at).span().line() <= line) at++;
      claimed.add(line);
      stmts.add(at + inserted++, new ProbeNodes.StopAfter(null, sp, f.c.observer));
      if (f.c.reach != null) f.c.reach.stop(f.code);
    }
    for (LocalVar v : f.t.fns.get(f.code.def) == null ? List.<LocalVar>of() : f.t.fns.get(f.code.def).locals) {
      if (!scopeEnd.containsKey(v) && v.span != null && v.span.start() >= s.start() && v.span.end() <= s.end()) {
        scopeEnd.put(v, s.endLine());
      }
    }
  }

  /** A local of a closure's body: it lives in the closure's frame, not in its definer's. */
  private boolean inClosure(LocalVar v) {
    for (rustle.check.ClosureInfo ci : f.t.closures.values()) {
      if (ci.owner() == f.code.def && v.index >= ci.firstLocal() && v.index < ci.endLocal()) return true;
    }
    return false;
  }

  /**
   * Highest offset first. A class, not {@code comparingInt(Slot::offset).reversed()}: linking a method
   * reference in a fresh JVM cost milliseconds of every observed run's compile.
   */
  private static final java.util.Comparator<FrameMap.Slot> BY_OFFSET_DOWN = new java.util.Comparator<>() {
    @Override
    public int compare(FrameMap.Slot a, FrameMap.Slot b) {
      return Integer.compare(b.offset(), a.offset());
    }
  };

  void build(List<LocalVar> locals) {
    FrameMap map = f.code.map;
    map.intrinsic = f.code.intrinsic != null;
    map.frameSize = f.code.frameSize;
    List<FrameMap.Slot> slots = new ArrayList<>();
    int last = f.code.def.item != null && f.code.def.item.hasBody()
        ? f.code.def.item.body().span().endLine() : Integer.MAX_VALUE;
    for (LocalVar v : locals) {
      Integer off = f.slots.get(v);
      if (off == null || (f.code.closure == null && inClosure(v))) continue;
      Ty ty = f.sub(v.ty);
      DropSlot d = f.dropSlots.get(v);
      int line = v.span == null ? 0 : v.span.line();
      slots.add(new FrameMap.Slot(v.name, ty, off, f.size(ty), f.flag(v), d == null ? null : d.movedFlags, line,
          scopeEnd.getOrDefault(v, last), false, deferred.contains(v)));
    }
    slots.addAll(hidden);
    slots.sort(BY_OFFSET_DOWN);
    map.slots = List.copyOf(slots);
    map.endLine = last == Integer.MAX_VALUE ? 0 : last;
  }
}
