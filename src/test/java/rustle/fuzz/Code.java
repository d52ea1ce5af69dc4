package rustle.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated program as a tree of lines: a leaf is one statement or item line, a block has a head line,
 * children and a closing line. The reducer removes subtrees; rendering indents by depth.
 */
final class Code {
  final String head;
  final String tail;
  final List<Code> kids;
  /** Whether the reducer may drop this node (a function's signature or an `} else {` may not go alone). */
  final boolean removable;

  private Code(String head, String tail, List<Code> kids, boolean removable) {
    this.head = head;
    this.tail = tail;
    this.kids = kids;
    this.removable = removable;
  }

  static Code line(String text) {
    return new Code(text, null, List.of(), true);
  }

  static Code fixed(String text) {
    return new Code(text, null, List.of(), false);
  }

  static Code block(String head, List<Code> kids, String tail) {
    return new Code(head, tail, List.copyOf(kids), true);
  }

  /** Children without a line of their own (the arms of an if/else kept together). */
  static Code group(List<Code> kids) {
    return new Code(null, null, List.copyOf(kids), false);
  }

  /** Lines that stand or fall together (an item with its attribute), removable as a whole. */
  static Code item(List<Code> kids) {
    return new Code(null, null, List.copyOf(kids), true);
  }

  Code withKids(List<Code> newKids) {
    return new Code(head, tail, List.copyOf(newKids), removable);
  }

  boolean isLeaf() {
    return kids.isEmpty() && tail == null;
  }

  String render() {
    StringBuilder sb = new StringBuilder();
    render(sb, 0);
    return sb.toString();
  }

  private void render(StringBuilder sb, int depth) {
    int inner = depth;
    if (head != null) {
      // A fixed line that closes a block (`} else {`) sits at its block's depth.
      int at = !removable && isLeaf() && head.startsWith("}") ? Math.max(0, depth - 1) : depth;
      sb.append("    ".repeat(at)).append(head).append('\n');
      inner = depth + 1;
    }
    for (Code k : kids) {
      k.render(sb, inner);
    }
    if (tail != null) {
      sb.append("    ".repeat(depth)).append(tail).append('\n');
    }
  }

  /** Number of nodes (a size measure for the reducer's report). */
  int size() {
    int n = 1;
    for (Code k : kids) {
      n += k.size();
    }
    return n;
  }

  static List<Code> list(Code... codes) {
    return new ArrayList<>(List.of(codes));
  }
}
