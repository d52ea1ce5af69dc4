package rustle.interp;

import static com.google.common.truth.Truth.assertWithMessage;
import static rustle.interp.PanicRuns.assertPanics;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustle.cli.InProcess;

/**
 * Panics from std and the panic macros: exit 101, the output printed before the panic kept, and std's
 * report with rustc's message, line and column (taken from rustc 1.95 builds of these very programs);
 * unbounded recursion aborts with exit 134. Integer overflow is in {@link ArithmeticPanicsTest}.
 */
class PanicsTest {
  static final String INDEX_LOCATION = "bug: the panic location of indexing through std's Index impls (Vec,"
      + " String, range indices) is the start of the indexed expression; rustc 1.95 reports the `[`";
  static final String METHOD_LOCATION = "bug: the panic location of a #[track_caller] method call (unwrap,"
      + " expect) is the start of the receiver expression; rustc reports the method name's position";
  static final String STR_SLICE_MESSAGES = "bug: str slicing panics use the words of rustc before 1.95"
      + " (`byte index 10 is out of bounds`, `begin <= end (4 <= 2)`); 1.95 says `end byte index ...`"
      + " and `begin > end (4 > 2)`; the location has the INDEX_LOCATION bug too";

  @TempDir Path dir;

  @Test
  void unboundedRecursionOverflowsTheStackAndAborts() throws IOException {
    InProcess.Result r = InProcess.runSource(dir, "main.rs", """
        fn depth(n: u64) -> u64 {
            if n == 0 { 0 } else { 1 + depth(n + 1) }
        }
        fn main() {
            println!("going deep");
            println!("{}", depth(1));
        }
        """);
    assertWithMessage(r.describe()).that(r.exit()).isEqualTo(Interpreter.ABORT);
    assertWithMessage("stdout").that(r.out()).isEqualTo("going deep\n");
    assertWithMessage("stderr").that(r.err())
        .isEqualTo("\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow, aborting\n");
  }

  @Test
  void vecMacroWithACountPastI64MaxIsACapacityOverflowNotANegativeLength() throws IOException {
    // A usize count is compared unsigned: vec![x; usize::MAX] once built a Vec of len usize::MAX, cap 0.
    InProcess.Result r = InProcess.runSource(dir, "main.rs", """
        fn main() {
            let n = std::hint::black_box(usize::MAX);
            let w = vec![0u16; n];
            println!("{}", w.len());
        }
        """);
    assertWithMessage(r.describe()).that(r.exit()).isEqualTo(101);
    assertWithMessage("stdout").that(r.out()).isEmpty();
    assertWithMessage("stderr").that(r.err()).contains("\ncapacity overflow\n");
  }

  @Test
  void arrayIndexOutOfBounds() throws IOException {
    assertPanics(dir, """
        fn main() {
            let a = [10, 20, 30, 40];
            let mut idx = 0;
            while idx < 3 { idx += 2; }
            println!("idx {}", idx);
            println!("{}", a[idx * 2]);
        }
        """, "idx 4\n", "6:20", "index out of bounds: the len is 4 but the index is 8");
  }

  @Test
  void sliceIndexOutOfBoundsInACallee() throws IOException {
    assertPanics(dir, """
        fn get(s: &[i32], i: usize) -> i32 {
            s[i]
        }
        fn main() {
            let a = [1, 2, 3];
            println!("{}", get(&a, 1));
            println!("{}", get(&a, 3));
        }
        """, "2\n", "2:5", "index out of bounds: the len is 3 but the index is 3");
  }

  @Test
  void sliceOfAVecIndexOutOfBounds() throws IOException {
    assertPanics(dir, """
        fn main() {
            let v = vec![1, 2, 3];
            let w = &v[..];
            let k = w.len();
            println!("{}", w[k]);
        }
        """, "", "5:20", "index out of bounds: the len is 3 but the index is 3");
  }

  @Test
  void vecIndexOutOfBounds() throws IOException {
    assertPanics(dir, """
        fn main() {
            let v = vec![1, 2, 3];
            println!("{:?}", v);
            let i = v.len() + 2;
            println!("{}", v[i]);
        }
        """, "[1, 2, 3]\n", "5:21", "index out of bounds: the len is 3 but the index is 5");
  }

  @Test
  void vecRangeOutOfBounds() throws IOException {
    assertPanics(dir, """
        fn main() {
            let v = vec![1, 2, 3];
            let s = &v[1..5];
            println!("{:?}", s);
        }
        """, "", "3:15", "range end index 5 out of range for slice of length 3");
  }

  @Test
  void unwrapOnNone() throws IOException {
    assertPanics(dir, """
        fn first_even(v: &Vec<i32>) -> Option<i32> {
            for x in v.iter() {
                if *x % 2 == 0 { return Some(*x); }
            }
            None
        }
        fn main() {
            let v = vec![1, 3, 4];
            println!("{}", first_even(&v).unwrap());
            let w = vec![1, 3];
            println!("{}", first_even(&w).unwrap());
        }
        """, "4\n", "11:35", "called `Option::unwrap()` on a `None` value");
  }

  @Test
  void unwrapOnNoneOnItsOwnLine() throws IOException {
    assertPanics(dir, """
        fn main() {
            let o: Option<i32> = None;
            let y = o
                .unwrap();
            println!("{}", y);
        }
        """, "", "4:10", "called `Option::unwrap()` on a `None` value");
  }

  @Test
  void expectOnNone() throws IOException {
    assertPanics(dir, """
        fn main() {
            let o: Option<i32> = None;
            o.expect("needed a value");
        }
        """, "", "3:7", "needed a value");
  }

  @Test
  void unwrapOnNoneAfterComparingThroughAVecReference() throws IOException {
    assertPanics(dir, """
        fn find(v: &Vec<i32>, x: i32) -> Option<usize> {
            for i in 0..v.len() {
                if v[i] == x { return Some(i); }
            }
            None
        }
        fn main() {
            let v = vec![4, 5, 6];
            println!("{}", find(&v, 5).unwrap());
            println!("{}", find(&v, 7).unwrap());
        }
        """, "1\n", "10:32", "called `Option::unwrap()` on a `None` value");
  }

  @Test
  void unwrapOnErr() throws IOException {
    assertPanics(dir, """
        fn parse(x: i32) -> Result<i32, String> {
            if x > 0 { Ok(x) } else { Err(String::from("negative")) }
        }
        fn main() {
            println!("{}", parse(1).unwrap());
            println!("{}", parse(-1).unwrap());
        }
        """, "1\n", "6:30", "called `Result::unwrap()` on an `Err` value: \"negative\"");
  }

  @Test
  void panicWithFormatArgumentsAfterAPartialLine() throws IOException {
    assertPanics(dir, """
        fn main() {
            let x = 42;
            print!("partial line ");
            panic!("bad value {} and {:?}", x, "s");
        }
        """, "partial line ", "4:5", "bad value 42 and \"s\"");
  }

  @Test
  void assertQuotesTheCondition() throws IOException {
    assertPanics(dir, """
        fn main() {
            let n = 3;
            println!("checking");
            assert!(n % 2 == 0);
        }
        """, "checking\n", "4:5", "assertion failed: n % 2 == 0");
  }

  @Test
  void assertWithAMessage() throws IOException {
    assertPanics(dir, """
        fn main() {
            let n = 3;
            assert!(n > 5, "n was {}", n);
        }
        """, "", "3:5", "n was 3");
  }

  @Test
  void assertEqShowsBothSides() throws IOException {
    assertPanics(dir, """
        fn main() {
            let a = 2 + 2;
            println!("sum {}", a);
            assert_eq!(a, 5);
        }
        """, "sum 4\n", "4:5", "assertion `left == right` failed\n  left: 4\n right: 5");
  }

  @Test
  void assertEqWithAMessage() throws IOException {
    assertPanics(dir, """
        fn main() {
            let s = String::from("hi");
            assert_eq!(s, String::from("ho"), "strings differ for {}", 1);
        }
        """, "", "3:5", "assertion `left == right` failed: strings differ for 1\n  left: \"hi\"\n right: \"ho\"");
  }

  @Test
  void assertNe() throws IOException {
    assertPanics(dir, """
        fn main() {
            let v = vec![1, 2];
            assert_ne!(v.len(), 2);
        }
        """, "", "3:5", "assertion `left != right` failed\n  left: 2\n right: 2");
  }

  @Test
  void unreachableWithAMessage() throws IOException {
    assertPanics(dir, """
        fn main() {
            let x = 3;
            if x > 2 { unreachable!("x is {}", x); }
        }
        """, "", "3:16", "internal error: entered unreachable code: x is 3");
  }

  @Test
  void stringSliceEndOutOfBounds() throws IOException {
    assertPanics(dir, """
        fn main() {
            let s = String::from("hello");
            println!("{}", &s[1..3]);
            println!("{}", &s[2..10]);
        }
        """, "el\n", "4:22", "end byte index 10 is out of bounds of `hello`");
  }

  @Test
  void stringSliceInsideAChar() throws IOException {
    assertPanics(dir, """
        fn main() {
            let s = String::from("héllo");
            println!("{}", &s[0..1]);
            println!("{}", &s[0..2]);
        }
        """, "h\n", "4:22", "end byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `héllo`");
  }

  @Test
  void stringSliceBeginAfterEnd() throws IOException {
    assertPanics(dir, """
        fn main() {
            let s = String::from("hello");
            let a = 4;
            println!("{}", &s[a..2]);
        }
        """, "", "4:22", "begin > end (4 > 2) when slicing `hello`");
  }
}
