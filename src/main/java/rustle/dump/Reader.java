package rustle.dump;

import static rustle.dump.Snapshot.addr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import rustle.interp.nodes.Block;
import rustle.interp.observe.FrameMap;
import rustle.interp.observe.RunView;
import rustle.interp.observe.StopPoint;
import rustle.interp.rt.Place;
import rustle.memory.Memory;
import rustle.types.Prim;
import rustle.types.Ty;
import rustle.types.TyPrinter;

/**
 * Builds a {@link Snapshot} by reading the simulated memory at a stop point: the frames of the shadow
 * stack with their live locals, the live heap blocks with their owners, the static literals pointed
 * into, and the differences from the previous snapshot. Everything shown is read from memory.
 */
final class Reader {
  private final RunView run;
  private final Memory mem;
  private final Decoder dec;
  private final Allocations allocs;
  private final Previous prev = new Previous();

  Reader(RunView run, Allocations allocs) {
    this.run = run;
    this.mem = run.memory();
    this.dec = new Decoder(mem, run.layouts());
    dec.vtableTypes = run.vtableTypes;
    this.allocs = allocs;
  }

  /** A local found to be in existence, and where. */
  record Place(int frame, FrameMap.Slot slot, int address, String state) {}

  /** What the walk of all values learned about one heap block: who owns it and as what. */
  static final class Owned {
    final List<String> owners = new ArrayList<>();
    /** The Weaks that point to an Rc's block: they keep it allocated but do not own its value. */
    final List<String> weak = new ArrayList<>();
    Ty owner;
    int header;
  }

  Snapshot read(int index, StopPoint point, int hit, String stdout, Frames frames) {
    List<Frames.Entry> shown = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<Integer> callLines = new ArrayList<>();
    List<Frames.Entry> all = frames.entries;
    for (int i = 0; i < all.size(); i++) {
      Frames.Entry e = all.get(i);
      if (e.map().intrinsic || !e.map().userCode && !hasUserBelow(all, i)) continue;
      shown.add(e);
      int line = i == all.size() - 1 ? point.line()
          : all.get(i + 1).callSite() != null ? all.get(i + 1).callSite().line()
          : e.lastLine != 0 ? e.lastLine : point.line();
      lines.add(line);
      callLines.add(e.callSite() != null && frames.calledFromUser(i) ? e.callSite().line() : null);
    }
    TreeMap<Integer, int[]> blocks = new TreeMap<>();
    run.heap().forEachLive((a, size, site) -> blocks.put(a, new int[] {size}));
    Locator loc = new Locator(mem, run.stackPointer(), blocks);
    List<Place> places = new ArrayList<>();
    for (int f = 0; f < shown.size(); f++) {
      boolean top = f == shown.size() - 1;
      for (FrameMap.Slot s : shown.get(f).map().slots) {
        String state = state(s, shown.get(f).fp(), lines.get(f), top);
        if (state == null) continue;
        Place p = new Place(f, s, shown.get(f).fp() + s.offset(), state);
        places.add(p);
        if (state.equals("live")) loc.add(p);
      }
    }
    Map<Integer, Owned> owned = new LinkedHashMap<>();
    // An Rc block that a local holds directly is walked from that local (the first such in order), so
    // that what it holds is named through the shortest path, not through another block that reaches it.
    Map<Integer, String> direct = new java.util.HashMap<>();
    for (Place p : places) {
      if (p.state().equals("live") && rustle.types.SmartPtrs.builtin(p.slot().ty()) == rustle.types.AdtDef.Builtin.RC) {
        direct.putIfAbsent((int) mem.getLong(p.address()), p.slot().name());
      }
    }
    List<Snapshot.Pointer> pointers = new ArrayList<>();
    Map<Integer, Snapshot.Static> statics = new TreeMap<>();
    Decoder.Walker w = new Decoder.Walker() {
      @Override
      public void ref(int from, int to, String path, Ty pointee, long len) {
        Snapshot.Target t = loc.target(to);
        pointers.add(new Snapshot.Pointer(addr(from), addr(to), path, t));
        if (t.region().equals("static") && pointee == Prim.STR && len >= 0) {
          statics.putIfAbsent(to, new Snapshot.Static(addr(to), (int) len, dec.utf8(to, len)));
        }
      }

      @Override
      public boolean owned(int from, int to, String path, Ty owner, int header) {
        pointers.add(new Snapshot.Pointer(addr(from), addr(to), path, loc.target(to)));
        Owned o = owned.computeIfAbsent(to, k -> new Owned());
        String d = direct.get(to);
        if (path.equals(d)) o.owners.add(0, path);
        else o.owners.add(path);
        if (o.owner == null) {
          o.owner = owner;
          o.header = header;
        }
        return d != null ? path.equals(d) : o.owners.size() == 1;
      }

      @Override
      public void weak(int from, int to, String path, Ty owner) {
        pointers.add(new Snapshot.Pointer(addr(from), addr(to), path, loc.target(to)));
        Owned o = owned.computeIfAbsent(to, k -> new Owned());
        o.weak.add(path);
        if (o.owner == null) {
          o.owner = owner;
          o.header = from;
        }
      }
    };
    for (Place p : places) {
      if (!p.state().equals("live") && !p.state().equals("partially-moved")) continue;
      try {
        dec.walk(p.slot().ty(), p.address(), p.slot().name(), w, 0);
      } catch (RuntimeException e) {
        // A value whose bytes do not make sense yet (a slot being filled) holds no pointer worth showing.
      }
    }
    List<Snapshot.Frame> outFrames = new ArrayList<>();
    for (int f = 0; f < shown.size(); f++) {
      List<Snapshot.Local> locals = new ArrayList<>();
      for (Place p : places) if (p.frame() == f) locals.add(Locals.local(dec, p, pointers));
      outFrames.add(new Snapshot.Frame(display(shown.get(f).map()), callLines.get(f), addr(shown.get(f).fp()),
          lines.get(f), locals));
    }
    List<Snapshot.Block> heap = new ArrayList<>();
    for (Map.Entry<Integer, int[]> b : blocks.entrySet()) {
      heap.add(Blocks.block(dec, b.getKey(), b.getValue()[0], owned.get(b.getKey()), allocs.info(b.getKey()),
          pointers));
    }
    Snapshot.Changes changes = prev.diff(outFrames, heap, places);
    return new Snapshot(index, point.name(), point.line(), hit, point.reason(), stdout, outFrames, heap,
        new ArrayList<>(statics.values()), changes);
  }

  /** A prelude frame is shown when it leads to user code further in (a closure called by `map`). */
  private static boolean hasUserBelow(List<Frames.Entry> all, int i) {
    for (int k = i + 1; k < all.size(); k++) if (all.get(k).map().userCode) return true;
    return false;
  }

  static String display(FrameMap map) {
    return map.function;
  }

  /**
   * Whether a slot exists at this line and in which state, from its scope and its drop flags; null
   * when it is out of scope. In a caller, a local declared on the line of the call in progress has no
   * value yet.
   */
  private String state(FrameMap.Slot s, int fp, int line, boolean top) {
    if (s.hidden()) {
      if (line < s.fromLine() || line > s.toLine()) return null;
      if (s.flagOff() != 0 && mem.getByte(fp + s.flagOff()) == 0) return null;
      return "live";
    }
    if (line < s.fromLine() || line > s.toLine()) return null;
    boolean pending = !top && s.fromLine() == line;
    if (s.flagOff() == 0) return pending ? "uninit" : "live";
    if (mem.getByte(fp + s.flagOff()) == 0) return pending || s.deferredInit() ? "uninit" : "moved";
    if (s.movedFlags() != null) {
      for (int mf : s.movedFlags()) if (mem.getByte(fp + mf) != 0) return "partially-moved";
    }
    return "live";
  }

  static String typeName(Ty t) {
    return TyPrinter.show(t);
  }
}
