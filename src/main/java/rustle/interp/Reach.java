package rustle.interp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustle.interp.rt.FnCode;

/**
 * Which calls an observed run wraps so that the observer keeps its shadow call stack: a discovery
 * compile records the call graph of the function instances and where the stop points are; the real
 * compile then wraps only calls whose callee can reach a stop. Every frame on the stack at a stop
 * belongs to such a callee, so snapshots still see every frame, while a hot function that cannot
 * reach a stop runs its calls unwrapped. Calls into std are no exception: the heap table learns which
 * call allocated a block ({@code String::from}) from the allocation itself (docs/memory-model.md,
 * "Allocation history"), not from the call.
 */
public final class Reach {
  /** Set while discovering: the instance whose body is being compiled and what each one calls. */
  private FnCode current;
  private final Map<FnCode, List<FnCode>> callees = new IdentityHashMap<>();
  private final Map<FnCode, Object> keys = new IdentityHashMap<>();
  private final Set<FnCode> direct = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<FnCode> drops = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final boolean discovering;

  /** After discovery: the keys of the instances that can reach a stop, and whether every call must be wrapped. */
  private final Set<Object> reachingKeys;
  private final boolean everything;
  private final Set<FnCode> reaching = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * Whether a call through a vtable or fn pointer may lead to a stop: its target is not known when
   * compiling, so any function that can reach a stop, other than main (which nothing calls), might be it.
   */
  private final boolean dynamic;

  private Reach(boolean discovering, Set<Object> reachingKeys, boolean everything, boolean dynamic) {
    this.discovering = discovering;
    this.reachingKeys = reachingKeys;
    this.everything = everything;
    this.dynamic = dynamic;
  }

  /** A recorder of the call graph, for the discovery compile (which wraps every call, as its structure does not matter). */
  static Reach discover() {
    return new Reach(true, Set.of(), true, true);
  }

  /**
   * For a run with no stop in a function other than main: records the call graph as discovery does, but wraps no
   * call, so that the compile it is used in is the real one when {@link #fits} confirms that only main
   * can reach a stop (nothing calls main, no Drop impl or fn pointer leads to it). The common case of
   * a marker in main then costs one compile, not two, and leaves every call bare.
   */
  static Reach optimistic() {
    return new Reach(true, Set.of(), false, false);
  }

  /**
   * Whether the code compiled under this Reach wraps exactly the calls that need it: always after a
   * real decision; for {@link #optimistic}, when at most main can reach a stop.
   */
  boolean fits(FnCode main) {
    if (!discovering || everything) return true;
    Set<FnCode> can = reaching();
    for (FnCode d : drops) if (can.contains(d)) return false;
    return can.isEmpty() || can.size() == 1 && can.contains(main);
  }

  /** A function instance was created under key (the same key names it in both compiles). */
  void named(FnCode code, Object key) {
    if (discovering) keys.put(code, key);
    else if (reachingKeys.contains(key)) reaching.add(code);
  }

  void compiling(FnCode code) {
    current = code;
  }

  /** The instance being compiled calls code. */
  void edge(FnCode code) {
    if (discovering && current != null) {
      // No computeIfAbsent with a lambda: its first use links method handles on an observed run's compile.
      List<FnCode> out = callees.get(current);
      if (out == null) callees.put(current, out = new ArrayList<>());
      out.add(code);
    }
  }

  /** The instance being compiled holds a requested stop point. */
  void stop(FnCode code) {
    if (discovering) direct.add(code);
  }

  /** code is a user's Drop::drop, called from drop glue wherever a value of its type is dropped. */
  public void drop(FnCode code) {
    if (discovering) drops.add(code);
  }

  /** Whether calls through vtables and fn pointers report their frames (see {@link #dynamic}). */
  public boolean wrapsDynamic() {
    return everything || dynamic;
  }

  /** Whether a call of code is wrapped: its frame may be on the stack at a stop. */
  public boolean wraps(FnCode code) {
    return everything || reaching.contains(code);
  }

  /**
   * The decision for the real compile: the instances that can reach a stop, found by walking the
   * recorded calls backwards from those holding one. Drop glue runs a Drop impl from any scope that
   * drops its type, calls not in this graph: if a Drop impl can reach a stop, every call is wrapped.
   */
  Reach decide() {
    Set<FnCode> can = reaching();
    boolean all = false;
    for (FnCode d : drops) all |= can.contains(d);
    Set<Object> out = new HashSet<>();
    for (FnCode c : can) out.add(keys.get(c));
    boolean dynamic = all;
    for (FnCode c : can) dynamic |= c.closure != null || c.def.fromPrelude || !"main".equals(c.def.path());
    return new Reach(false, out, all, dynamic);
  }

  /** The instances that hold a stop or call one that can reach it, from the recorded graph. */
  private Set<FnCode> reaching() {
    Set<FnCode> can = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    can.addAll(direct);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<FnCode, List<FnCode>> e : callees.entrySet()) {
        if (can.contains(e.getKey())) continue;
        for (FnCode callee : e.getValue()) {
          if (can.contains(callee)) {
            can.add(e.getKey());
            changed = true;
            break;
          }
        }
      }
    }
    return can;
  }
}
