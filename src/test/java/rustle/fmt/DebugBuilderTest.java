package rustle.fmt;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Compact and pretty Debug of composite values, driven recursively the way the interpreter will.
 * Expected strings are what rustc 1.95 prints for {@code {:?}} and {@code {:#?}} of the Rust value
 * in each test's comment.
 */
class DebugBuilderTest {

  record Tuple(Object... items) {}

  record Lst(Object... items) {}

  record Set(Object... items) {}

  /** Alternating keys and values. */
  record Map(Object... entries) {}

  record TupleStruct(String name, Object... items) {}

  /** Alternating field names and values. */
  record Struct(String name, Object... fields) {}

  /** A user Debug impl that writes this text with {@code write!(f, ..)}. */
  record Raw(String text) {}

  private static Tuple tuple(Object... items) {
    return new Tuple(items);
  }

  private static Lst list(Object... items) {
    return new Lst(items);
  }

  /** Formats value with the single placeholder of fmt, as the interpreter would. */
  private static String debug(String fmt, Object value) {
    FormatSpec spec = Rust.spec(fmt);
    StringBuilder sb = new StringBuilder();
    DebugBuilder b = new DebugBuilder(sb, spec.isPretty());
    write(b, value, spec, Rust.width(spec), Rust.precision(spec));
    return sb.toString();
  }

  private static void write(DebugBuilder b, Object v, FormatSpec spec, int width, int precision) {
    StringBuilder out = b.out();
    if (v instanceof Integer i) {
      Fmt.formatInt(out, i, true, 32, spec, width, precision);
    } else if (v instanceof Double d) {
      Fmt.formatFloat(out, d, false, spec, width, precision);
    } else if (v instanceof String s) {
      Fmt.formatStr(out, s, spec, width, precision);
    } else if (v instanceof Character c) {
      Fmt.formatChar(out, c, spec, width, precision);
    } else if (v instanceof Boolean z) {
      Fmt.formatBool(out, z, spec, width, precision);
    } else if (v instanceof Raw r) {
      out.append(r.text());
    } else if (v instanceof Tuple t) {
      items(b.beginTuple(), t.items(), spec, width, precision);
    } else if (v instanceof Lst l) {
      items(b.beginList(), l.items(), spec, width, precision);
    } else if (v instanceof Set s) {
      items(b.beginSet(), s.items(), spec, width, precision);
    } else if (v instanceof TupleStruct t) {
      items(b.beginTupleStruct(t.name()), t.items(), spec, width, precision);
    } else if (v instanceof Struct s) {
      b.beginStruct(s.name());
      for (int i = 0; i < s.fields().length; i += 2) {
        b.field((String) s.fields()[i]);
        write(b, s.fields()[i + 1], spec, width, precision);
      }
      b.end();
    } else if (v instanceof Map m) {
      b.beginMap();
      for (int i = 0; i < m.entries().length; i += 2) {
        b.key();
        write(b, m.entries()[i], spec, width, precision);
        b.value();
        write(b, m.entries()[i + 1], spec, width, precision);
      }
      b.end();
    } else {
      throw new IllegalArgumentException(String.valueOf(v));
    }
  }

  private static void items(DebugBuilder b, Object[] items, FormatSpec spec, int w, int p) {
    for (Object item : items) {
      b.field();
      write(b, item, spec, w, p);
    }
    b.end();
  }

  private static void assertDebug(Object value, String compact, String pretty) {
    assertThat(debug("{:?}", value)).isEqualTo(compact);
    assertThat(debug("{:#?}", value)).isEqualTo(pretty);
  }

  @Test
  void tuples() {
    // ()
    assertDebug(tuple(), "()", "()");
    // (1,)
    assertDebug(tuple(1), "(1,)", "(\n    1,\n)");
    // (1, "two", 3.0)
    assertDebug(tuple(1, "two", 3.0), "(1, \"two\", 3.0)", "(\n    1,\n    \"two\",\n    3.0,\n)");
  }

  @Test
  void nestedLists() {
    // [[1, 2], [3, 4]]
    assertDebug(
        list(list(1, 2), list(3, 4)),
        "[[1, 2], [3, 4]]",
        "[\n    [\n        1,\n        2,\n    ],\n    [\n        3,\n        4,\n    ],\n]");
    // Vec::<i32>::new() and vec![Vec::<i32>::new()]
    assertDebug(list(), "[]", "[]");
    assertDebug(list(list()), "[[]]", "[\n    [],\n]");
  }

  @Test
  void nestedTuplesAndLists() {
    // (true, ('a', [0.5, 1.5]))
    assertDebug(
        tuple(true, tuple('a', list(0.5, 1.5))),
        "(true, ('a', [0.5, 1.5]))",
        "(\n"
            + "    true,\n"
            + "    (\n"
            + "        'a',\n"
            + "        [\n"
            + "            0.5,\n"
            + "            1.5,\n"
            + "        ],\n"
            + "    ),\n"
            + ")");
    // (1, (2,), [(3, 4)])
    assertDebug(
        tuple(1, tuple(2), list(tuple(3, 4))),
        "(1, (2,), [(3, 4)])",
        "(\n    1,\n    (\n        2,\n    ),\n    [\n        (\n            3,\n            4,\n"
            + "        ),\n    ],\n)");
  }

  @Test
  void structsAndEnumVariants() {
    // struct Unit; Unit
    assertDebug(new Struct("Unit"), "Unit", "Unit");
    // P { x: 1, y: 2 }
    assertDebug(
        new Struct("P", "x", 1, "y", 2), "P { x: 1, y: 2 }", "P {\n    x: 1,\n    y: 2,\n}");
    // W(1, "a")
    assertDebug(new TupleStruct("W", 1, "a"), "W(1, \"a\")", "W(\n    1,\n    \"a\",\n)");
    // Some(P { x: 1, y: -2 })
    assertDebug(
        new TupleStruct("Some", new Struct("P", "x", 1, "y", -2)),
        "Some(P { x: 1, y: -2 })",
        "Some(\n    P {\n        x: 1,\n        y: -2,\n    },\n)");
    // None::<i32>, Some(Some(())), Err::<i32, String>("x".into())
    assertDebug(new TupleStruct("None"), "None", "None");
    assertDebug(
        new TupleStruct("Some", new TupleStruct("Some", tuple())),
        "Some(Some(()))",
        "Some(\n    Some(\n        (),\n    ),\n)");
    assertDebug(new TupleStruct("Err", "x"), "Err(\"x\")", "Err(\n    \"x\",\n)");
    // vec![Shape::Circle { r: 1.5 }, Shape::Empty, Shape::Pair(1, 2)]
    assertDebug(
        list(
            new Struct("Circle", "r", 1.5),
            new TupleStruct("Empty"),
            new TupleStruct("Pair", 1, 2)),
        "[Circle { r: 1.5 }, Empty, Pair(1, 2)]",
        "[\n    Circle {\n        r: 1.5,\n    },\n    Empty,\n    Pair(\n        1,\n        2,\n"
            + "    ),\n]");
  }

  @Test
  void structWithNestedFields() {
    // Line { from: P { x: 0, y: 0 }, to: P { x: 3, y: 4 }, tags: vec!["a", "b\"c"] }
    assertDebug(
        new Struct(
            "Line",
            "from",
            new Struct("P", "x", 0, "y", 0),
            "to",
            new Struct("P", "x", 3, "y", 4),
            "tags",
            list("a", "b\"c")),
        "Line { from: P { x: 0, y: 0 }, to: P { x: 3, y: 4 }, tags: [\"a\", \"b\\\"c\"] }",
        "Line {\n    from: P {\n        x: 0,\n        y: 0,\n    },\n    to: P {\n        x: 3,\n"
            + "        y: 4,\n    },\n    tags: [\n        \"a\",\n        \"b\\\"c\",\n    ],\n}");
  }

  @Test
  void mapsAndSets() {
    // BTreeMap from [("a", vec![1]), ("b", vec![])]
    assertDebug(
        new Map("a", list(1), "b", list()),
        "{\"a\": [1], \"b\": []}",
        "{\n    \"a\": [\n        1,\n    ],\n    \"b\": [],\n}");
    assertDebug(new Map(), "{}", "{}");
    // BTreeSet from [1, 2]
    assertDebug(new Set(1, 2), "{1, 2}", "{\n    1,\n    2,\n}");
  }

  @Test
  void textWrittenByTheCallerIsIndentedLikeThroughPadAdapter() {
    // A Debug impl doing write!(f, "a\nb\n"), and one doing write!(f, "x\n\ny"):
    Raw multi = new Raw("a\nb\n");
    // (Multi, 1)
    assertDebug(tuple(multi, 1), "(a\nb\n, 1)", "(\n    a\n    b\n    ,\n    1,\n)");
    // vec![Multi]
    assertDebug(list(multi), "[a\nb\n]", "[\n    a\n    b\n    ,\n]");
    // [Tail]
    assertDebug(list(new Raw("x\n\ny")), "[x\n\ny]", "[\n    x\n    \n    y,\n]");
    // Some(Multi)
    assertDebug(new TupleStruct("Some", multi), "Some(a\nb\n)", "Some(\n    a\n    b\n    ,\n)");
    // BTreeMap from [(1, Multi)]
    assertDebug(new Map(1, multi), "{1: a\nb\n}", "{\n    1: a\n    b\n    ,\n}");
  }

  @Test
  void leavesGetTheWholeSpec() {
    // format!("{:5?}", Some(5)), format!("{:>4?}", (1, "ab")), format!("{:+.1?}", vec![1.0, -2.25])
    assertThat(debug("{:5?}", new TupleStruct("Some", 5))).isEqualTo("Some(    5)");
    assertThat(debug("{:>4?}", tuple(1, "ab"))).isEqualTo("(   1, \"ab\")");
    assertThat(debug("{:+.1?}", list(1.0, -2.25))).isEqualTo("[+1.0, -2.2]");
    // format!("{:#x?}", vec![255, 16])
    assertThat(debug("{:#x?}", list(255, 16))).isEqualTo("[\n    0xff,\n    0x10,\n]");
  }

  @Test
  void appendsAfterExistingText() {
    StringBuilder sb = new StringBuilder("v = ");
    DebugBuilder b = new DebugBuilder(sb, true);
    b.beginList().field();
    sb.append(1);
    b.end();
    assertThat(sb.toString()).isEqualTo("v = [\n    1,\n]");
  }
}
