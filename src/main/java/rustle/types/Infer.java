package rustle.types;

/**
 * An inference variable: unbound, or bound to a type (union-find by forwarding). Integer and float
 * literal variables remember their kind so that they can only unify with integers / floats and default
 * to i32 / f64.
 */
public final class Infer implements Ty {
  public enum Kind { GENERAL, INT, FLOAT }

  final int id;
  final Kind kind;
  Ty binding;

  Infer(int id, Kind kind) {
    this.id = id;
    this.kind = kind;
  }

  /** Follows bindings to the representative type (shallow). */
  public static Ty shallow(Ty t) {
    while (t instanceof Infer v && v.binding != null) t = v.binding;
    return t;
  }

  @Override
  public String toString() {
    Ty t = shallow(this);
    if (t != this) return t.toString();
    return kind == Kind.INT ? "{integer}" : kind == Kind.FLOAT ? "{float}" : "_";
  }
}
