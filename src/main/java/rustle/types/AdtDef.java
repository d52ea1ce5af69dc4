package rustle.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import rustle.ast.Item;

/**
 * A struct or enum definition: its generic parameters and variants (a struct has one). Types the
 * interpreter implements natively (String, Vec, Box) carry a {@link Builtin} tag and get their layout from
 * the memory model rather than from their fields.
 */
public final class AdtDef {
  /** Std types with a native representation. */
  public enum Builtin { NONE, STRING, VEC, BOX, OPTION, RESULT, RANGE, RANGE_INCLUSIVE, INTO_ITER,
    RC, WEAK, REF_CELL, REF, REF_MUT, CELL, RAW_PTR,
    HASH_MAP, HASH_SET, MAP_INTO_ITER, SET_INTO_ITER, ARRAY_INTO_ITER }

  public final String name;
  public final boolean isEnum;
  public final List<String> generics;
  public final Builtin builtin;
  public final List<VariantDef> variants = new ArrayList<>();
  public final Set<String> derives;
  public final Item source;
  /** The user's {@code impl Drop}, or null. */
  public FnSig.Def dropFn;
  /**
   * The user's {@code impl Iterator}: its {@code next} and its {@code type Item} (over the type's own
   * generic parameters, in order), or null.
   */
  public FnSig.Def iterNext;
  /** The user's own {@code Iterator::size_hint}, or null for the default {@code (0, None)}. */
  public FnSig.Def iterSizeHint;
  /** Declared by the prelude (std's types), not by the program: a program's `Iter` or `Map` is its own. */
  public boolean fromPrelude;
  public Ty iterItem;

  public AdtDef(String name, boolean isEnum, List<String> generics, Builtin builtin, Set<String> derives,
      Item source) {
    this.name = name;
    this.isEnum = isEnum;
    this.generics = generics;
    this.builtin = builtin;
    this.derives = derives;
    this.source = source;
  }

  public VariantDef variant(String n) {
    for (VariantDef v : variants) if (v.name().equals(n)) return v;
    return null;
  }

  /** The prelude's Stdout, StdoutLock or Stderr: the io writers write! prints to at once. */
  public boolean isStdStream() {
    return fromPrelude && (name.equals("Stdout") || name.equals("StdoutLock") || name.equals("Stderr"));
  }

  public boolean derives(String trait) {
    return derives.contains(trait);
  }

  /** An enum's {@code #[default]} variant (what a derived Default makes), or -1. */
  public int defaultVariant() {
    if (!(source instanceof Item.EnumItem e)) return -1;
    for (int i = 0; i < e.variants().size(); i++) if (e.variants().get(i).isDefault()) return i;
    return -1;
  }

  /** One variant (or the struct itself): its fields with types in terms of the ADT's parameters. */
  public record VariantDef(String name, int index, Item.StructKind kind, List<FieldDef> fields,
      long discriminant) {
    public int fieldIndex(String n) {
      for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(n)) return i;
      return -1;
    }
  }

  public record FieldDef(String name, Ty ty) {}

  @Override
  public String toString() {
    return name;
  }
}
