package rustle.syntax;

import static com.google.common.truth.Truth.assertThat;
import static rustle.syntax.Parse.block;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statements and Rust's two syntactic restrictions: a block-like expression ends a statement unless
 * {@code .} or {@code ?} follows, and a condition, scrutinee or iterator holds no struct literal.
 */
class StatementTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "if c {} *x = 5;                          ~ {(if c {}) (= (deref x) 5);}",
    "if c {} else {} - 1                      ~ {(if c {} {}) (neg 1)}",
    "{ 1 } - 1;                               ~ {{1} (neg 1);}",
    "loop {} (a, b) = (1, 2);                 ~ {(loop {}) (= (tuple a b) (tuple 1 2));}",
    "while x {} [1, 2].len();                 ~ {(while x {}) (.len() (array 1 2));}",
    "match x {}.foo();                        ~ {(.foo() (match x));}",
    "match x { _ => 1 }.to_string().len() + 1; ~ {(+ (.len() (.to_string() (match x (_ => 1)))) 1);}",
    "if a { 1 } else { 2 }                    ~ {(if a {1} {2})}",
    "if a { 1 } else { 2 };                   ~ {(if a {1} {2});}",
    "x; y                                     ~ {x; y}",
    "f(); { g() }                             ~ {(call f); {(call g)}}",
    "let x = if a { 1 } else { 2 } + 3;       ~ {(let x = (+ (if a {1} {2}) 3))}",
    "let Some(x) = y else { return; };        ~ {(let (Some x) = y else {(return);})}",
    "let x = if a { 1 } else { 2 }; f()       ~ {(let x = (if a {1} {2})) (call f)}",
    "let Some(x) = (if a { y } else { z }) else { return; }; ~ {(let (Some x) = (if a {y} {z}) else {(return);})}",
    "let x: i32;                              ~ {(let x: i32)}",
    ";;                                       ~ {}",
    "fn inner() {} inner()                    ~ {(item fn inner) (call inner)}",
    "#[allow(unused)] let x = 1;              ~ {(let x = 1)}",
    "println!(\"hi\");                        ~ {(println! \"hi\");}",
    "return;                                  ~ {(return);}",
    "..;                                      ~ {(.. _ _);}",
    "foo! { 1 } bar();                        ~ {(foo! 1) (call bar);}",
    "m! {}.len();                             ~ {(.len() (m!));}",
  })
  void statements(String src, String tree) {
    assertThat(block(src)).isEqualTo(tree);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "if x == y { z }                    ~ {(if (== x y) {z})}",
    "if x == y {}                       ~ {(if (== x y) {})}",
    "while i < n { i += 1; }            ~ {(while (< i n) {(+= i 1);})}",
    "for x in v { }                     ~ {(for x v {})}",
    "for i in 0..n {}                   ~ {(for i (.. 0 n) {})}",
    "match x { y => 1 }                 ~ {(match x (y => 1))}",
    "if let Some(x) = opt { x }         ~ {(if (let (Some x) opt) {x})}",
    "while let Some(t) = stack.pop() {} ~ {(while (let (Some t) (.pop() stack)) {})}",
    "if (S { a: 1 }) == s {}            ~ {(if (== (struct S a:1) s) {})}",
    "if f(S { a }) {}                   ~ {(if (call f (struct S a:a)) {})}",
    "if v == [S { a }] {}               ~ {(if (== v (array (struct S a:a))) {})}",
    "match (P { x }) { _ => 0 }         ~ {(match (struct P x:x) (_ => 0))}",
    "if a { b } else if c { d } else { e } ~ {(if a {b} (if c {d} {e}))}",
  })
  void noStructLiteralInConditions(String src, String tree) {
    assertThat(block(src)).isEqualTo(tree);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "match x { A => 1, B => 2 }             ~ {(match x (A => 1) (B => 2))}",
    "match x { A => {} B => {} }            ~ {(match x (A => {}) (B => {}))}",
    "match x { A => {}, B => 2, }           ~ {(match x (A => {}) (B => 2))}",
    "match x { A => if c { 1 } else { 2 } -1 => 3 } ~ {(match x (A => (if c {1} {2})) (-1 => 3))}",
    "match x { A => return, _ => break }    ~ {(match x (A => (return)) (_ => (break)))}",
    "match x { n if n > 0 => n, _ => 0 }    ~ {(match x (n if (> n 0) => n) (_ => 0))}",
    "match x { | A | B => 1 }               ~ {(match x ((| A B) => 1))}",
    "match x { A => { 1 }.max(2), _ => 3 }  ~ {(match x (A => (.max() {1} 2)) (_ => 3))}",
  })
  void matchArms(String src, String tree) {
    assertThat(block(src)).isEqualTo(tree);
  }
}
