package rustle.lint;

import rustle.check.Tables;
import rustle.check.Zonk;
import rustle.types.Ty;

/** The checked type of an expression with its inference variables replaced by what they were bound to. */
final class Types {
  private Types() {}

  static Ty of(Tables tables, int id) {
    Ty t = tables.type(id);
    return t == null ? null : Zonk.apply(t);
  }
}
