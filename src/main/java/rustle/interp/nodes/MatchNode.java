package rustle.interp.nodes;

import rustle.ast.Span;
import rustle.interp.PatCompiler;
import rustle.interp.drop.DropSlot;
import rustle.interp.drop.Unwind;
import rustle.interp.rt.IntNode;
import rustle.interp.rt.Machine;
import rustle.interp.rt.Node;
import rustle.interp.rt.Place;
import rustle.interp.rt.RustPanic;

/**
 * {@code match}: the first arm whose pattern matches (and guard holds) binds and runs. A null test
 * matches without reading anything: the last arm's when it has no guard, since a value that reached it
 * is covered by it (the checker proved the match exhaustive, E0004).
 */
public final class MatchNode extends Node {
  final Place scrut;
  final PatCompiler.Test[] tests;
  final PatCompiler.Bind[] binds;
  final IntNode[] guards;
  final Node[] bodies;
  final int[] moveFlags;
  /** Per arm, the moved flags of the fields it moves out of its owning local, or null (PartialMoves). */
  public int[][] partFlags;
  final DropSlot[][] drops;
  final Span span;
  /**
   * For two arms without guards whose first is decided by one tag byte or word (`Some(x) => .., None =>
   * ..` on a niche or tagged Option, or the other way round): that tag's offset, width (else 0), value
   * and sense, and each arm's binder when it is one word (else null). select reads the tag itself.
   */
  final int tagOff;
  final int tagWidth;
  final long tagValue;
  final boolean tagEq;
  final PatWords.Leaf leaf0;
  final PatWords.Leaf leaf1;

  public MatchNode(Place scrut, PatCompiler.Test[] tests, PatCompiler.Bind[] binds, IntNode[] guards, Node[] bodies,
      int[] moveFlags, DropSlot[][] drops, Span span) {
    this.scrut = scrut;
    this.tests = tests;
    this.binds = binds;
    this.guards = guards;
    this.bodies = bodies;
    this.moveFlags = moveFlags;
    this.drops = drops;
    this.span = span;
    boolean two = tests.length == 2 && tests[1] == null && guards[0] == null && guards[1] == null
        && tests[0] instanceof PatCompiler.TagTest t && (t.width == 1 || t.width == 8);
    PatCompiler.TagTest t = two ? (PatCompiler.TagTest) tests[0] : null;
    this.tagOff = two ? t.off : 0;
    this.tagWidth = two ? t.width : 0;
    this.tagValue = two ? t.value : 0;
    this.tagEq = two && t.eq;
    this.leaf0 = two && binds[0] instanceof PatWords.One o ? o.a : null;
    this.leaf1 = two && binds[1] instanceof PatWords.One o ? o.a : null;
  }

  private int select(Machine m, int fp) {
    int a = scrut.addr(m, fp);
    if (tagWidth == 0) return selectArms(m, fp, a);
    int i = tagArm(m.mem, a);
    PatWords.Leaf l = i == 0 ? leaf0 : leaf1;
    if (l != null) l.bind(m.mem, fp, a);
    else bindArm(m, fp, a, i);
    if (moveFlags[i] != 0 || partFlags != null) moved(m, fp, i);
    return i;
  }

  private void bindArm(Machine m, int fp, int a, int i) {
    if (binds[i] != PatBinds.NONE) binds[i].bind(m, fp, a);
  }

  /** Which of the two arms the tag at a selects. */
  private int tagArm(rustle.memory.Memory mem, int a) {
    long w = tagWidth == 8 ? mem.getLong(a + tagOff) : mem.getByte(a + tagOff) & 0xFFL;
    return (w == tagValue) == tagEq ? 0 : 1;
  }

  /** The arm's moves out of the scrutinee's local: whole (its flag cleared) or of some fields. */
  private void moved(Machine m, int fp, int i) {
    if (moveFlags[i] != 0) m.mem.putByte(fp + moveFlags[i], (byte) 0);
    if (partFlags != null) markMoved(m, fp, i);
  }

  /** The general selection: each arm's test, binder and guard in turn. */
  private int selectArms(Machine m, int fp, int a) {
    for (int i = 0; i < tests.length; i++) {
      if (tests[i] != null && !tests[i].test(m, fp, a)) continue;
      if (binds[i] != PatBinds.NONE) binds[i].bind(m, fp, a);
      if (guards[i] != null && guards[i].evalLong(m, fp) == 0) continue;
      if (moveFlags[i] != 0) m.mem.putByte(fp + moveFlags[i], (byte) 0);
      if (partFlags != null) markMoved(m, fp, i);
      return i;
    }
    throw new RustPanic("internal error: entered unreachable code: no match arm matched", span);
  }

  private void markMoved(Machine m, int fp, int i) {
    int[] fl = partFlags[i];
    if (fl != null) for (int x : fl) m.mem.putByte(fp + x, (byte) 1);
  }

  private void done(Machine m, int fp, int i) {
    if (drops[i].length != 0) DropSlot.dropAll(drops[i], m, fp);
  }

  // The arm's bindings are dropped on every exit: done() after the body, Unwind.leave when an
  // exception (a jump out of the value, a panic) leaves it.

  @Override
  public int exec(Machine m, int fp) {
    int i = select(m, fp);
    try {
      int st = bodies[i].exec(m, fp);
      done(m, fp, i);
      return st;
    } catch (RuntimeException e) {
      throw Unwind.leave(m, e, drops[i], fp);
    }
  }

  @Override
  public long evalLong(Machine m, int fp) {
    int i = select(m, fp);
    try {
      long v = bodies[i].evalLong(m, fp);
      done(m, fp, i);
      return v;
    } catch (RuntimeException e) {
      throw Unwind.leave(m, e, drops[i], fp);
    }
  }

  @Override
  public double evalDouble(Machine m, int fp) {
    int i = select(m, fp);
    try {
      double v = bodies[i].evalDouble(m, fp);
      done(m, fp, i);
      return v;
    } catch (RuntimeException e) {
      throw Unwind.leave(m, e, drops[i], fp);
    }
  }

  @Override
  public void evalInto(Machine m, int fp, int dst) {
    int i = select(m, fp);
    try {
      bodies[i].evalInto(m, fp, dst);
      done(m, fp, i);
    } catch (RuntimeException e) {
      throw Unwind.leave(m, e, drops[i], fp);
    }
  }
}
