package rustle.debug;

import rustle.dump.Inspector;

/**
 * A watchpoint: a place whose bytes are compared at every stop. A place on the stack belongs to the
 * frame it was found in (index among the calls in progress, and that frame's top): it goes out of scope
 * when that frame returns.
 */
final class Watch {
  final int number;
  final Inspector.Place place;
  final int frameIndex;
  final int frameTop;
  String bytes;
  String value;
  boolean gone;

  Watch(int number, Inspector.Place place, int frameIndex, int frameTop, String bytes, String value) {
    this.number = number;
    this.place = place;
    this.frameIndex = frameIndex;
    this.frameTop = frameTop;
    this.bytes = bytes;
    this.value = value;
  }

  /** On the program thread at a stop: why to stop for this watch, or null (and the value seen is kept). */
  String check(Execution x) {
    Inspector in = x.inspector;
    if (frameIndex >= 0 && (in.frameCount() <= frameIndex || in.frameTop(frameIndex) != frameTop)) {
      gone = true;
      return "watchpoint " + number + " deleted: `" + place.expr() + "` went out of scope";
    }
    String now = in.bytes(place);
    if (now.equals(bytes)) return null;
    String old = value;
    bytes = now;
    value = in.show(place);
    return "watchpoint " + number + ": `" + place.expr() + "` changed\n  old value = " + old + "\n  new value = "
        + value;
  }

  /** Takes the current bytes as the ones to compare with (after the run was re-positioned). */
  void rebase(Execution x) {
    bytes = x.inspector.bytes(place);
    value = x.inspector.show(place);
  }
}
