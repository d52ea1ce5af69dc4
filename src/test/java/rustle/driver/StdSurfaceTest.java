package rustle.driver;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import rustle.cli.InProcess;

/**
 * The prelude's {@code intrinsic!()} declarations are the table of the std surface the checker accepts;
 * this walks every entry and calls it from a generated program, so an entry the checker types but the
 * interpreter does not implement fails here rather than as an internal error in a user's program.
 */
class StdSurfaceTest {
  @TempDir Path dir;

  /** One {@code pub fn ... { intrinsic!() }} of the prelude, with the impl it belongs to. */
  record Entry(String owner, String name, String generics, List<String> params, boolean hasSelf) {
    @Override
    public String toString() {
      return owner + "::" + name;
    }
  }

  private static final Pattern IMPL = Pattern.compile("^impl(?:<[^>]*>)? (.+?) \\{$");
  private static final Pattern FN =
      Pattern.compile("^\\s*pub fn (\\w+)(<[^>]*>)?\\((.*?)\\)(?: -> .*?)? \\{ intrinsic!\\(\\) \\}$");

  static List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    String owner = null;
    for (String line : Prelude.file().text().split("\n")) {
      Matcher im = IMPL.matcher(line);
      if (im.matches()) {
        owner = im.group(1);
        continue;
      }
      Matcher fm = FN.matcher(line);
      if (!fm.matches()) continue;
      List<String> params = new ArrayList<>();
      boolean self = false;
      for (String p : fm.group(3).split(",\\s*")) {
        if (p.isBlank()) continue;
        if (p.endsWith("self")) self = true;
        else params.add(p.substring(p.indexOf(':') + 1).trim());
      }
      out.add(new Entry(owner, fm.group(1), fm.group(2), params, self));
    }
    return out;
  }

  @Test
  void tableCoversTheKnownSurface() {
    List<String> names = entries().stream().map(Entry::toString).toList();
    assertThat(names).containsAtLeast("String::insert", "String::remove", "str::len", "Vec<T>::push", "[T]::iter",
        "char::to_digit", "f64::is_nan", "i32::pow", "u8::checked_add", "Box<T>::new");
  }

  /** One program per impl (a run per entry would cost a JVM-warm run each): every entry in its own block. */
  @TestFactory
  Stream<DynamicTest> everyIntrinsicRuns() {
    Map<String, List<Entry>> byOwner = new LinkedHashMap<>();
    for (Entry e : entries()) byOwner.computeIfAbsent(e.owner(), k -> new ArrayList<>()).add(e);
    return byOwner.entrySet().stream().map(g -> dynamicTest(g.getKey(), () -> {
      StringBuilder src = new StringBuilder(
          "use std::cell::{Cell, RefCell};\nuse std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};\n"
              + "use std::rc::{Rc, Weak};\n\n#[allow(unused)]\nfn main() {\n");
      if (g.getKey().equals("Formatter")) {
        // A Formatter exists only inside a formatting impl: call each entry from one, print through it.
        src.setLength(0);
        src.append("use std::fmt;\nstruct S;\nimpl fmt::Display for S {\n"
            + "    #[allow(unused)]\n    fn fmt(&self, r: &mut fmt::Formatter) -> fmt::Result {\n");
        for (Entry e : g.getValue()) src.append("        let _x = r.").append(e.name()).append("(")
            .append(String.join(", ", e.params().stream().map(p -> value(p, "")).toList())).append(");\n");
        src.append("        Ok(())\n    }\n}\nfn main() {\n    let _s = format!(\"{:>3}\", S);\n");
      } else {
        for (Entry e : g.getValue()) src.append(call(e));
      }
      src.append("    println!(\"done\");\n}\n");
      InProcess.Result r = InProcess.runSource(dir, "main.rs", src.toString());
      assertWithMessage("%s\n--- program ---\n%s", r.describe(), src).that(r.exit()).isEqualTo(0);
      assertThat(r.out()).isEqualTo("done\n");
    }));
  }

  /** A block that makes a receiver of the entry's owner type and calls the entry once. */
  static String call(Entry e) {
    String prim = e.owner().replace("<T>", "");
    String recv = switch (e.owner()) {
      case "String" -> "String::from(\"h\u00e9llo\")";
      case "str" -> "\"h\u00e9llo world\"";
      case "Vec<T>" -> "vec![3i32, 1, 2]";
      case "[T]" -> "[3i32, 1, 2]";
      case "[String]" -> "[String::from(\"a\"), String::from(\"b\")]";
      case "[&str]" -> "[\"a\", \"b\"]";
      case "char" -> "'a'";
      case "Chars" -> "\"h\u00e9llo\".chars()";
      case "f64" -> "2.5f64";
      case "Box<T>" -> "0u8";
      case "Rc<T>" -> "Rc::new(5i32)";
      case "Weak<T>" -> "Rc::downgrade(&Rc::new(5i32))";
      case "RefCell<T>" -> "RefCell::new(5i32)";
      case "Cell<T>" -> "Cell::new(5i32)";
      // Raw pointers into a leaked (so always live) array; their methods may be unsafe.
      case "__ConstPtr<T>" -> "Box::leak(Box::new([3i32, 1, 2])).as_ptr()";
      case "__MutPtr<T>" -> "Box::leak(Box::new([3i32, 1, 2])).as_mut_ptr()";
      case "Option<T>" -> "Some(5i32)";
      case "Result<T, E>" -> "{ let r: Result<i32, String> = Ok(5); r }";
      case "f32" -> "2.5f32";
      case "HashMap<K, V>" -> "{ let mut h = HashMap::new(); h.insert(1i32, 2i32); h }";
      case "HashSet<T>" -> "{ let mut h = HashSet::new(); h.insert(1i32); h }";
      case "Entry<K, V>" -> "Box::leak(Box::new(HashMap::<i32, i32>::new())).entry(1i32)";
      case "Args" -> "std::env::args()";
      case "Stdin" -> "std::io::stdin()";
      case "Stdout" -> "std::io::stdout()";
      case "BufWriter<W>" -> "std::io::BufWriter::new(std::io::stdout())";
      case "VecDeque<T>" -> "VecDeque::<i32>::new()";
      case "BinaryHeap<T>" -> "BinaryHeap::<i32>::new()";
      case "BTreeMap<K, V>" -> "BTreeMap::<i32, i32>::new()";
      case "BTreeSet<T>" -> "BTreeSet::<i32>::new()";
      default -> "7" + prim;
    };
    List<String> args = new ArrayList<>();
    for (String p : e.params()) args.add(value(p, prim));
    // parse::<F> is called for an i32; a pattern P is a char (trim_matches takes no &str, as in std).
    String turbofish = "<F>".equals(e.generics()) ? "::<i32>" : "";
    String call;
    if (e.hasSelf()) {
      call = "r." + e.name() + turbofish + "(" + String.join(", ", args) + ")";
    } else {
      // Generic owners are named with their element type: Vec::<i32>::new(), Rc::<i32>::strong_count(&r).
      String path = e.owner().endsWith("<T>") ? prim + "::<i32>"
          : e.owner().endsWith("<K, V>") ? e.owner().replace("<K, V>", "::<i32, i32>") : prim;
      call = path + "::" + e.name() + turbofish + "(" + String.join(", ", args) + ")";
    }
    if (e.owner().startsWith("__")) call = "unsafe { " + call + " }";
    return "    {\n        let mut r = " + recv + ";\n        let _x = " + call + ";\n    }\n";
  }

  private static String value(String ty, String prim) {
    return switch (ty) {
      case "usize" -> "1";
      case "isize" -> "1";
      case "u32" -> "2";
      case "i32" -> "2";
      case "char" -> "'x'";
      case "&str" -> "\"l\"";
      case "f64" -> "1.5";
      case "T" -> "5i32";
      case "P" -> "'l'";
      case "&T" -> "&5i32";
      // A closure argument (retain's predicate, sort_by_key's key).
      case "F" -> prim.startsWith("HashMap") ? "|_k, _v| true" : "|_x| true";
      case "K" -> "1i32";
      case "V" -> "2i32";
      case "&Q" -> "&1i32";
      // The receiver block's own value, where an associated function takes the owner by reference.
      case "&Rc<T>" -> "&r";
      case "&HashSet<T>" -> "&r";
      case "Box<T>" -> "Box::new(5i32)";
      // An integer type's From/TryFrom source, a drain's range, append's other Vec.
      // Every integer and float type has From<bool> (From<u8> not for i8); char only From<u8>.
      case "S" -> prim.equals("char") ? "65u8" : "true";
      case "R" -> "0..1";
      case "&mut Vec<T>" -> "&mut vec![4i32]";
      case "&mut String" -> "&mut String::new()";
      case "bool" -> "true";
      case "&[u8]" -> "&[104u8, 105]";
      // The source of a collection's From (check.CollFroms): an array of its items.
      case "A" -> prim.startsWith("HashMap") || prim.startsWith("BTreeMap") ? "[(1i32, 2i32)]" : "[5i32]";
      case "u64" -> "4";
      default -> {
        if (ty.equals(prim)) yield "3" + prim;
        throw new IllegalArgumentException("no sample value of type " + ty);
      }
    };
  }
}
