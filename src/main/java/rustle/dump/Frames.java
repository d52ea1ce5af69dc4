package rustle.dump;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Span;
import rustle.interp.FrameMap;

/**
 * The shadow call stack, kept only while observing: every call entered and not yet left (natively
 * implemented ones included, so that allocations can be put down to the call the user wrote).
 */
final class Frames {
  /** One call in progress: the callee's frame map, its frame top, and where it was called from. */
  record Entry(FrameMap map, int fp, Span callSite, long freesAtEnter) {}

  final List<Entry> entries = new ArrayList<>();
  /** The line of the last stop point reached in each frame (by frame top), for frames whose call site is unknown. */
  final java.util.Map<Integer, Integer> lastLine = new java.util.HashMap<>();

  void push(FrameMap map, int fp, Span site, long frees) {
    entries.add(new Entry(map, fp, site, frees));
  }

  int find(int fp) {
    for (int i = entries.size() - 1; i >= 0; i--) if (entries.get(i).fp() == fp) return i;
    return -1;
  }


  void pop(int fp) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).fp() == fp) {
        while (entries.size() > i) lastLine.remove(entries.remove(entries.size() - 1).fp());
        return;
      }
    }
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
