package rustle.robustness;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustle.cli.InProcess;

/**
 * Small valid programs inside the documented subset (docs/subset.md) that must run as the rustc 1.95
 * build of the same source ran (its stdout is the expected one). The disabled ones crashed rustle or
 * were refused while the robustness tests were written; each reason says how.
 */
class SubsetProgramsTest {
  private static final String POINT = "struct Point {\n    x: i32,\n    y: i32,\n}\n";
  private static final String OPERAND_DEREFS = "bug: exit 70, ClassCastException (Prim cannot be cast to Ty$Ref) in"
      + " Operators.operand/valueType: an operand that is a field access, index or method call through a"
      + " reference, Box or auto-ref gets its base's auto-deref count (PlaceCk/MethodLookup write"
      + " Tables.derefs[expr id]) applied again as if the operand itself were a reference (OpsCk's meaning)";
  private static final String DOUBLE_FREE = "bug: exit 70, InvalidFree `the block was already freed` after the"
      + " output: moving a String field out of a struct leaves its drop in the struct's drop glue";

  @TempDir Path dir;

  private void assertRuns(String source, String stdout) throws IOException {
    InProcess.Result r = InProcess.runSource(dir, "main.rs", source);
    Outcomes.assertNoCrash(r, Outcomes.preview(source));
    assertWithMessage(r.describe()).that(r.exit()).isEqualTo(0);
    assertWithMessage("stdout").that(r.out()).isEqualTo(stdout);
    assertWithMessage("stderr").that(r.err()).isEmpty();
  }

  @Test
  void genericFunctionsWithBounds() throws IOException {
    assertRuns("""
        fn first<T: Copy>(v: &[T]) -> T {
            v[0]
        }
        fn largest<T: PartialOrd + Copy>(a: T, b: T) -> T {
            if a > b { a } else { b }
        }
        fn main() {
            println!("{} {} {}", first(&[7, 8]), first(&['x', 'y']), largest(2.5, 1.5));
        }
        """, "7 x 2.5\n");
  }

  @Test
  void fieldsOfAValueInArithmetic() throws IOException {
    assertRuns(POINT + "fn main() {\n    let p = Point { x: 3, y: 4 };\n    println!(\"{}\", p.x + p.y);\n}\n", "7\n");
  }

  @Test
  void fieldsThroughAReferenceInArithmetic() throws IOException {
    assertRuns(POINT + "fn sum(p: &Point) -> i32 {\n    p.x + p.y\n}\nfn main() {\n"
        + "    let p = Point { x: 3, y: 4 };\n    println!(\"{}\", sum(&p));\n}\n", "7\n");
  }

  @Test
  void selfFieldsInAMethod() throws IOException {
    assertRuns(POINT + "impl Point {\n    fn sum(&self) -> i32 {\n        self.x + self.y\n    }\n}\n"
        + "fn main() {\n    let p = Point { x: 3, y: 4 };\n    println!(\"{}\", p.sum());\n}\n", "7\n");
  }

  @Test
  void fieldsThroughABoxInArithmetic() throws IOException {
    assertRuns(POINT + "fn main() {\n    let b = Box::new(Point { x: 3, y: 4 });\n"
        + "    println!(\"{}\", b.x * b.y);\n}\n", "12\n");
  }

  @Test
  void indexThroughAVecReferenceInAComparison() throws IOException {
    assertRuns("fn starts_with_one(v: &Vec<i32>) -> bool {\n    v[0] == 1\n}\nfn main() {\n"
        + "    let v = vec![1, 2];\n    println!(\"{}\", starts_with_one(&v));\n}\n", "true\n");
  }

  @Test
  void lenOfAnArrayInArithmetic() throws IOException {
    assertRuns("fn main() {\n    let a = [1, 2, 3];\n    let n = a.len() * 3;\n    println!(\"{}\", n);\n}\n", "9\n");
  }

  @Test
  void traitMethodThroughAGenericBound() throws IOException {
    assertRuns("""
        trait Shape {
            fn area(&self) -> i32;
        }
        struct Sq(i32);
        impl Shape for Sq {
            fn area(&self) -> i32 {
                let s = self.0;
                s
            }
        }
        fn area_of<T: Shape>(item: &T) -> i32 {
            item.area()
        }
        fn main() {
            println!("{}", area_of(&Sq(3)));
        }
        """, "3\n");
  }

  @Test
  void partialMoveOutOfAStruct() throws IOException {
    assertRuns("struct Person {\n    name: String,\n    city: String,\n}\nfn main() {\n"
        + "    let r = Person { name: String::from(\"Bo\"), city: String::from(\"Oslo\") };\n"
        + "    let city = r.city;\n    println!(\"{} {}\", city, r.name);\n}\n", "Oslo Bo\n");
  }

  @Test
  void moveAFieldOutOfAParameter() throws IOException {
    assertRuns("struct Person {\n    name: String,\n    city: String,\n}\nfn into_name(p: Person) -> String {\n"
        + "    p.name\n}\nfn main() {\n"
        + "    let q = Person { name: String::from(\"Cy\"), city: String::from(\"Rome\") };\n"
        + "    println!(\"{}\", into_name(q));\n}\n", "Cy\n");
  }

  @Test
  void useOfStdMem() throws IOException {
    assertRuns("use std::mem;\nfn main() {\n    let mut a = 1;\n    let mut b = 2;\n    mem::swap(&mut a, &mut b);\n"
        + "    println!(\"{} {}\", a, b);\n}\n", "2 1\n");
  }

  @Test
  void dropFromThePrelude() throws IOException {
    assertRuns("fn main() {\n    let s = String::from(\"bye\");\n    drop(s);\n    println!(\"dropped\");\n}\n",
        "dropped\n");
  }

  @Test
  void resultUnwrapOnOk() throws IOException {
    assertRuns("fn half(x: i32) -> Result<i32, String> {\n"
        + "    if x % 2 == 0 { Ok(x / 2) } else { Err(String::from(\"odd\")) }\n}\n"
        + "fn main() {\n    println!(\"{}\", half(8).unwrap());\n}\n", "4\n");
  }
}
