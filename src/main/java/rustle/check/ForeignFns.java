package rustle.check;

import java.util.Map;

/**
 * The C functions an {@code extern "C"} block may declare: rustle has no C library, so it implements this
 * small table of pure libc functions natively (rustle.interp.std.LibC) and names any other as unsupported.
 */
public final class ForeignFns {
  private ForeignFns() {}

  /** Each function and its C signature, which the declaration must match. */
  public static final Map<String, String> SIGNATURES = Map.of(
      "abs", "fn(i32) -> i32", "labs", "fn(i64) -> i64", "llabs", "fn(i64) -> i64",
      "sqrt", "fn(f64) -> f64", "fabs", "fn(f64) -> f64", "cbrt", "fn(f64) -> f64");

  /** An error for a declaration rustle cannot run, or null. */
  static rustle.diag.Diagnostic check(rustle.types.FnSig.Def def) {
    String want = SIGNATURES.get(def.name);
    if (want == null) {
      return rustle.diag.Errors.unsupported("the C function `" + def.name + "` (rustle implements only "
          + String.join(", ", new java.util.TreeSet<>(SIGNATURES.keySet())) + ")", def.item.span());
    }
    StringBuilder sb = new StringBuilder("fn(");
    for (int i = 0; i < def.params.size(); i++) sb.append(i > 0 ? ", " : "").append(rustle.types.TyPrinter.show(def.params.get(i)));
    sb.append(") -> ").append(rustle.types.TyPrinter.show(def.ret));
    if (!sb.toString().equals(want)) {
      return rustle.diag.Errors.unsupported("declaring `" + def.name + "` as `" + sb + "` (its C signature is `"
          + want + "`)", def.item.span());
    }
    return null;
  }
}
