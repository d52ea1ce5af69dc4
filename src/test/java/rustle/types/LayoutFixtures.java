package rustle.types;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import rustle.ast.Item;

/**
 * Builds the types layout tests need (std's Option, Result and String, user structs and enums) without a
 * parser, and the assertions they share on sizes, alignments and field offsets.
 */
final class LayoutFixtures {
  private LayoutFixtures() {}

  static Layout assertLayout(Layouts layouts, Ty t, int size, int align) {
    Layout l = layouts.of(t);
    assertWithMessage("size of %s", TyPrinter.show(t)).that(l.size).isEqualTo(size);
    assertWithMessage("align of %s", TyPrinter.show(t)).that(l.align).isEqualTo(align);
    return l;
  }

  static void assertOffsets(Layouts layouts, Ty t, int size, int align, int... offsets) {
    Layout l = assertLayout(layouts, t, size, align);
    assertWithMessage("field offsets of %s", TyPrinter.show(t))
        .that(Arrays.stream(l.offsets).boxed().toList())
        .containsExactlyElementsIn(Arrays.stream(offsets).boxed().toList()).inOrder();
  }

  static Ty tuple(Ty... elems) {
    return new Ty.Tuple(List.of(elems));
  }

  static Ty struct(String name, Ty... fields) {
    AdtDef def = new AdtDef(name, false, List.of(), AdtDef.Builtin.NONE, Set.of(), null);
    def.variants.add(new AdtDef.VariantDef(name, 0, Item.StructKind.NAMED, fields(fields), 0));
    return new Ty.Adt(def, List.of());
  }

  static Ty string() {
    return new Ty.Adt(new AdtDef("String", false, List.of(), AdtDef.Builtin.STRING, Set.of(), null), List.of());
  }

  /** std's {@code enum Result<T, E> { Ok(T), Err(E) }}. */
  static Ty result(Ty ok, Ty err) {
    AdtDef def = new AdtDef("Result", true, List.of("T", "E"), AdtDef.Builtin.RESULT, Set.of(), null);
    def.variants.add(new AdtDef.VariantDef("Ok", 0, Item.StructKind.TUPLE,
        List.of(new AdtDef.FieldDef("0", new Ty.Param("T", 0))), 0));
    def.variants.add(new AdtDef.VariantDef("Err", 1, Item.StructKind.TUPLE,
        List.of(new AdtDef.FieldDef("0", new Ty.Param("E", 1))), 1));
    return new Ty.Adt(def, List.of(ok, err));
  }

  /** std's {@code enum Option<T> { None, Some(T) }}, declared in the same order as in core. */
  static Ty option(Ty payload) {
    AdtDef def = new AdtDef("Option", true, List.of("T"), AdtDef.Builtin.OPTION, Set.of(), null);
    def.variants.add(new AdtDef.VariantDef("None", 0, Item.StructKind.UNIT, List.of(), 0));
    def.variants.add(new AdtDef.VariantDef("Some", 1, Item.StructKind.TUPLE,
        List.of(new AdtDef.FieldDef("0", new Ty.Param("T", 0))), 1));
    return new Ty.Adt(def, List.of(payload));
  }

  /** An enum whose variant i is a tuple variant with the given fields and discriminant i. */
  static AdtDef enumDef(String name, List<String> generics, Ty[]... variants) {
    AdtDef def = new AdtDef(name, true, generics, AdtDef.Builtin.NONE, Set.of(), null);
    for (int i = 0; i < variants.length; i++) {
      Item.StructKind kind = variants[i].length == 0 ? Item.StructKind.UNIT : Item.StructKind.TUPLE;
      def.variants.add(new AdtDef.VariantDef("V" + i, i, kind, fields(variants[i]), i));
    }
    return def;
  }

  static AdtDef unitEnum(String name, long... discriminants) {
    AdtDef def = new AdtDef(name, true, List.of(), AdtDef.Builtin.NONE, Set.of(), null);
    for (int i = 0; i < discriminants.length; i++) {
      def.variants.add(new AdtDef.VariantDef("V" + i, i, Item.StructKind.UNIT, List.of(), discriminants[i]));
    }
    return def;
  }

  static List<AdtDef.FieldDef> fields(Ty... types) {
    AdtDef.FieldDef[] out = new AdtDef.FieldDef[types.length];
    for (int i = 0; i < types.length; i++) out[i] = new AdtDef.FieldDef(String.valueOf(i), types[i]);
    return List.of(out);
  }
}
