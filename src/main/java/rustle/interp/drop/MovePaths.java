package rustle.interp.drop;

import rustle.interp.rt.Machine;

/**
 * The parts of a field of a local that are moved out one by one ({@code let x = s.a.b;} tracks
 * {@code s.a}'s fields here, below {@link DropSlot}'s flags for {@code s}'s own fields), as rustc's move
 * paths: each part has a "moved out" flag in the frame, and dropping the field drops only the parts still
 * in place. Rules: a flag is set by the move that empties its part and cleared by the assignment that
 * refills it; whoever drops a field (scope end, an assignment over it) drops through {@link #drop} when
 * the field has parts here; every flag is clear once the local's scope is left.
 */
public final class MovePaths {
  public final int[] flags;
  final int[] offs;
  final Dropper[] droppers;
  /** The parts of each part that are tracked themselves (deeper moves), or null. */
  public final MovePaths[] children;

  public MovePaths(int[] flags, int[] offs, Dropper[] droppers) {
    this.flags = flags;
    this.offs = offs;
    this.droppers = droppers;
    this.children = new MovePaths[flags.length];
  }

  /** Drops the parts of the value at addr that are still in place, and clears every flag. */
  public void drop(Machine m, int fp, int addr) {
    for (int i = 0; i < flags.length; i++) {
      boolean moved = m.mem.getByte(fp + flags[i]) != 0;
      if (!moved) dropPart(m, fp, i, addr + offs[i]);
      else if (children[i] != null) children[i].clear(m, fp);
      m.mem.putByte(fp + flags[i], (byte) 0);
    }
  }

  /** Drops part i (at addr), through its own parts when they are tracked. */
  void dropPart(Machine m, int fp, int i, int addr) {
    if (children[i] != null) children[i].drop(m, fp, addr);
    else if (droppers[i] != null) droppers[i].drop(m, addr);
  }

  public void clear(Machine m, int fp) {
    for (int i = 0; i < flags.length; i++) {
      m.mem.putByte(fp + flags[i], (byte) 0);
      if (children[i] != null) children[i].clear(m, fp);
    }
  }

  /**
   * Before an assignment over the field at path (field indices from the local): drops the old value at
   * addr unless it was moved out, through its own tracked parts if any, and clears the flags below it,
   * so the new value is owned in full. Read at run time: the tracking is complete once the function
   * is compiled, whichever of the move and the assignment was compiled first.
   */
  public static void dropOld(DropSlot slot, int[] path, Dropper whole, Machine m, int fp, int addr) {
    if (slot.movedFlags == null) {
      whole.drop(m, addr);
      return;
    }
    int flag = slot.movedFlags[path[0]];
    MovePaths parts = slot.fieldParts == null ? null : slot.fieldParts[path[0]];
    for (int k = 1; k < path.length; k++) {
      if (parts == null) {
        // Not tracked this deep: the field is in place (a moved ancestor would be rustc's E0382).
        whole.drop(m, addr);
        return;
      }
      flag = parts.flags[path[k]];
      parts = parts.children[path[k]];
    }
    if (m.mem.getByte(fp + flag) != 0) {
      m.mem.putByte(fp + flag, (byte) 0);
      if (parts != null) parts.clear(m, fp);
    } else if (parts != null) {
      parts.drop(m, fp, addr);
    } else {
      whole.drop(m, addr);
    }
  }
}
