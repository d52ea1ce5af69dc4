package rustle.dump;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The text format: each snapshot as an "Address | Data" table of the stack (frames from main down),
 * then of the heap and the static data pointed into, and what changed; at most 80 columns wide.
 */
final class TextFormat implements Format {
  static final int WIDTH = 80;
  /** Where detail lines (fields, bytes, contents) start: under the Local column. */
  private static final String IND = " ".repeat(18);

  @Override
  public void snapshot(Snapshot s, PrintWriter w) {
    w.print(render(s));
  }

  @Override
  public void end(Program program, List<Snapshot> all, int skipped, PrintWriter w) {
    if (skipped > 0) {
      w.println("note: " + skipped + " more snapshot" + (skipped == 1 ? " was" : "s were")
          + " not taken (--max-snapshots " + all.size() + ")");
    }
  }

  static String render(Snapshot s) {
    StringBuilder sb = new StringBuilder();
    String title = "snapshot " + (s.index() + 1) + (s.name() == null ? "" : " \"" + s.name() + "\"")
        + ": line " + s.line() + (s.hit() > 1 ? " (hit " + s.hit() + ")" : "");
    sb.append("=== ").append(title).append(' ').append("=".repeat(Math.max(3, WIDTH - 5 - title.length())))
        .append('\n');
    sb.append("STACK\n");
    for (int f = 0; f < s.frames().size(); f++) frame(sb, s, f);
    sb.append("HEAP\n");
    if (s.heap().isEmpty()) sb.append("  (no live blocks)\n");
    else sb.append(row("  Address", "Size", "Contents")).append('\n');
    for (Snapshot.Block b : s.heap()) block(sb, s, b);
    if (!s.statics().isEmpty()) {
      sb.append("STATIC\n");
      for (Snapshot.Static st : s.statics()) {
        sb.append(fit(row("  " + st.address(), Integer.toString(st.size()), quote(st.text())))).append('\n');
      }
    }
    changes(sb, s);
    return sb.toString();
  }

  private static String row(String addr, String size, String rest) {
    return String.format("%-12s%4s  %s", addr, size, rest);
  }

  private static void frame(StringBuilder sb, Snapshot s, int f) {
    Snapshot.Frame fr = s.frames().get(f);
    sb.append("#").append(f).append(' ').append(fr.function()).append("  frame top ").append(fr.address())
        .append(", line ").append(fr.line());
    if (fr.callLine() != null) sb.append(", called from line ").append(fr.callLine());
    sb.append('\n');
    if (fr.locals().isEmpty()) {
      sb.append("  (no locals)\n");
      return;
    }
    sb.append(row("  Address", "Size", "Local")).append('\n');
    for (Snapshot.Local l : fr.locals()) local(sb, s, l);
  }

  private static void local(StringBuilder sb, Snapshot s, Snapshot.Local l) {
    String name = (l.hidden() ? l.name() + " (compiler place)" : l.name()) + ": " + l.type();
    String value = switch (l.state()) {
      case "moved" -> "<moved>";
      case "uninit" -> "<uninit>";
      default -> l.value();
    };
    boolean thinPointer = l.fields().isEmpty() && l.pointers().size() == 1 && l.type().startsWith("&");
    if (thinPointer) value = "-> " + describe(s, l.pointers().get(0));
    String head = row("  " + l.address(), Integer.toString(l.size()), name + " = " + value);
    if (head.length() <= WIDTH) {
      sb.append(head).append('\n');
    } else {
      sb.append(row("  " + l.address(), Integer.toString(l.size()), name)).append('\n');
      sb.append(fit(IND + "= " + value)).append('\n');
    }
    if (l.state().equals("partially-moved")) sb.append(IND).append("(some fields moved out)\n");
    List<Snapshot.Pointer> rest = new ArrayList<>(l.pointers());
    long base = Long.parseLong(l.address().substring(2), 16);
    for (Snapshot.Field fd : l.fields()) {
      String v = fd.value();
      for (Snapshot.Pointer p : l.pointers()) {
        if (fd.value().equals(p.to()) && !fd.name().equals("len") && !fd.name().equals("cap")) {
          v = "-> " + describe(s, p);
          rest.remove(p);
        } else if (Long.parseLong(p.from().substring(2), 16) == base + fd.offset() && fd.value().startsWith("0x")) {
          // The field shows the stored word already (a table's ctrl pointer into the middle of its block).
          rest.remove(p);
        }
      }
      field(sb, fd, v);
    }
    // Pointers deeper in the value than its fields (an Rc in an Option field) get a line of their own.
    if (!thinPointer) {
      for (Snapshot.Pointer p : rest) pointer(sb, s, p);
    }
    if (!l.state().equals("uninit")) bytes(sb, l.bytes());
  }

  private static void field(StringBuilder sb, Snapshot.Field fd, String value) {
    String lab = String.format("+%-3d %-9s", fd.offset(), fd.name());
    // A long field name (a table's bucket_mask, padding) still gets a space before its value.
    if (fd.name().length() >= 9) lab += " ";
    sb.append(fit(IND + lab + (fd.name().equals("(padding)") ? fd.size() + " bytes" : value))).append('\n');
  }

  private static void block(StringBuilder sb, Snapshot s, Snapshot.Block b) {
    List<String> who = new ArrayList<>();
    if (!b.owners().isEmpty()) who.add("owned by " + String.join(", ", b.owners()));
    if (!b.weakOwners().isEmpty()) who.add("weakly held by " + String.join(", ", b.weakOwners()));
    String owners = who.isEmpty() ? "no owner found" : String.join("; ", who);
    String head = row("  " + b.address(), Integer.toString(b.size()), b.type() + "  " + owners);
    if (head.codePointCount(0, head.length()) <= WIDTH) {
      sb.append(head).append('\n');
    } else {
      // Many owners, or long paths to them (an Rc in a node of a list): the owners on lines of their own.
      sb.append(fit(row("  " + b.address(), Integer.toString(b.size()), b.type()))).append('\n');
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < b.owners().size(); i++) parts.add((i == 0 ? "owned by " : "") + b.owners().get(i));
      for (int i = 0; i < b.weakOwners().size(); i++) parts.add((i == 0 ? "weakly held by " : "") + b.weakOwners().get(i));
      wrap(sb, "", parts, ", ");
    }
    if (b.allocatedLine() != null) {
      sb.append(IND).append("allocated ").append(b.why() == null ? "" : "by " + b.why() + " ")
          .append("at line ").append(b.allocatedLine()).append('\n');
    }
    Snapshot.Contents c = b.contents();
    switch (c.kind()) {
      case "string" -> {
        sb.append(fit(IND + "len " + c.len() + ", capacity " + c.capacity() + ": " + quote(c.text()))).append('\n');
        List<String> parts = new ArrayList<>();
        for (Snapshot.CharBytes ch : c.chars()) parts.add(quote1(ch.ch()) + " " + ch.bytes());
        wrap(sb, "chars ", parts, " | ");
      }
      case "vec" -> {
        sb.append(IND).append("len ").append(c.len()).append(", capacity ").append(c.capacity()).append('\n');
        List<String> parts = new ArrayList<>();
        for (Snapshot.Element e : c.elements()) parts.add("[" + e.index() + "] " + e.value());
        if (c.len() != null && c.len() > c.elements().size()) parts.add("..");
        wrap(sb, "", parts, "  ");
        if (c.unused() != null) {
          sb.append(IND).append("unused capacity from ").append(c.unused().address()).append(" (")
              .append(c.unused().size()).append(" bytes)\n");
        }
      }
      case "box" -> sb.append(fit(IND + "value " + c.value())).append('\n');
      case "rc" -> sb.append(fit(IND + "value " + c.value())).append('\n');
      default -> { }
    }
    // A block's layout fields (an RcInner's counts and value): a pointer stored in a field is shown there.
    List<Snapshot.Pointer> rest = new ArrayList<>(b.pointers());
    long base = Long.parseLong(b.address().substring(2), 16);
    for (Snapshot.Field fd : c.fields() == null ? List.<Snapshot.Field>of() : c.fields()) {
      String v = fd.value();
      for (Snapshot.Pointer p : b.pointers()) {
        if (Long.parseLong(p.from().substring(2), 16) == base + fd.offset() && fd.value().equals(p.to())) {
          v = "-> " + describe(s, p);
          rest.remove(p);
        }
      }
      field(sb, fd, v);
    }
    for (Snapshot.Pointer p : rest) {
      pointer(sb, s, p);
    }
    bytes(sb, b.bytes());
  }

  /** A pointer's own line: its path and target, the target on a line of its own when the path is long. */
  private static void pointer(StringBuilder sb, Snapshot s, Snapshot.Pointer p) {
    String line = IND + p.path() + " -> " + describe(s, p);
    if (line.codePointCount(0, line.length()) <= WIDTH) {
      sb.append(line).append('\n');
    } else {
      sb.append(fit(IND + p.path())).append('\n');
      sb.append(fit(IND + "  -> " + describe(s, p))).append('\n');
    }
  }

  private static void changes(StringBuilder sb, Snapshot s) {
    Snapshot.Changes c = s.changes();
    List<String> parts = new ArrayList<>();
    if (!c.allocated().isEmpty()) parts.add("allocated " + String.join(", ", c.allocated()));
    for (Snapshot.Freed f : c.freed()) parts.add("freed " + f.address() + " (" + f.size() + " bytes)");
    List<String> names = new ArrayList<>();
    for (Snapshot.ChangedLocal l : c.changedLocals()) names.add(s.frames().get(l.frame()).function() + "::" + l.name());
    if (!names.isEmpty()) parts.add("written " + String.join(", ", names));
    if (parts.isEmpty()) parts.add("nothing");
    List<String> words = new ArrayList<>();
    for (String p : String.join("; ", parts).split(" ")) words.add(p);
    StringBuilder line = new StringBuilder("CHANGED");
    for (String word : words) {
      if (line.length() + 1 + word.length() > WIDTH) {
        sb.append(line).append('\n');
        line = new StringBuilder("  ").append(word);
      } else {
        line.append(' ').append(word);
      }
    }
    sb.append(line).append('\n');
  }

  /** A pointer's target in words: a local, a heap block and offset, static data, null or dangling. */
  static String describe(Snapshot s, Snapshot.Pointer p) {
    Snapshot.Target t = p.target();
    return p.to() + switch (t.region()) {
      case "heap" -> " (heap block " + t.block() + (t.offset() != 0 ? " + " + t.offset() : "") + ")";
      case "stack" -> t.local() == null ? " (stack)" : " (" + t.local()
          + (t.offset() != null && t.offset() != 0 ? " + " + t.offset() : "") + " in #" + t.frame() + " "
          + s.frames().get(t.frame()).function() + ")";
      case "static" -> " (static)";
      case "null" -> " (null)";
      default -> " (DANGLING)";
    };
  }

  private static void bytes(StringBuilder sb, String hex) {
    if (hex.isEmpty()) return;
    String[] b = hex.split(" ");
    for (int i = 0; i < b.length; i += 16) {
      sb.append(IND).append(i == 0 ? "bytes " : "      ");
      sb.append(String.join(" ", java.util.Arrays.copyOfRange(b, i, Math.min(b.length, i + 16)))).append('\n');
    }
  }

  private static void wrap(StringBuilder sb, String label, List<String> parts, String sep) {
    StringBuilder line = new StringBuilder(IND + label);
    String pad = IND + " ".repeat(label.length());
    boolean first = true;
    for (String p : parts) {
      String piece = (first ? "" : sep) + p;
      if (!first && line.length() + piece.length() > WIDTH) {
        sb.append(line.toString().stripTrailing()).append('\n');
        line = new StringBuilder(pad).append(p);
      } else {
        line.append(piece);
      }
      first = false;
    }
    sb.append(fit(line.toString())).append('\n');
  }

  private static String quote(String text) {
    StringBuilder sb = new StringBuilder();
    rustle.fmt.Fmt.debugStr(sb, text);
    return sb.toString();
  }

  private static String quote1(String ch) {
    StringBuilder sb = new StringBuilder();
    rustle.fmt.Fmt.debugChar(sb, ch.codePointAt(0));
    return sb.toString();
  }

  /** Cuts a line to the width (counting code points), marking the cut. */
  static String fit(String line) {
    if (line.codePointCount(0, line.length()) <= WIDTH) return line;
    return line.substring(0, line.offsetByCodePoints(0, WIDTH - 2)) + "..";
  }
}
