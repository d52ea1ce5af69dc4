package rustle.interp;

import static rustle.interp.PanicRuns.assertPanics;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debug-mode arithmetic checks: each program panics the way the rustc-compiled program does (exit 101,
 * output so far kept, std's message at the operator's line and column). Expected values were printed by
 * rustc 1.95 builds of these very programs.
 */
class ArithmeticPanicsTest {
  @TempDir Path dir;

  @Test
  void addOverflowOnI32() throws IOException {
    assertPanics(dir, """
        fn one() -> i32 {
            1
        }
        fn main() {
            let x: i32 = i32::MAX;
            println!("before");
            let y = x + one();
            println!("{}", y);
        }
        """, "before\n", "7:13", "attempt to add with overflow");
  }

  @Test
  void addOverflowOnI64ThroughAReference() throws IOException {
    assertPanics(dir, """
        fn main() {
            let big: i64 = i64::MAX - 1;
            let v = vec![big, 1, 1];
            let mut total: i64 = 0;
            for x in v.iter() {
                total = total + *x;
                println!("{}", total);
            }
        }
        """, "9223372036854775806\n9223372036854775807\n", "6:17", "attempt to add with overflow");
  }

  @Test
  void compoundAddOverflowOnU8() throws IOException {
    assertPanics(dir, """
        fn main() {
            let mut b: u8 = 250;
            loop {
                println!("{}", b);
                b += 1;
            }
        }
        """, "250\n251\n252\n253\n254\n255\n", "5:9", "attempt to add with overflow");
  }

  @Test
  void subOverflowOnU8() throws IOException {
    assertPanics(dir, """
        fn main() {
            let a: u8 = 3;
            let b: u8 = 5;
            println!("a={} b={}", a, b);
            let c = a - b;
            println!("{}", c);
        }
        """, "a=3 b=5\n", "5:13", "attempt to subtract with overflow");
  }

  @Test
  void subOverflowOnI32() throws IOException {
    assertPanics(dir, """
        fn main() {
            let a: i32 = i32::MIN;
            let b = a + 1;
            println!("{}", b);
            let c = b - 2;
            println!("{}", c);
        }
        """, "-2147483647\n", "5:13", "attempt to subtract with overflow");
  }

  @Test
  void compoundSubOverflowOnI64() throws IOException {
    assertPanics(dir, """
        fn main() {
            let mut x: i64 = i64::MIN + 2;
            let mut n = 0;
            while n < 5 {
                x -= 1;
                n += 1;
                println!("{}", x);
            }
        }
        """, "-9223372036854775807\n-9223372036854775808\n", "5:9", "attempt to subtract with overflow");
  }

  @Test
  void mulOverflowOnI32InACallee() throws IOException {
    assertPanics(dir, """
        fn square(x: i32) -> i32 {
            x * x
        }
        fn main() {
            let mut n = 2;
            for _ in 0..10 {
                n = square(n);
                println!("{}", n);
            }
        }
        """, "4\n16\n256\n65536\n", "2:5", "attempt to multiply with overflow");
  }

  @Test
  void compoundMulOverflowOnU8() throws IOException {
    assertPanics(dir, """
        fn main() {
            let mut b: u8 = 1;
            while b > 0 {
                println!("{}", b);
                b *= 3;
            }
        }
        """, "1\n3\n9\n27\n81\n243\n", "5:9", "attempt to multiply with overflow");
  }

  @Test
  void mulOverflowOnI64() throws IOException {
    assertPanics(dir, """
        fn main() {
            let mut x: i64 = 1;
            for i in 0..70 {
                x = x * 3;
                if i % 10 == 0 {
                    println!("{} {}", i, x);
                }
            }
        }
        """, "0 3\n10 177147\n20 10460353203\n30 617673396283947\n", "4:13", "attempt to multiply with overflow");
  }

  @Test
  void negOverflowOnI32() throws IOException {
    assertPanics(dir, """
        fn main() {
            let v = vec![i32::MIN];
            let y = -v[0];
            println!("{}", y);
        }
        """, "", "3:13", "attempt to negate with overflow");
  }

  @Test
  void divisionByZero() throws IOException {
    assertPanics(dir, """
        fn divide(a: i32, b: i32) -> i32 {
            a / b
        }
        fn main() {
            println!("start");
            let z = divide(10, 0);
            println!("{}", z);
        }
        """, "start\n", "2:5", "attempt to divide by zero");
  }

  @Test
  void remainderByZero() throws IOException {
    assertPanics(dir, """
        fn main() {
            let v = vec![0u32, 1];
            println!("{}", v.len());
            let r = 7u32 % v[0];
            println!("{}", r);
        }
        """, "2\n", "4:13", "attempt to calculate the remainder with a divisor of zero");
  }

  @Test
  void divisionOverflow() throws IOException {
    assertPanics(dir, """
        fn main() {
            let v = vec![i32::MIN, -1];
            println!("{}", v[0] / v[1]);
        }
        """, "", "3:20", "attempt to divide with overflow");
  }

  @Test
  void remainderOverflow() throws IOException {
    assertPanics(dir, """
        fn main() {
            let v: Vec<i64> = vec![i64::MIN, -1];
            println!("{}", v[0] % v[1]);
        }
        """, "", "3:20", "attempt to calculate the remainder with overflow");
  }

  @Test
  void shiftLeftOverflow() throws IOException {
    assertPanics(dir, """
        fn main() {
            let v = vec![40u32];
            println!("{}", 1i32 << v[0]);
        }
        """, "", "3:20", "attempt to shift left with overflow");
  }
}
