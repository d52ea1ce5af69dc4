package rustle.driver;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Span;

/**
 * Encodes an AST (a graph of records, lists, strings, numbers and enums) in the compact format
 * {@link AstReader} decodes. Runs at build time only, so it walks the records by reflection: a record is
 * its class number from {@link AstClasses} followed by its components in declaration order, which is the
 * order of the canonical constructor's parameters. A record reached twice is written once, then referred
 * to by number, so that the decoded AST shares what the parsed one shared.
 */
final class AstWriter {
  private ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
  private final Map<Class<?>, Integer> classes = new HashMap<>();
  private final Map<Object, Integer> records = new IdentityHashMap<>();
  private final Map<String, Integer> strings = new HashMap<>();
  private final Map<Span, Integer> spans = new HashMap<>();
  /** While the main part is written ({@link #writeDeferringBodies}): the bodies left for after it. */
  private List<Expr.Block> deferred;
  /** While the bodies are written: the one being written, and which body first wrote each record. */
  private int body = -1;
  private int bodiesAt = -1;
  private final Map<Object, Integer> bodyOf = new IdentityHashMap<>();

  AstWriter() {
    for (int i = 0; i < AstClasses.ALL.length; i++) classes.put(AstClasses.ALL[i], i);
  }

  byte[] bytes() {
    return out.toByteArray();
  }

  /**
   * Writes root with its functions' bodies (those larger than an intrinsic's) after the rest, each on its
   * own, so that the reader can leave them encoded until a body is asked for ({@link AstReader#endOfMain}).
   * The main part is as {@link #write} writes it, but that a deferred body is the tag LAZY and the body's
   * number. Then come the number of bodies, a table of their offsets (four bytes each, from the end of
   * the table), and the bodies. Each body may refer to the main part's records, strings and spans; what
   * it adds to those tables is numbered after the main part's and forgotten after it, so that each body
   * decodes without the others. A record shared by two bodies would then decode as two, so it is refused.
   */
  void writeDeferringBodies(Object root) {
    deferred = new ArrayList<>();
    write(root);
    List<Expr.Block> bodies = deferred;
    deferred = null;
    varint(bodies.size());
    ByteArrayOutputStream main = out;
    out = new ByteArrayOutputStream(1 << 16);
    int[] offsets = new int[bodies.size()];
    int mainRecords = records.size();
    int mainStrings = strings.size();
    int mainSpans = spans.size();
    for (body = 0; body < bodies.size(); body++) {
      offsets[body] = out.size();
      write(bodies.get(body));
      records.values().removeIf(n -> n >= mainRecords);
      strings.values().removeIf(n -> n >= mainStrings);
      spans.values().removeIf(n -> n >= mainSpans);
    }
    body = -1;
    for (int off : offsets) {
      for (int shift = 24; shift >= 0; shift -= 8) main.write(off >>> shift);
    }
    bodiesAt = main.size();
    main.write(out.toByteArray(), 0, out.size());
    out = main;
  }

  /** Where the bodies' bytes start (after {@link #writeDeferringBodies}): the main part ends there. */
  int bodiesAt() {
    return bodiesAt;
  }

  void write(Object v) {
    if (v == null) {
      out.write(AstReader.NULL);
    } else if (v instanceof Integer n) {
      out.write(AstReader.INT);
      zigzag(n);
    } else if (v instanceof Boolean b) {
      out.write(b ? AstReader.TRUE : AstReader.FALSE);
    } else if (v instanceof Double d) {
      out.write(AstReader.DOUBLE);
      long bits = Double.doubleToRawLongBits(d);
      for (int i = 56; i >= 0; i -= 8) out.write((int) (bits >>> i));
    } else if (v instanceof String s) {
      string(s);
    } else if (v instanceof BigInteger b) {
      out.write(AstReader.BIGINT);
      string(b.toString());
    } else if (v instanceof Enum<?> e) {
      out.write(AstReader.INT);
      varint(e.ordinal() << 1);
    } else if (v instanceof List<?> list) {
      out.write(AstReader.LIST);
      varint(list.size());
      for (Object o : list) write(o);
    } else if (v instanceof Record r) {
      record(r);
    } else {
      throw new IllegalArgumentException("no encoding for a " + v.getClass().getName() + " in the AST");
    }
  }

  private void record(Record r) {
    if (r instanceof Span span) {
      span(span);
      return;
    }
    Integer seen = records.get(r);
    if (seen != null) {
      out.write(AstReader.SEEN);
      varint(seen);
      return;
    }
    Integer k = classes.get(r.getClass());
    if (k == null) throw new IllegalArgumentException(r.getClass().getName() + " is missing from AstClasses");
    if (body >= 0) {
      Integer other = bodyOf.put(r, body);
      if (other != null && other != body) {
        throw new IllegalStateException("a " + r.getClass().getName() + " is shared by two functions' bodies");
      }
    }
    out.write(AstReader.RECORD);
    varint(k);
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object value;
      try {
        value = c.getAccessor().invoke(r);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
      if (value instanceof java.util.Map) {
        continue;  // a side table (Crate's visibility): the prelude's is not needed, the reader makes it empty
      } else if (deferred != null && r instanceof Item.FnItem && value instanceof Expr.Block b && !small(b)) {
        out.write(AstReader.LAZY);
        varint(deferred.size());
        deferred.add(b);
      } else {
        write(value);
      }
    }
    // Numbered after its components, in the order the reader finishes building records.
    records.put(r, records.size());
  }

  /**
   * Whether a body is too small to be worth leaving encoded: its stand-in and decoder cost about as much
   * as {@code { intrinsic!() }} (a block and a macro call), the body of most of the prelude's functions.
   */
  private static boolean small(Expr.Block b) {
    return b.stmts().isEmpty() && (b.tail() == null || b.tail() instanceof Expr.MacroCall m && m.args().isEmpty());
  }

  /**
   * Spans are a third of the values: equal ones are written once (nodes often share their span), and
   * their six numbers follow the tag untagged, the ends relative to the starts.
   */
  private void span(Span s) {
    Integer seen = spans.get(s);
    if (seen != null) {
      out.write(AstReader.SEEN_SPAN);
      varint(seen);
      return;
    }
    spans.put(s, spans.size());
    out.write(AstReader.SPAN);
    varint(s.start());
    zigzag(s.end() - s.start());
    varint(s.line());
    varint(s.col());
    zigzag(s.endLine() - s.line());
    varint(s.endCol());
  }

  private void string(String s) {
    Integer seen = strings.get(s);
    if (seen != null) {
      out.write(AstReader.STRING);
      varint(seen);
      return;
    }
    strings.put(s, strings.size());
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.write(AstReader.NEW_STRING);
    varint(utf8.length);
    out.write(utf8, 0, utf8.length);
  }

  private void zigzag(int n) {
    varint((n << 1) ^ (n >> 31));
  }

  void varint(int v) {
    while ((v & ~0x7f) != 0) {
      out.write((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }
}
