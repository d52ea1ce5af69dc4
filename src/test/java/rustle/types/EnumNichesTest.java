package rustle.types;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static rustle.types.LayoutFixtures.assertLayout;
import static rustle.types.LayoutFixtures.assertOffsets;
import static rustle.types.LayoutFixtures.enumDef;
import static rustle.types.LayoutFixtures.option;
import static rustle.types.LayoutFixtures.result;
import static rustle.types.LayoutFixtures.string;
import static rustle.types.LayoutFixtures.struct;
import static rustle.types.LayoutFixtures.unitEnum;

import java.util.List;
import org.junit.jupiter.api.Test;
import rustle.memory.HeapTypes;

/**
 * The bytes that encode an enum's variant, and the String/Vec header, against rustc 1.95 on x86_64
 * Linux. Every expected number was printed by a rustc-compiled probe ({@code transmute} of a value to
 * words or bytes) or by {@code rustc -Zprint-type-sizes}; the test itself never calls rustc.
 */
class EnumNichesTest {
  private final Layouts layouts = new Layouts();

  @Test
  void stringAndVecHeadersAreCapacityPointerLengthAsInRustc() {
    // rustc: transmute::<String, [usize; 3]>(String::from("hi")) is [2, <pointer>, 2].
    assertThat(HeapTypes.CAP).isEqualTo(0);
    assertThat(HeapTypes.PTR).isEqualTo(8);
    assertThat(HeapTypes.LEN).isEqualTo(16);
    Layout l = assertLayout(layouts, string(), 24, 8);
    assertThat(l.largestNiche).isEqualTo(new Niche(0, 8, 0, Long.MAX_VALUE));
  }

  @Test
  void optionsOfStringsCountDownFromTheFirstInvalidCapacity() {
    // rustc: None::<String> is [0x8000000000000000, ..]; None::<Option<String>> is 0x8000000000000001
    // and Some(None) 0x8000000000000000.
    assertNiche(option(string()), 24, 0, 8, 0x8000000000000000L);
    assertNiche(option(option(string())), 24, 0, 8, 0x8000000000000001L);
    assertNiche(option(option(option(string()))), 24, 0, 8, 0x8000000000000002L);
  }

  @Test
  void resultOfAnIntegerAndAStringPutsOkAfterTheCapacity() {
    // rustc: Ok::<u32, String>(7) is [0x8000000000000000, 7 in the low half of word 1, ..].
    Layout l = assertLayout(layouts, result(Prim.U32, string()), 24, 8);
    assertThat(l.niche).isTrue();
    assertThat(l.dataVariant).isEqualTo(1);
    assertThat(l.tagOffset).isEqualTo(0);
    assertThat(l.nicheStart).isEqualTo(0x8000000000000000L);
    assertThat(l.variantOffsets[0]).asList().containsExactly(8);
    assertLayout(layouts, result(string(), string()), 32, 8);
  }

  @Test
  void nicheValuesAreNumberedByVariantIndexAcrossTheUntaggedVariant() {
    // enum Token { Num(u32), Word(String), End }: Num(9) is [0x8000000000000000, 9, ..] and End is
    // 0x8000000000000002 (0x..01 would be Word's, which needs none).
    AdtDef token = enumDef("Token", List.of(), new Ty[] {Prim.U32}, new Ty[] {string()}, new Ty[0]);
    Layout l = assertLayout(layouts, new Ty.Adt(token, List.of()), 24, 8);
    assertThat(l.niche).isTrue();
    assertThat(l.dataVariant).isEqualTo(1);
    assertThat(l.nicheFirst).isEqualTo(0);
    assertThat(l.nicheLast).isEqualTo(2);
    assertThat(l.variantOffsets[0]).asList().containsExactly(8);
    // enum Msg { Quit, Move { x: i32, y: i32 }, Write(String), Color(u8, u8, u8) }: Color(1, 2, 3) is
    // 0x8000000000000003 then 01 02 03 at 8; Move's x and y at 8 and 12.
    AdtDef msg = enumDef("Msg", List.of(), new Ty[0], new Ty[] {Prim.I32, Prim.I32}, new Ty[] {string()},
        new Ty[] {Prim.U8, Prim.U8, Prim.U8});
    Layout m = assertLayout(layouts, new Ty.Adt(msg, List.of()), 24, 8);
    assertThat(m.nicheLast - m.nicheFirst).isEqualTo(3);
    assertThat(m.variantOffsets[1]).asList().containsExactly(8, 12).inOrder();
    assertThat(m.variantOffsets[3]).asList().containsExactly(8, 9, 10).inOrder();
    // enum E4 { A(bool), B, C }: B is the byte 02, C 03.
    AdtDef e4 = enumDef("E4", List.of(), new Ty[] {Prim.BOOL}, new Ty[0], new Ty[0]);
    Layout b = assertLayout(layouts, new Ty.Adt(e4, List.of()), 1, 1);
    assertThat(b.nicheStart - b.nicheFirst).isEqualTo(1);
  }

  @Test
  void reservedValuesGoTowardZeroAsRustcChooses() {
    // rustc: None::<Big> (A = 1000, B) is 999; None::<Signed> (Low = -3, High = 200) is 201;
    // None::<Three> (A = 1, B, C) is 0; None::<Option<Three>> is 4.
    assertNiche(option(new Ty.Adt(unitEnum("Big", 1000, 1001), List.of())), 2, 0, 2, 999);
    assertNiche(option(new Ty.Adt(unitEnum("Signed", -3, 200), List.of())), 2, 0, 2, 201);
    Ty three = new Ty.Adt(unitEnum("Three", 1, 2, 3), List.of());
    assertNiche(option(three), 1, 0, 1, 0);
    assertNiche(option(option(three)), 1, 0, 1, 4);
  }

  @Test
  void structFieldsMoveTheLargestNicheToAnEdge() {
    // rustc: struct S2 { a: u8, b: bool, c: u32, d: char } has a at 9, b at 8, c at 4, d at 0;
    // struct S3 { a: u32, b: bool, c: u8 } has a at 0, b at 5, c at 4, and None::<S3> puts 02 at 5.
    assertOffsets(layouts, struct("S2", Prim.U8, Prim.BOOL, Prim.U32, Prim.CHAR), 12, 4, 9, 8, 4, 0);
    Ty s3 = struct("S3", Prim.U32, Prim.BOOL, Prim.U8);
    assertOffsets(layouts, s3, 8, 4, 0, 5, 4);
    assertNiche(option(s3), 8, 5, 1, 2);
  }

  /** An Option whose None is the value none, stored in nicheSize bytes at offset. */
  private void assertNiche(Ty t, int size, int offset, int nicheSize, long none) {
    Layout l = assertLayout(layouts, t, size, layouts.of(t).align);
    String name = TyPrinter.show(t);
    assertWithMessage("%s uses a niche", name).that(l.niche).isTrue();
    assertWithMessage("niche offset in %s", name).that(l.tagOffset).isEqualTo(offset);
    assertWithMessage("niche size in %s", name).that(l.tagSize).isEqualTo(nicheSize);
    assertWithMessage("value for None in %s", name).that(l.nicheStart).isEqualTo(none);
    assertWithMessage("None is the niche-encoded variant of %s", name).that(l.nicheFirst).isEqualTo(0);
    assertWithMessage("Some carries the data of %s", name).that(l.dataVariant).isEqualTo(1);
  }
}
