package rustle.dump;

import static rustle.dump.Snapshot.addr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import rustle.memory.Memory;
import rustle.memory.Region;

/**
 * Resolves an address to what it points at: a live local (frame and name), a live heap block and
 * the offset in it, static data, null, or nothing alive (dangling).
 */
final class Locator {
  private final Memory mem;
  private final int sp;
  private final TreeMap<Integer, int[]> blocks;
  private final List<Reader.Place> locals = new ArrayList<>();

  Locator(Memory mem, int sp, TreeMap<Integer, int[]> blocks) {
    this.mem = mem;
    this.sp = sp;
    this.blocks = blocks;
  }

  void add(Reader.Place p) {
    locals.add(p);
  }

  Snapshot.Target target(int to) {
    Region r = mem.regionOf(to);
    switch (r) {
      case NULL:
        return new Snapshot.Target("null", null, null, null, null);
      case STATIC:
        return new Snapshot.Target("static", null, null, null, null);
      case STACK: {
        if (to < sp) return dangling();
        for (Reader.Place p : locals) {
          int size = Math.max(1, p.slot().size());
          if (to >= p.address() && to < p.address() + size) {
            return new Snapshot.Target("stack", null, to - p.address(), p.frame(), p.slot().name());
          }
        }
        return new Snapshot.Target("stack", null, null, null, null);
      }
      case HEAP: {
        Map.Entry<Integer, int[]> b = blocks.floorEntry(to);
        if (b != null && to < b.getKey() + Math.max(1, b.getValue()[0])) {
          return new Snapshot.Target("heap", addr(b.getKey()), to - b.getKey(), null, null);
        }
        return dangling();
      }
      default:
        return dangling();
    }
  }

  private static Snapshot.Target dangling() {
    return new Snapshot.Target("dangling", null, null, null, null);
  }
}
