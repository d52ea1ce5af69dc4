package rustle.borrowck;

/**
 * Which references a call may pass on, read from its signature's lifetimes. intoResult[i] says how
 * much of argument i may be reachable from the result: NONE, INNER (what the referent holds, not
 * the argument's own borrow: {@code Vec::pop(&mut self) -> Option<T>}) or ALL
 * ({@code first(&self) -> Option<&T>}). intoArg[j] lists the arguments that may be stored behind
 * the {@code &mut} argument j (null when none): i for all of argument i, {@code ~i} for only what
 * its referent holds ({@code mem::swap(&mut a, &mut b)} trades contents, not the two borrows).
 */
record CallFlow(byte[] intoResult, int[][] intoArg, boolean exact) {
  /**
   * A flow not read from a user's signature (std's, or a guess): only the first argument (a method's
   * receiver) passes on the data of a reference parameter (see Body.paramLoans): std's
   * {@code map.get(key)} or {@code text.split(sep)} results do not borrow key or sep.
   */
  CallFlow(byte[] intoResult, int[][] intoArg) {
    this(intoResult, intoArg, false);
  }

  static final byte NONE = 0;
  static final byte INNER = 1;
  static final byte ALL = 2;

  static CallFlow all(int n) {
    return of(n, ALL);
  }

  static CallFlow inner(int n) {
    return of(n, INNER);
  }

  static CallFlow none(int n) {
    return of(n, NONE);
  }

  private static CallFlow of(int n, byte mode) {
    byte[] r = new byte[n];
    java.util.Arrays.fill(r, mode);
    return new CallFlow(r, new int[n][]);
  }
}
