package rustle.memory;

/**
 * A live block's allocation site with the mark an observer gave the block ({@link Allocator#markOf}),
 * kept in the allocator's site table in place of the bare site. An allocation writes its bare site
 * there, so a block is unmarked until an observer marks it: marks cost an allocation nothing.
 */
final class MarkedSite {
  final Object site;
  final int mark;

  MarkedSite(Object site, int mark) {
    this.site = site;
    this.mark = mark;
  }

  /** The bare site s stands for (s itself when it carries no mark). */
  static Object site(Object s) {
    return s instanceof MarkedSite m ? m.site : s;
  }

  /** The mark s carries; 0 when none. */
  static int mark(Object s) {
    return s instanceof MarkedSite m ? m.mark : 0;
  }
}
