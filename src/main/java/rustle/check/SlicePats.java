package rustle.check;

import rustle.ast.Pattern;

/** Where a slice pattern's {@code ..} (or {@code rest @ ..}) stands, shared by the phases that read them. */
public final class SlicePats {
  private SlicePats() {}

  /** Whether p is {@code ..} or a binding of it, {@code rest @ ..}. */
  public static boolean isRest(Pattern p) {
    return p instanceof Pattern.RestPat || p instanceof Pattern.IdentPat ip && ip.sub() instanceof Pattern.RestPat;
  }

  /** The index of the rest element of a slice pattern, or -1. */
  public static int restIndex(Pattern.SlicePat sp) {
    for (int i = 0; i < sp.elems().size(); i++) if (isRest(sp.elems().get(i))) return i;
    return -1;
  }
}
