package rustle.dump;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the previous snapshot held, to say what changed since: blocks allocated and freed, locals written. */
final class Previous {
  private Map<String, Snapshot.Block> blocks = new LinkedHashMap<>();
  private Map<String, String> locals = new HashMap<>();

  Snapshot.Changes diff(List<Snapshot.Frame> frames, List<Snapshot.Block> heap, List<Reader.Place> places) {
    Map<String, Snapshot.Block> nowBlocks = new LinkedHashMap<>();
    for (Snapshot.Block b : heap) nowBlocks.put(key(b), b);
    List<String> allocated = new ArrayList<>();
    for (Map.Entry<String, Snapshot.Block> e : nowBlocks.entrySet()) {
      if (!blocks.containsKey(e.getKey())) allocated.add(e.getValue().address());
    }
    List<Snapshot.Freed> freed = new ArrayList<>();
    for (Map.Entry<String, Snapshot.Block> e : blocks.entrySet()) {
      if (!nowBlocks.containsKey(e.getKey())) {
        Snapshot.Block b = e.getValue();
        freed.add(new Snapshot.Freed(b.address(), b.size(), b.type()));
      }
    }
    Map<String, String> nowLocals = new HashMap<>();
    List<Snapshot.ChangedLocal> changed = new ArrayList<>();
    for (int f = 0; f < frames.size(); f++) {
      Snapshot.Frame fr = frames.get(f);
      for (Snapshot.Local l : fr.locals()) {
        String k = f + "/" + fr.function() + "/" + fr.address() + "/" + l.name() + "/" + l.address();
        String v = l.state() + ":" + l.bytes();
        nowLocals.put(k, v);
        if (!v.equals(locals.get(k))) changed.add(new Snapshot.ChangedLocal(f, l.name()));
      }
    }
    blocks = nowBlocks;
    locals = nowLocals;
    return new Snapshot.Changes(allocated, freed, changed);
  }

  /** A block is the same block if it is at the same address with the same size and origin. */
  private static String key(Snapshot.Block b) {
    return b.address() + "/" + b.size() + "/" + b.allocatedLine() + "/" + b.why();
  }
}
