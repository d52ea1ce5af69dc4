package rustle.types;

import java.util.List;
import rustle.ast.Item;

/** Function signatures and definitions as the checker records them. */
public final class FnSig {
  private FnSig() {}

  /** The bounds written in an {@code impl Trait} return type. */
  public record TypeExprBound(List<TraitRef> bounds) {}

  /** A generic parameter with the traits that bound it. */
  public record Generic(String name, List<TraitRef> bounds) {}

  /**
   * A trait bound such as {@code Display} or {@code Fn(i32) -> i32} (fnParams non-null for the latter);
   * for an operator trait ({@code Add<Output = T>}) fnParams is null and fnRet is the Output, or null.
   */
  public record TraitRef(String trait, List<Ty> args, List<Ty> fnParams, Ty fnRet) {}

  /**
   * A function or method: generics are the impl's parameters followed by the function's own; params
   * include {@code self} first for methods (selfKind != NONE); selfTy is the impl's self type or null.
   * body is the AST node, whose body may be an {@code intrinsic!()} call for natively implemented std
   * functions. trait names the trait for trait methods (impl or declaration), or null.
   */
  public static final class Def {
    public final String name;
    /** The owner's {@code Type::} or {@code Trait::} ("" for a free function), joined with name at the first {@link #path()}. */
    private final String prefix;
    private String path;
    public final Item.FnItem item;
    public final List<Generic> generics;
    public final int implGenerics;
    public final Item.SelfKind selfKind;
    public final Ty selfTy;
    public final String trait;
    public final boolean fromPrelude;
    public List<Ty> params;
    public Ty ret;
    /** The return type is {@code impl Trait}: the body decides it (ret is set after checking the body). */
    public TypeExprBound opaqueRet;

    public Def(String name, String path, Item.FnItem item, List<Generic> generics, int implGenerics,
        Item.SelfKind selfKind, Ty selfTy, String trait, boolean fromPrelude) {
      this(null, name, path, item, generics, implGenerics, selfKind, selfTy, trait, fromPrelude);
    }

    /**
     * A function whose path is prefix followed by its name, made when first asked for: the prelude's
     * ~1,300 methods are collected at every start, and most paths are never read.
     */
    public static Def qualified(String prefix, String name, Item.FnItem item, List<Generic> generics,
        int implGenerics, Item.SelfKind selfKind, Ty selfTy, String trait, boolean fromPrelude) {
      return new Def(prefix, name, null, item, generics, implGenerics, selfKind, selfTy, trait, fromPrelude);
    }

    private Def(String prefix, String name, String path, Item.FnItem item, List<Generic> generics,
        int implGenerics, Item.SelfKind selfKind, Ty selfTy, String trait, boolean fromPrelude) {
      this.prefix = prefix;
      this.name = name;
      this.path = path;
      this.item = item;
      this.generics = generics;
      this.implGenerics = implGenerics;
      this.selfKind = selfKind;
      this.selfTy = selfTy;
      this.trait = trait;
      this.fromPrelude = fromPrelude;
    }

    /** The function's path as written in messages: {@code Vec::push}, {@code Iterator::map}, {@code main}. */
    public String path() {
      String p = path;
      if (p == null) path = p = prefix.concat(name);
      return p;
    }

    @Override
    public String toString() {
      return path();
    }
  }
}
