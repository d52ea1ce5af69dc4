package rustle.dump;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Span;
import rustle.interp.observe.FrameMap;

/**
 * The shadow call stack, kept only while observing: every reported call entered and not yet left
 * (natively implemented ones included, so that allocations can be put down to the call the user
 * wrote). Entering and leaving allocate nothing once the stack has been this deep before: entries are
 * reused.
 */
final class Frames {
  /** One call in progress: the callee's frame map, its frame top, and where it was called from. */
  static final class Entry {
    private FrameMap map;
    private int fp;
    private Span callSite;
    private long freesAtEnter;
    /** The line of the last stop point reached in this frame (0: none), for a frame whose callee's call site is unknown. */
    int lastLine;

    FrameMap map() {
      return map;
    }

    int fp() {
      return fp;
    }

    Span callSite() {
      return callSite;
    }

    long freesAtEnter() {
      return freesAtEnter;
    }
  }

  final List<Entry> entries = new ArrayList<>();
  private final List<Entry> spare = new ArrayList<>();
  /** How many entries are not natively implemented functions (the stack depth the statistics count). */
  int depth;

  void push(FrameMap map, int fp, Span site, long frees) {
    Entry e = spare.isEmpty() ? new Entry() : spare.remove(spare.size() - 1);
    e.map = map;
    e.fp = fp;
    e.callSite = site;
    e.freesAtEnter = frees;
    e.lastLine = 0;
    entries.add(e);
    if (!map.intrinsic) depth++;
  }

  int find(int fp) {
    for (int i = entries.size() - 1; i >= 0; i--) if (entries.get(i).fp == fp) return i;
    return -1;
  }

  void pop(int fp) {
    int i = find(fp);
    if (i < 0) return;
    while (entries.size() > i) {
      Entry e = entries.remove(entries.size() - 1);
      if (!e.map.intrinsic) depth--;
      e.map = null;
      e.callSite = null;
      spare.add(e);
    }
  }

  /** Remembers that the frame whose top is fp reached a stop point on line. */
  void stoppedAt(int fp, int line) {
    int i = find(fp);
    if (i >= 0) entries.get(i).lastLine = line;
  }

  /**
   * Whether a call was made by the user's own code (or is main). Not the entry below it: arguments are
   * evaluated after the callee's frame is pushed, so a call in an argument sits above its outer call.
   */
  boolean calledFromUser(int index) {
    return index == 0 || entries.get(index).callSite() != null;
  }

  /** The line of the user's code running now: the site of the innermost call that user code made. */
  int userLine() {
    for (int i = entries.size() - 1; i > 0; i--) {
      if (entries.get(i).callSite() != null) return entries.get(i).callSite().line();
    }
    return 0;
  }
}
