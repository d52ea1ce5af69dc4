package rustle.syntax;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import rustle.ast.Item;
import rustle.ast.Item.SelfKind;

/** Items: functions and receivers, generics and where clauses, structs, enums, impls, traits, uses. */
class ItemTest {
  private static Item item(String src) {
    return Parse.ok(src).items().get(0);
  }

  private static Item.FnItem method(String src) {
    return ((Item.ImplItem) item("impl S { " + src + " }")).fns().get(0);
  }

  @Test
  void receivers() {
    assertThat(method("fn f(self) {}").selfKind()).isEqualTo(SelfKind.VALUE);
    assertThat(method("fn f(mut self) {}").selfKind()).isEqualTo(SelfKind.MUT_VALUE);
    assertThat(method("fn f(&self) {}").selfKind()).isEqualTo(SelfKind.REF);
    assertThat(method("fn f(&mut self, x: i32) {}").selfKind()).isEqualTo(SelfKind.REF_MUT);
    assertThat(method("fn f(self: &Self) {}").selfKind()).isEqualTo(SelfKind.REF);
    assertThat(method("fn f(self: &mut Self) {}").selfKind()).isEqualTo(SelfKind.REF_MUT);
    assertThat(method("fn f(x: i32) {}").selfKind()).isEqualTo(SelfKind.NONE);
    Item.FnItem f = method("fn f<'a>(&'a mut self, x: i32) -> &'a i32 { x }");
    assertThat(f.selfLifetime()).isEqualTo("'a");
    assertThat(f.params()).hasSize(1);
    assertThat(Sexp.of(f.ret())).isEqualTo("&'a i32");
  }

  @Test
  void functionSignature() {
    Item.FnItem f = (Item.FnItem) item("pub fn apply<F: Fn(i32) -> i32, T>(f: F, mut x: T) -> T where T: Clone + Copy { x }");
    assertThat(f.name()).isEqualTo("apply");
    assertThat(f.isPub()).isTrue();
    assertThat(f.generics()).hasSize(2);
    assertThat(Sexp.bounds(f.generics().get(0).bounds())).isEqualTo("Fn(i32) -> i32");
    // The where clause adds its bounds to the parameter it names.
    assertThat(Sexp.bounds(f.generics().get(1).bounds())).isEqualTo("Clone + Copy");
    assertThat(Sexp.of(f.params().get(1).pattern())).isEqualTo("(mut x)");
    assertThat(Sexp.of(f.body())).isEqualTo("{x}");
  }

  @Test
  void lifetimeParameters() {
    Item.FnItem f = (Item.FnItem) item("fn longest<'a, 'b: 'a>(x: &'a str, y: &'b str) -> &'a str { x }");
    assertThat(f.generics().get(0).isLifetime()).isTrue();
    assertThat(f.generics().get(0).name()).isEqualTo("'a");
    assertThat(Sexp.bounds(f.generics().get(1).bounds())).isEqualTo("'a");
  }

  @Test
  void structsWithDerives() {
    Item.StructItem s = (Item.StructItem) item("#[derive(Debug, Clone, std::cmp::PartialEq)]\n"
        + "#[allow(dead_code)]\npub struct P<T> { pub x: T, y: i32, }");
    assertThat(s.derives()).containsExactly("Debug", "Clone", "PartialEq").inOrder();
    assertThat(s.kind()).isEqualTo(Item.StructKind.NAMED);
    assertThat(s.fields().stream().map(Item.FieldDef::name).toList()).containsExactly("x", "y").inOrder();
    assertThat(s.span().line()).isEqualTo(3);
    Item.StructItem t = (Item.StructItem) item("struct T(pub i32, String);");
    assertThat(t.kind()).isEqualTo(Item.StructKind.TUPLE);
    assertThat(t.fields().stream().map(Item.FieldDef::name).toList()).containsExactly("0", "1").inOrder();
    assertThat(((Item.StructItem) item("struct U;")).kind()).isEqualTo(Item.StructKind.UNIT);
  }

  @Test
  void enumVariants() {
    Item.EnumItem e = (Item.EnumItem) item("#[derive(Copy)] enum E { A = 1, B(i32, i32), C { x: u8 }, }");
    assertThat(e.derives()).containsExactly("Copy");
    assertThat(e.variants().stream().map(Item.Variant::kind).toList())
        .containsExactly(Item.StructKind.UNIT, Item.StructKind.TUPLE, Item.StructKind.NAMED).inOrder();
    assertThat(Sexp.of(e.variants().get(0).discriminant())).isEqualTo("1");
    assertThat(e.variants().get(1).fields()).hasSize(2);
  }

  @Test
  void implOfTraitWithAssociatedItems() {
    Item.ImplItem i = (Item.ImplItem) item(
        "impl<T: Clone> Tr<T> for W<T> { type Out = i32; const N: usize = 3; fn m(&self) {} }");
    assertThat(Sexp.path(i.trait())).isEqualTo("Tr<T>");
    assertThat(Sexp.of(i.selfType())).isEqualTo("W<T>");
    assertThat(i.generics().get(0).name()).isEqualTo("T");
    assertThat(i.types().get(0).name()).isEqualTo("Out");
    assertThat(i.consts().get(0).name()).isEqualTo("N");
    assertThat(i.fns().get(0).name()).isEqualTo("m");
    assertThat(((Item.ImplItem) item("impl S {}")).trait()).isNull();
  }

  @Test
  void traitWithDefaultMethodAndAssociatedType() {
    Item.TraitItem t = (Item.TraitItem) item(
        "pub trait Shape: Debug + Clone { type Unit; fn area(&self) -> f64; fn twice(&self) -> f64 { self.area() * 2.0 } }");
    assertThat(Sexp.bounds(t.supertraits())).isEqualTo("Debug + Clone");
    assertThat(t.types().get(0).type()).isNull();
    assertThat(t.fns().get(0).body()).isNull();
    assertThat(t.fns().get(1).body()).isNotNull();
  }

  @Test
  void constantsAndStatics() {
    Item.ConstItem c = (Item.ConstItem) item("const MAX: i64 = i64::MAX;");
    assertThat(c.isStatic()).isFalse();
    assertThat(Sexp.of(c.value())).isEqualTo("i64::MAX");
    Item.ConstItem s = (Item.ConstItem) item("static mut COUNT: u32 = 0;");
    assertThat(s.isStatic()).isTrue();
    assertThat(s.mutable()).isTrue();
  }

  @Test
  void useTreesAreFlattened() {
    Item.UseItem u = (Item.UseItem) item("use std::{collections::{HashMap, hash_map::Entry as E}, fmt::*, io::{self}};");
    assertThat(u.trees().stream().map(t -> String.join("::", t.path()) + (t.alias() == null ? "" : " as " + t.alias())))
        .containsExactly("std::collections::HashMap", "std::collections::hash_map::Entry as E", "std::fmt::*", "std::io")
        .inOrder();
  }

  @Test
  void modulesTypeAliasesAndConstFn() {
    Item.ModItem m = (Item.ModItem) item("mod inner { pub fn f() {} struct S; }");
    assertThat(m.items()).hasSize(2);
    Item.TypeAlias t = (Item.TypeAlias) item("type Grid = Vec<Vec<u8>>;");
    assertThat(Sexp.of(t.type())).isEqualTo("Vec<Vec<u8>>");
    assertThat(((Item.FnItem) item("const fn k() -> u8 { 1 }")).name()).isEqualTo("k");
  }

  @Test
  void testOnlyCodeIsLeftOutAsInANormalBuild() {
    List<Item> items = Parse.ok("fn main() {}\n#[cfg(test)]\nmod tests { use super::*; #[test] fn t() {} }\n"
        + "#[test]\nfn t() { undefined(); }\n#[cfg(not(test))]\nfn only() {}\n"
        + "#[cfg(all(unix, not(windows)))] fn linux() {}\n#[cfg(any(windows, target_os = \"macos\"))] fn other() {}")
        .items();
    assertThat(items.stream().map(i -> ((Item.FnItem) i).name()).toList()).containsExactly("main", "only", "linux");
    Item.StructItem s = (Item.StructItem) item("struct S { a: u8, #[cfg(test)] b: u8 }");
    assertThat(s.fields()).hasSize(1);
    assertThat(Sexp.of(Parse.body("#[cfg(test)] let x = 1; let y = 2;"))).isEqualTo("{(let y = 2)}");
  }

  @Test
  void shebangLineIsSkipped() {
    Item main = Parse.ok("#!/usr/bin/env rustle\nfn main() {}").items().get(0);
    assertThat(main.span().line()).isEqualTo(2);
    assertThat(Parse.ok("#![allow(unused)]\nfn main() {}").items()).hasSize(1);
  }

  @Test
  void innerAttributesAndItemsInBlocks() {
    List<Item> items = Parse.ok("#![allow(unused)]\nfn main() { struct Local; impl Local {} }").items();
    assertThat(items).hasSize(1);
    assertThat(Sexp.of(((Item.FnItem) items.get(0)).body())).isEqualTo("{(item struct Local) (item ImplItem)}");
  }
}
