package rustle.types;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static rustle.types.LayoutFixtures.assertLayout;
import static rustle.types.LayoutFixtures.assertOffsets;
import static rustle.types.LayoutFixtures.enumDef;
import static rustle.types.LayoutFixtures.option;
import static rustle.types.LayoutFixtures.struct;
import static rustle.types.LayoutFixtures.tuple;
import static rustle.types.LayoutFixtures.unitEnum;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustle.cli.InProcess;

/**
 * Sizes, alignments and offsets from {@link Layouts} against what rustc 1.95 does on x86_64 Linux. Every
 * expected number was printed by a rustc-compiled probe ({@code size_of}, {@code align_of},
 * {@code offset_of!}, or a byte dump of a value); the test itself never calls rustc.
 */
class LayoutsTest {
  private final Layouts layouts = new Layouts();
  @TempDir Path dir;

  // ---- whole types through the pipeline: std::mem::size_of / align_of as a program prints them ----

  @Test
  void sizeOfAndAlignOfPrintWhatRustcPrints() throws IOException {
    assertProbeMatchesRustc("size_of");
  }

  @Test
  void enumNichesMatchRustc() throws IOException {
    assertProbeMatchesRustc("size_of_niches");
  }

  @Test
  void sizesOfNinetySixEnumsOptionsAndResultsMatchRustc() throws IOException {
    assertProbeMatchesRustc("size_of_enums");
  }

  private void assertProbeMatchesRustc(String name) throws IOException {
    String source = resource(name + ".rs");
    List<String> expected = resource(name + ".rustc.stdout").lines().toList();
    InProcess.Result r = InProcess.runSource(dir, name + ".rs", source);
    assertWithMessage(r.describe()).that(r.exit()).isEqualTo(0);
    assertThat(r.out().lines().toList()).containsExactlyElementsIn(expected).inOrder();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = LayoutsTest.class.getResourceAsStream("/rustle/types/" + name)) {
      assertWithMessage("missing test resource %s", name).that(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  // ---- direct layouts ----

  @Test
  void primitivesHaveTheirNaturalSizeAndAlignment() {
    Object[][] table = {
      {Prim.U8, 1, 1}, {Prim.I16, 2, 2}, {Prim.U32, 4, 4}, {Prim.I64, 8, 8}, {Prim.I128, 16, 16},
      {Prim.U128, 16, 16}, {Prim.USIZE, 8, 8}, {Prim.ISIZE, 8, 8}, {Prim.F32, 4, 4}, {Prim.F64, 8, 8},
      {Prim.BOOL, 1, 1}, {Prim.CHAR, 4, 4}, {Ty.UNIT, 0, 1},
    };
    for (Object[] row : table) {
      Layout l = layouts.of((Ty) row[0]);
      assertWithMessage("size of %s", row[0]).that(l.size).isEqualTo(row[1]);
      assertWithMessage("align of %s", row[0]).that(l.align).isEqualTo(row[2]);
    }
  }

  @Test
  void thinReferencesAreOnePointer() {
    assertLayout(layouts, new Ty.Ref(Prim.I32, false), 8, 8);
    assertLayout(layouts, new Ty.Ref(Prim.U8, true), 8, 8);
    assertLayout(layouts, new Ty.Ref(new Ty.Ref(Prim.STR, false), false), 8, 8);
  }

  @Test
  void referencesToUnsizedTypesArePointerAndLength() {
    Layout str = assertLayout(layouts, new Ty.Ref(Prim.STR, false), 16, 8);
    assertThat(Arrays.stream(str.offsets).boxed().toList()).containsExactly(0, 8).inOrder();
    Layout slice = assertLayout(layouts, new Ty.Ref(new Ty.Slice(Prim.I32), true), 16, 8);
    assertThat(Arrays.stream(slice.offsets).boxed().toList()).containsExactly(0, 8).inOrder();
  }

  @Test
  void tuplesAreReorderedToSavePadding() {
    // rustc: offset_of!((u8, i32, u8), 0/1/2) = 4, 0, 5
    assertOffsets(layouts, tuple(Prim.U8, Prim.I32, Prim.U8), 8, 4, 4, 0, 5);
    assertOffsets(layouts, tuple(Prim.U8, Prim.U16, Prim.U8), 4, 2, 2, 0, 3);
    assertOffsets(layouts, tuple(Prim.I8, Prim.I16, Prim.I8), 4, 2, 2, 0, 3);
    assertOffsets(layouts, tuple(Prim.U8, Prim.U8, Prim.U8), 3, 1, 0, 1, 2);
    assertOffsets(layouts, tuple(Prim.I64, Prim.BOOL), 16, 8, 0, 8);
    assertOffsets(layouts, tuple(Prim.I32, Prim.U8), 8, 4, 0, 4);
    assertOffsets(layouts, tuple(Prim.U32, tuple(Prim.U8, Prim.U16)), 8, 4, 0, 4);
    assertOffsets(layouts, tuple(Ty.UNIT, Prim.U8), 1, 1, 0, 0);
  }

  @Test
  void aTuplesLastFieldStaysLastAsInRustc() {
    assertOffsets(layouts, tuple(Prim.U8, Prim.I32), 8, 4, 0, 4);
    assertOffsets(layouts, tuple(Prim.BOOL, Prim.I64), 16, 8, 0, 8);
    assertOffsets(layouts, tuple(Prim.U8, Prim.CHAR), 8, 4, 0, 4);
    assertOffsets(layouts, tuple(Prim.F32, Prim.F64), 16, 8, 0, 8);
    assertOffsets(layouts, tuple(Prim.U16, Prim.U8, Prim.U32), 8, 4, 0, 2, 4);
    assertOffsets(layouts, tuple(Prim.U8, Prim.U16, Prim.U64), 16, 8, 2, 0, 8);
    assertOffsets(layouts, tuple(Prim.U8, Prim.I128), 32, 16, 0, 16);
    assertOffsets(layouts, tuple(Prim.U8, new Ty.Ref(Prim.STR, false)), 24, 8, 0, 8);
  }

  @Test
  void arraysAreElementSizeTimesLength() {
    assertLayout(layouts, new Ty.Array(Prim.I32, 5), 20, 4);
    assertLayout(layouts, new Ty.Array(Prim.U8, 3), 3, 1);
    assertLayout(layouts, new Ty.Array(tuple(Prim.U8, Prim.U16), 4), 16, 2);
    assertLayout(layouts, new Ty.Array(new Ty.Array(Prim.U16, 3), 2), 12, 2);
    assertLayout(layouts, new Ty.Array(Prim.I64, 0), 0, 8);
  }

  @Test
  void structFieldsAreReorderedByAlignment() {
    // rustc: struct Mixed { a: u8, b: i64, c: u16 } has a at 10, b at 0, c at 8.
    Ty mixed = struct("Mixed", Prim.U8, Prim.I64, Prim.U16);
    assertOffsets(layouts, mixed, 16, 8, 10, 0, 8);
    // rustc: struct S1 { a: u8, b: u32 } has a at 4, b at 0 (unlike the tuple (u8, u32)).
    assertOffsets(layouts, struct("S1", Prim.U8, Prim.U32), 8, 4, 4, 0);
    assertOffsets(layouts, struct("Point", Prim.I32, Prim.I32), 8, 4, 0, 4);
    assertLayout(layouts, struct("Unit"), 0, 1);
  }

  @Test
  void optionOfAnIntegerHasATagBeforeThePayload() {
    // rustc: Some(0x12345678i32) is the bytes 01 00 00 00 78 56 34 12, and -Zprint-type-sizes reports a
    // 4-byte discriminant: rustc widens the tag to the alignment of the first field.
    Layout l = assertLayout(layouts, option(Prim.I32), 8, 4);
    assertThat(l.niche).isFalse();
    assertThat(l.tagOffset).isEqualTo(0);
    assertThat(l.tagSize).isEqualTo(4);
    assertThat(l.variantOffsets[1][0]).isEqualTo(4);
    assertThat(l.discriminants).asList().containsExactly(0L, 1L).inOrder();
  }

  @Test
  void optionUsesTheInvalidValuesOfItsPayloadForNone() {
    // rustc: None::<bool> is the byte 02; None::<char> is 00 00 11 00; None::<(u8, bool)> is ?? 02.
    assertNiche(option(Prim.BOOL), 1, 0, 1, 2);
    assertNiche(option(Prim.CHAR), 4, 0, 4, 0x110000);
    assertNiche(option(tuple(Prim.U8, Prim.BOOL)), 2, 1, 1, 2);
    assertNiche(option(new Ty.Ref(Prim.I32, false)), 8, 0, 8, 0);
    assertThat(layouts.size(option(new Ty.Ref(Prim.STR, false)))).isEqualTo(16);
  }

  @Test
  void enumVariantsShareTheTagsPadding() {
    // rustc: Shape::Rect(0x11111111, 0x22222222) is 01 00 00 00 11 11 11 11 22 22 22 22 ..., and
    // Circle's f64 starts at 8.
    AdtDef shape = enumDef("Shape", List.of(), new Ty[] {Prim.F64}, new Ty[] {Prim.U32, Prim.U32}, new Ty[0]);
    Layout l = assertLayout(layouts, new Ty.Adt(shape, List.of()), 16, 8);
    assertThat(l.tagSize).isEqualTo(4); // -Zprint-type-sizes: "discriminant: 4 bytes"
    assertThat(l.variantOffsets[0]).asList().containsExactly(8);
    assertThat(l.variantOffsets[1]).asList().containsExactly(4, 8).inOrder();
    // rustc: E2::A(0x33, 0x44444444) is 00 33 00 00 44 44 44 44; E2::B(0x5555) is 01 00 55 55 ...
    AdtDef e2 = enumDef("E2", List.of(), new Ty[] {Prim.U8, Prim.U32}, new Ty[] {Prim.U16});
    Layout m = assertLayout(layouts, new Ty.Adt(e2, List.of()), 8, 4);
    assertThat(m.tagSize).isEqualTo(1); // A's u8 comes first, so the tag stays one byte
    assertThat(m.variantOffsets[0]).asList().containsExactly(1, 4).inOrder();
    assertThat(m.variantOffsets[1]).asList().containsExactly(2);
  }

  @Test
  void discriminantsAbove255NeedATwoByteTag() {
    // rustc: enum Big { A = 1000, B } is 2 bytes; Big::B is e9 03.
    AdtDef big = unitEnum("Big", 1000, 1001);
    Layout l = assertLayout(layouts, new Ty.Adt(big, List.of()), 2, 2);
    assertThat(l.tagSize).isEqualTo(2);
  }

  @Test
  void negativeAndLargeDiscriminantsNeedASignedWiderTag() {
    Layout l = assertLayout(layouts, new Ty.Adt(unitEnum("Signed", -3, 200), List.of()), 2, 2);
    assertThat(l.tagSize).isEqualTo(2);
  }

  // ---- helpers ----

  private void assertNiche(Ty t, int size, int offset, int nicheSize, long value) {
    Layout l = layouts.of(t);
    String name = TyPrinter.show(t);
    assertWithMessage("size of %s", name).that(l.size).isEqualTo(size);
    assertWithMessage("%s uses a niche", name).that(l.niche).isTrue();
    assertWithMessage("niche offset in %s", name).that(l.tagOffset).isEqualTo(offset);
    assertWithMessage("niche size in %s", name).that(l.tagSize).isEqualTo(nicheSize);
    assertWithMessage("value for None in %s", name).that(l.nicheStart).isEqualTo(value);
    assertWithMessage("None is the dataless variant of %s", name).that(l.nicheVariants[0]).isEqualTo(0);
    assertWithMessage("Some carries the data of %s", name).that(l.dataVariant).isEqualTo(1);
  }
}
