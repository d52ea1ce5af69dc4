package rustle.syntax;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rustle.ast.Expr;

/** Every kind of pattern, as a match arm's pattern. */
class PatternTest {
  private static String pattern(String src) {
    Expr.Match m = (Expr.Match) Parse.expr("match v { " + src + " => () }");
    return Sexp.of(m.arms().get(0).pattern());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "x                     ~ x",
    "mut x                 ~ (mut x)",
    "ref x                 ~ (ref x)",
    "ref mut x             ~ (ref mut x)",
    "y @ 1..=5             ~ (@ y (..= 1 5))",
    "x @ Some(_)           ~ (@ x (Some _))",
    "_                     ~ _",
    "-1                    ~ -1",
    "-2.5                  ~ -2.5",
    "'a'..='z'             ~ (..= 'a' 'z')",
    "i32::MIN..=-1         ~ (..= i32::MIN -1)",
    "1..                   ~ (.. 1 _)",
    "..=9                  ~ (..= _ 9)",
    "1..5                  ~ (.. 1 5)",
    "\"s\"                 ~ \"s\"",
    "b'a'                  ~ b97",
    "true                  ~ true",
    "(a, .., b)            ~ (tuple a .. b)",
    "(..)                  ~ (tuple ..)",
    "(x)                   ~ x",
    "(x,)                  ~ (tuple x)",
    "()                    ~ (tuple)",
    "Some(x) | None        ~ (| (Some x) None)",
    "Some(1 | 2)           ~ (Some (| 1 2))",
    "P { x, y: 0, .. }     ~ (P {x:x y:0 ..})",
    "P { ref mut x }       ~ (P {x:(ref mut x)})",
    "T { 0: a }            ~ (T {0:a})",
    "Color::Red            ~ Color::Red",
    "Foo::<T>::Bar         ~ Foo<T>::Bar",
    "&mut z                ~ (&mut z)",
    "&&q                   ~ (& (& q))",
    "&(a, b)               ~ (& (tuple a b))",
    "[first, rest @ ..]    ~ (slice first (@ rest ..))",
    "[]                    ~ (slice)",
  })
  void patterns(String src, String tree) {
    assertThat(pattern(src)).isEqualTo(tree);
  }
}
