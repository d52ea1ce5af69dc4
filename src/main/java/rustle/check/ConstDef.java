package rustle.check;

import rustle.ast.Item;
import rustle.types.Ty;

/** A {@code const} or {@code static} item (or associated const) with its declared type. */
public final class ConstDef {
  public final String path;
  public final Item.ConstItem item;
  public final Ty ty;

  ConstDef(String path, Item.ConstItem item, Ty ty) {
    this.path = path;
    this.item = item;
    this.ty = ty;
  }
}
