package rustle.fmt;

import java.util.Arrays;

/**
 * Lays out the Debug output of composite values ({@code {:?}} and the pretty {@code {:#?}}) exactly
 * as Rust's {@code DebugTuple}, {@code DebugStruct}, {@code DebugList}, {@code DebugSet} and {@code
 * DebugMap} do, while the caller writes the leaf values itself.
 *
 * <p>The caller streams calls: a {@code begin..} method, then for each field {@link #field()} (or
 * {@link #field(String)}, or {@link #key()} and {@link #value()} for maps) followed by writing the
 * field's value into {@link #out()} — a leaf with {@link Fmt}, using the same spec, width and
 * precision as the whole (Rust passes the formatter on, so {@code {:5?}} of {@code Some(5)} is
 * {@code Some( 5)}), or a nested composite with more begin/field/end calls on this same builder —
 * and finally {@link #end()}.
 *
 * <p>In pretty mode Rust indents everything a field writes through a {@code PadAdapter}. Text the
 * builder writes itself is indented as it is written; text the caller appends directly is indented
 * lazily, at the next builder call, by inserting the indentation after each of its newlines that is
 * followed by more text. So each char is looked at once and the compact mode costs nothing extra.
 */
public final class DebugBuilder {

  private static final byte TUPLE = 0;
  private static final byte TUPLE_STRUCT = 1;
  private static final byte STRUCT = 2;
  private static final byte LIST = 3;
  private static final byte SET = 4;
  private static final byte MAP = 5;

  private final StringBuilder out;
  private boolean pretty;
  private byte[] kinds = new byte[8];
  private int[] counts = new int[8];
  private boolean[] prettyFrames = new boolean[8];
  private int depth;

  /** How many pad adapters are active: open pretty frames that have started a field. */
  private int adapters;

  /** The end of the builder's own last write; the caller's text since then is not yet indented. */
  private int mark;

  /** A builder appending to out, pretty ({@code {:#?}}) or compact ({@code {:?}}). */
  public DebugBuilder(StringBuilder out, boolean pretty) {
    this.out = out;
    this.pretty = pretty;
    this.mark = out.length();
  }

  /** Where the caller writes field values. */
  public StringBuilder out() {
    return out;
  }

  /**
   * Switches pretty mode for composites begun from now on (a user Debug impl may format a field
   * with a different spec than its own).
   */
  public void setPretty(boolean pretty) {
    this.pretty = pretty;
  }

  /** Begins a tuple: {@code (1, "two")}, {@code (1,)}, {@code ()}. */
  public DebugBuilder beginTuple() {
    return begin(TUPLE, null);
  }

  /**
   * Begins a tuple struct or tuple variant: {@code Some(5)}, {@code W(1, "a")}; no fields: {@code
   * W}.
   */
  public DebugBuilder beginTupleStruct(String name) {
    return begin(TUPLE_STRUCT, name);
  }

  /** Begins a struct or struct variant: {@code Point { x: 1, y: 2 }}; no fields: {@code Point}. */
  public DebugBuilder beginStruct(String name) {
    return begin(STRUCT, name);
  }

  /** Begins a list (array, slice, Vec, VecDeque): {@code [1, 2]}. */
  public DebugBuilder beginList() {
    return begin(LIST, "[");
  }

  /** Begins a set: {@code {1, 2}}. */
  public DebugBuilder beginSet() {
    return begin(SET, "{");
  }

  /** Begins a map; entries are {@link #key()} then {@link #value()}: {@code {"a": 1}}. */
  public DebugBuilder beginMap() {
    return begin(MAP, "{");
  }

  /** Starts the next element of a tuple, tuple struct, list or set. */
  public DebugBuilder field() {
    startField();
    return this;
  }

  /** Starts the named field of a struct; the caller then writes its value. */
  public DebugBuilder field(String name) {
    startField();
    write(name);
    write(": ");
    return this;
  }

  /** Starts a map entry; the caller then writes its key. */
  public DebugBuilder key() {
    startField();
    return this;
  }

  /** Separates a map entry's key from its value; the caller then writes the value. */
  public DebugBuilder value() {
    catchUp();
    write(": ");
    return this;
  }

  /** Closes the innermost composite. */
  public DebugBuilder end() {
    catchUp();
    depth--;
    byte kind = kinds[depth];
    int count = counts[depth];
    boolean framePretty = prettyFrames[depth];
    if (framePretty && count > 0) {
      write(",\n");
      adapters--;
    }
    switch (kind) {
      case TUPLE -> write(count == 0 ? "()" : count == 1 && !framePretty ? ",)" : ")");
      case TUPLE_STRUCT -> write(count == 0 ? "" : ")");
      case STRUCT -> write(count == 0 ? "" : framePretty ? "}" : " }");
      case LIST -> write("]");
      default -> write("}");
    }
    return this;
  }

  private DebugBuilder begin(byte kind, String opening) {
    catchUp();
    if (depth == kinds.length) {
      kinds = Arrays.copyOf(kinds, depth * 2);
      counts = Arrays.copyOf(counts, depth * 2);
      prettyFrames = Arrays.copyOf(prettyFrames, depth * 2);
    }
    kinds[depth] = kind;
    counts[depth] = 0;
    prettyFrames[depth] = pretty;
    depth++;
    if (opening != null) {
      write(opening);
    }
    return this;
  }

  private void startField() {
    catchUp();
    int top = depth - 1;
    byte kind = kinds[top];
    boolean framePretty = prettyFrames[top];
    if (counts[top] > 0) {
      if (framePretty) {
        write(",\n"); // written inside the previous field's adapter, which ends here
        adapters--;
      } else {
        write(", ");
      }
    } else {
      String open =
          switch (kind) {
            case TUPLE, TUPLE_STRUCT -> "(";
            case STRUCT -> " {";
            default -> "";
          };
      write(framePretty ? open + "\n" : kind == STRUCT ? " { " : open);
    }
    if (framePretty) {
      adapters++;
    }
    counts[top]++;
  }

  /** Writes the builder's own text, indented if it starts a line inside pad adapters. */
  private void write(String s) {
    if (adapters > 0 && !s.isEmpty() && endsWithNewline()) {
      indent(adapters);
    }
    out.append(s);
    mark = out.length();
  }

  /** Indents the caller's text written since the builder's last write. */
  private void catchUp() {
    int end = out.length();
    if (adapters == 0 || mark >= end) {
      mark = end;
      return;
    }
    boolean atLineStart = endsWithNewlineAt(mark);
    int firstBreak = out.indexOf("\n", mark);
    if (!atLineStart && (firstBreak < 0 || firstBreak == end - 1)) {
      mark = end;
      return;
    }
    String text = out.substring(mark);
    out.setLength(mark);
    if (atLineStart) {
      indent(adapters);
    }
    int from = 0;
    int nl;
    while ((nl = text.indexOf('\n', from)) >= 0 && nl + 1 < text.length()) {
      out.append(text, from, nl + 1);
      indent(adapters);
      from = nl + 1;
    }
    out.append(text, from, text.length());
    mark = out.length();
  }

  private boolean endsWithNewline() {
    return endsWithNewlineAt(out.length());
  }

  private boolean endsWithNewlineAt(int index) {
    return index > 0 && out.charAt(index - 1) == '\n';
  }

  private void indent(int levels) {
    for (int i = 0; i < levels; i++) {
      out.append("    ");
    }
  }
}
