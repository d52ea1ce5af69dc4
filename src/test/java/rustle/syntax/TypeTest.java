package rustle.syntax;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rustle.ast.Item;
import rustle.ast.TypeExpr;

/** Types as written: paths with nested generics (the {@code >>} split), references, tuples, bounds. */
class TypeTest {
  private static TypeExpr type(String src) {
    Item.FnItem f = (Item.FnItem) Parse.ok("fn f(x: " + src + ") {}").items().get(0);
    return f.params().get(0).type();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
    "i32                                ~ i32",
    "Vec<Vec<i32>>                      ~ Vec<Vec<i32>>",
    "Option<Box<Node<T>>>               ~ Option<Box<Node<T>>>",
    "HashMap<String, Vec<(u8, char)>>   ~ HashMap<String, Vec<(u8, char)>>",
    "std::collections::HashMap<K, V>    ~ std::collections::HashMap<K, V>",
    "Vec::<u8>                          ~ Vec<u8>",
    "Foo<'a, T>                         ~ Foo<T>",
    "&str                               ~ &str",
    "&'a mut [u8; 4]                    ~ &'a mut [u8; 4]",
    "&&T                                ~ &&T",
    "&'static str                       ~ &'static str",
    "(i32, &str)                        ~ (i32, &str)",
    "(i32,)                             ~ (i32,)",
    "(i32)                              ~ i32",
    "()                                 ~ ()",
    "[T]                                ~ [T]",
    "[[i32; 3]; N]                      ~ [[i32; 3]; N]",
    "fn(i32, &str) -> bool              ~ fn(i32, &str) -> bool",
    "fn()                               ~ fn()",
    "impl Fn(i32) -> i32                ~ impl Fn(i32) -> i32",
    "impl Iterator                      ~ impl Iterator",
    "&dyn Display                       ~ &dyn Display",
    "Box<dyn Fn(i32) -> i32 + Send>     ~ Box<dyn Fn(i32) -> i32 + Send>",
    "Box<dyn FnMut()>                   ~ Box<dyn FnMut()>",
    "impl Display + 'a                  ~ impl Display + 'a",
    "!                                  ~ !",
    "_                                  ~ _",
    "Self                               ~ Self",
  })
  void types(String src, String tree) {
    assertThat(Sexp.of(type(src))).isEqualTo(tree);
  }

  @Test
  void closureTraitBoundsKeepTheirSignature() {
    TypeExpr.Bound fnMut = ((TypeExpr.ImplTraitType) type("impl FnMut(u8, char)")).bounds().get(0);
    assertThat(Sexp.path(fnMut.path())).isEqualTo("FnMut");
    assertThat(fnMut.fnParams()).hasSize(2);
    assertThat(fnMut.fnRet()).isNull();
    TypeExpr.Bound plain = ((TypeExpr.ImplTraitType) type("impl Display")).bounds().get(0);
    assertThat(plain.fnParams()).isNull();
    TypeExpr.Bound life = ((TypeExpr.ImplTraitType) type("impl Display + 'a")).bounds().get(1);
    assertThat(life.path()).isNull();
    assertThat(life.lifetime()).isEqualTo("'a");
  }

  @Test
  void castTargets() {
    assertThat(Parse.sexp("x as &[u8]")).isEqualTo("(as x &[u8])");
    assertThat(Parse.sexp("x as (u8, u8)")).isEqualTo("(as x (u8, u8))");
    assertThat(Parse.sexp("x as std::primitive::u8")).isEqualTo("(as x std::primitive::u8)");
  }
}
