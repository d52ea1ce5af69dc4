package rustle.syntax;

import static com.google.common.truth.Truth.assertThat;
import static rustle.syntax.Parse.sexp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Operator precedence and associativity, postfix chains, ranges, closures, macros and jumps. */
class ExpressionTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "a + b * c - d / e % f ~ (- (+ a (* b c)) (% (/ d e) f))",
    "a - b - c ~ (- (- a b) c)",
    "a / b * c ~ (* (/ a b) c)",
    "a << b >> c + d ~ (>> (<< a b) (+ c d))",
    "a & b ^ c | d ~ (| (^ (& a b) c) d)",
    "a | b ^ c & d ~ (| a (^ b (& c d)))",
    "a == b & c ~ (== a (& b c))",
    "a < b + 1 ~ (< a (+ b 1))",
    "a >= b && c != d || e <= f ~ (|| (&& (>= a b) (!= c d)) (<= e f))",
    "a || b && c ~ (|| a (&& b c))",
    "a = b = c ~ (= a (= b c))",
    "a += b -= 1 ~ (+= a (-= b 1))",
    "x >>= 2 ~ (>>= x 2)",
    "x <<= y | z ~ (<<= x (| y z))",
    "-a * b ~ (* (neg a) b)",
    "-a.b() ~ (neg (.b() a))",
    "!x as u8 + 1 ~ (+ (as (not x) u8) 1)",
    "a * b as f64 ~ (* a (as b f64))",
    "a as i64 as f64 ~ (as (as a i64) f64)",
    "x as usize > y ~ (> (as x usize) y)", // `<` there is an error, as in rustc (cast_then_less.rs)
    "&mut *x ~ (&mut (deref x))",
    "&&x ~ (& (& x))",
    "**r = 1 ~ (= (deref (deref r)) 1)",
    "a + (b + c) ~ (+ a (+ b c))",
    "a..b + 1 ~ (.. a (+ b 1))",
    "a || b..c ~ (.. (|| a b) c)",
    "x = a..=b ~ (= x (..= a b))",
  })
  void precedenceAndAssociativity(String src, String tree) {
    assertThat(sexp(src)).isEqualTo(tree);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "v.iter().map(|x| x * 2).sum::<i32>() ~ (.sum::<i32>() (.map() (.iter() v) (closure [x] (* x 2))))",
    "x?.y()? ~ (? (.y() (? x)))",
    "v[i][j].len() ~ (.len() (index (index v i) j))",
    "f(a)(b) ~ (call (call f a) b)",
    "s.field.inner ~ (.inner (.field s))",
    "x.0.1 ~ (.1 (.0 x))",
    "x.0.1.2 ~ (.2 (.1 (.0 x)))",
    "x.1.max(2) ~ (.max() (.1 x) 2)",
    "1.max(2) ~ (.max() 1 2)",
    "1.0.max(2.0) ~ (.max() 1.0 2.0)",
    "Vec::<Vec<i32>>::new() ~ (call Vec<Vec<i32>>::new)",
    "std::mem::size_of::<T>() ~ (call std::mem::size_of<T>)",
    "it.collect::<Vec<_>>() ~ (.collect::<Vec<_>>() it)",
    "\"5\".parse::<u8>().unwrap() ~ (.unwrap() (.parse::<u8>() \"5\"))",
    "Point { x: 1, y } ~ (struct Point x:1 y:y)",
    "Self { a, ..other } ~ (struct Self a:a ..other)",
    "Tuple { 0: a } ~ (struct Tuple 0:a)",
    "(1, 2.5, 'c') ~ (tuple 1 2.5 'c')",
    "(x,) ~ (tuple x)",
    "() ~ (tuple)",
    "(x) ~ x",
    "[1, 2, 3] ~ (array 1 2 3)",
    "[0u8; 16] ~ (array-repeat 0u8 16)",
  })
  void postfixAndPrimaries(String src, String tree) {
    assertThat(sexp(src)).isEqualTo(tree);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "1..2 ~ (.. 1 2)",
    "1..=5 ~ (..= 1 5)",
    "a.. ~ (.. a _)",
    "..b ~ (.. _ b)",
    "..=b ~ (..= _ b)",
    ".. ~ (.. _ _)",
    "0..v.len() ~ (.. 0 (.len() v))",
    "1.0..2.0 ~ (.. 1.0 2.0)",
  })
  void ranges(String src, String tree) {
    assertThat(sexp(src)).isEqualTo(tree);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "|a, b: i32| a + b ~ (closure [a b:i32] (+ a b))",
    "|x| -> i32 { x * x } ~ (closure [x] -> i32 {(* x x)})",
    "move || name.len() ~ (move-closure [] (.len() name))",
    "|| count += 3 ~ (closure [] (+= count 3))",
    "|&x| x ~ (closure [(& x)] x)",
    "|(a, b)| a ~ (closure [(tuple a b)] a)",
    "|x| |y| x + y ~ (closure [x] (closure [y] (+ x y)))",
    "f(|x| x + 1, 2) ~ (call f (closure [x] (+ x 1)) 2)",
    "&|x| x ~ (& (closure [x] x))",
  })
  void closures(String src, String tree) {
    assertThat(sexp(src)).isEqualTo(tree);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "println!(\"{} {x}\", a, x = 1) ~ (println! \"{} {x}\" a x=1)",
    "println!() ~ (println!)",
    "vec![0; n] ~ (vec![;] 0 n)",
    "vec![1, 2, 3,] ~ (vec! 1 2 3)",
    "vec!(a, b) ~ (vec! a b)",
    "format!{\"{}\", x} ~ (format! \"{}\" x)",
    "std::println!(\"x\") ~ (println! \"x\")",
    "assert_eq!(a == b, c < d, \"{}\", e) ~ (assert_eq! (== a b) (< c d) \"{}\" e)",
    "write!(f, \"{}\", x)? ~ (? (write! f \"{}\" x))",
    "matches!(c, 'a'..='z' | 'A') ~ (match c ((| (..= 'a' 'z') 'A') => true) (_ => false))",
    "matches!(x, Some(n) if n > 1) ~ (match x ((Some n) if (> n 1) => true) (_ => false))",
  })
  void macros(String src, String tree) {
    assertThat(sexp(src)).isEqualTo(tree);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "'outer: loop { break 'outer 5; } ~ (loop 'outer {(break 'outer 5);})",
    "'a: for i in 0.. { continue 'a; } ~ (for 'a i (.. 0 _) {(continue 'a);})",
    "'w: while let Some(x) = it.next() { break 'w; } ~ (while 'w (let (Some x) (.next() it)) {(break 'w);})",
    "loop { break; } ~ (loop {(break);})",
    "return x + 1 ~ (return (+ x 1))",
    "return ~ (return)",
    "x = return ~ (= x (return))",
  })
  void loopsLabelsAndJumps(String src, String tree) {
    assertThat(sexp(src)).isEqualTo(tree);
  }

  @Test
  void unsafeBlockIsMarked() {
    assertThat(sexp("unsafe { f() }")).isEqualTo("(unsafe-block (call f))");
  }
}
