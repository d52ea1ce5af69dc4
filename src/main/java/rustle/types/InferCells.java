package rustle.types;

/** Package bridge that lets the checker create and bind inference variables. */
public final class InferCells {
  private InferCells() {}

  public static Infer make(int id, Infer.Kind kind) {
    return new Infer(id, kind);
  }

  public static Infer.Kind kind(Infer v) {
    return v.kind;
  }

  public static void bind(Infer v, Ty t) {
    v.binding = t;
  }
}
