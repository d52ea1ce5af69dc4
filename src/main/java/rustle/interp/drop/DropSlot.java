package rustle.interp.drop;

import rustle.interp.rt.Machine;

/** A local or temporary that owns something: its slot, its drop flag, and its type's drop glue. */
public final class DropSlot {
  final int off;
  public final int flagOff;
  final Dropper dropper;
  /**
   * A SmartDrops.QUICK_* kind: the drop done in place in the common case, without a virtual call. Only
   * for types no part of which can be moved out (Rc, Ref, RefMut), so movedFlags stays null with it.
   */
  final int quick;
  final String name;
  /**
   * Set when some field of this local is moved out somewhere in its function (a partial move): then
   * each field has a "moved out" flag and scope exit drops only the fields still in place.
   */
  public int[] movedFlags;
  public int[] fieldOffs;
  public Dropper[] fieldDroppers;
  /** Per field, its own parts moved out one by one ({@code s.a.b}), or null (MovePaths). */
  public MovePaths[] fieldParts;
  /** The order the fields left are dropped in, when not their own (a partly moved array), else null. */
  public int[] fieldOrder;
  /**
   * For an enum local an arm moves fields out of ({@code Message::Pair(a, _)}): a moved flag per field of
   * each variant, and what drops them (nodes.PartialMoves); its drop drops the active variant's fields
   * still in place.
   */
  public int[][] variantFlags;
  public int[][] variantOffs;
  public Dropper[][] variantDroppers;
  public rustle.interp.nodes.EnumAccess variantAccess;
  /** For a Box local whose content may be moved out ({@code let s = *b;}): the content's size, else -1. */
  public int boxContentSize = -1;
  /**
   * What patterns that moved this local out in part leave of it ({@code if let Some((l, _)) = pair}, see
   * nodes.PatResidue): each with a flag set by the pattern's binder; dropped when the local is next
   * dropped (its scope end, an assignment over it) while its own flag is clear.
   */
  public int[] residueFlags;
  public Dropper[] residues;
  /**
   * Set for a binding the borrow checker found holding nothing at every normal exit of its scope: its
   * drop is left out of those exits (drop elaboration, docs/evaluator.md), its flag still kept for
   * unwinding.
   */
  public boolean deadAtExits;

  /**
   * Set (RUSTLE_CHECK_DROP_ELABORATION in the environment, for tests) to test the elaboration instead of
   * trusting it: an elided drop becomes {@link #expectDead}, which fails if the value is there after all.
   */
  public static final boolean CHECK_ELABORATION = System.getenv("RUSTLE_CHECK_DROP_ELABORATION") != null;

  public DropSlot(int off, int flagOff, Dropper dropper, String name) {
    this.off = off;
    this.flagOff = flagOff;
    this.dropper = dropper;
    this.quick = SmartDrops.quickKind(dropper);
    this.name = name;
  }

  /** What a normal exit that the elaboration leaves out does in check mode: fails if the value is live. */
  public DropSlot expectDead() {
    return new DropSlot(off, flagOff, new Dropper() {
      @Override
      public void drop(Machine m, int addr) {
        throw new IllegalStateException("drop elaboration: '" + name + "' holds a value at a scope exit");
      }
    }, name);
  }

  /**
   * Drops the value if the flag says it is still owned here; leaves its flag and moved flags clear
   * (docs/evaluator.md, "Drop flags"). Kept under C2's inlining limit for hot callees (the launcher's
   * FreqInlineSize): the smart-pointer drops are done here, the rest out of line.
   */
  public void dropIfLive(Machine m, int fp) {
    int f = fp + flagOff;
    if (m.mem.getByte(f) == 0) {
      // All flags of the slot are clear after its scope, whatever state the value was in.
      clearMoved(m, fp);
      return;
    }
    m.mem.putByte(f, (byte) 0);
    int a = fp + off;
    switch (quick) {
      case SmartDrops.QUICK_REF:
        SmartDrops.releaseShared(m, a);
        return;
      case SmartDrops.QUICK_REF_MUT:
        SmartDrops.releaseExclusive(m, a);
        return;
      case SmartDrops.QUICK_RC:
        if (SmartDrops.decrementNotLast(m, a)) return;
        break;
      default:
        break;
    }
    dropRest(m, fp, a);
  }

  /** The drop of a value that is not a quick case (apart, so that dropIfLive stays small). */
  private void dropRest(Machine m, int fp, int a) {
    if (variantFlags != null) dropVariantParts(m, fp, a);
    else if (movedFlags == null) dropper.drop(m, a);
    else dropParts(m, fp);
  }

  private void dropVariantParts(Machine m, int fp, int a) {
    int v = variantAccess.variant(m.mem, a);
    int[] fl = variantFlags[v];
    for (int j = 0; j < fl.length; j++) {
      if (m.mem.getByte(fp + fl[j]) == 0 && variantDroppers[v][j] != null) variantDroppers[v][j].drop(m, a + variantOffs[v][j]);
    }
    clearMoved(m, fp);
  }

  /** The drop of a local some part of which may have been moved out. */
  private void dropParts(Machine m, int fp) {
    if (boxContentSize >= 0) {
      // A box whose content was moved out is freed without dropping the content.
      int ptr = (int) m.mem.getLong(fp + off);
      if (m.mem.getByte(fp + movedFlags[0]) != 0) {
        m.heapTypes.boxFree(ptr, boxContentSize);
      } else if (fieldParts != null && fieldParts[0] != null) {
        // Some fields of the content were moved out (`let n = b.next;`): drop the others, then free.
        fieldParts[0].drop(m, fp, ptr);
        m.heapTypes.boxFree(ptr, boxContentSize);
      } else {
        dropper.drop(m, fp + off);
      }
      clearMoved(m, fp);
      return;
    }
    for (int k = 0; k < movedFlags.length; k++) {
      int i = fieldOrder == null ? k : fieldOrder[k];
      if (m.mem.getByte(fp + movedFlags[i]) != 0) continue;
      if (fieldParts != null && fieldParts[i] != null) fieldParts[i].drop(m, fp, fp + off + fieldOffs[i]);
      else if (fieldDroppers[i] != null) fieldDroppers[i].drop(m, fp + off + fieldOffs[i]);
    }
    clearMoved(m, fp);
  }

  public void clearMoved(Machine m, int fp) {
    if (movedFlags != null || variantFlags != null || residueFlags != null) clearParts(m, fp);
  }

  private void clearParts(Machine m, int fp) {
    if (movedFlags != null) for (int mf : movedFlags) m.mem.putByte(fp + mf, (byte) 0);
    if (fieldParts != null) for (MovePaths p : fieldParts) if (p != null) p.clear(m, fp);
    if (variantFlags != null) for (int[] fl : variantFlags) for (int x : fl) m.mem.putByte(fp + x, (byte) 0);
    if (residueFlags != null) {
      for (int i = 0; i < residueFlags.length; i++) {
        if (m.mem.getByte(fp + residueFlags[i]) == 0) continue;
        m.mem.putByte(fp + residueFlags[i], (byte) 0);
        residues[i].drop(m, fp + off);
      }
    }
  }

  /** Adds what a pattern leaves of this local once it matched, with its flag. */
  public void addResidue(int flag, Dropper rest) {
    int n = residueFlags == null ? 0 : residueFlags.length;
    residueFlags = residueFlags == null ? new int[1] : java.util.Arrays.copyOf(residueFlags, n + 1);
    residues = residues == null ? new Dropper[1] : java.util.Arrays.copyOf(residues, n + 1);
    residueFlags[n] = flag;
    residues[n] = rest;
  }

  public static void dropAll(DropSlot[] slots, Machine m, int fp) {
    for (int i = slots.length - 1; i >= 0; i--) slots[i].dropIfLive(m, fp);
  }
}
