package rustle.borrowck;

/**
 * Which references a call may pass on, read from its signature's lifetimes: intoResult[i] says that
 * argument i may be reachable from the result; intoArg[j] lists the arguments that may be stored
 * behind the {@code &mut} argument j (null when none).
 */
record CallFlow(boolean[] intoResult, int[][] intoArg) {
  static CallFlow all(int n) {
    boolean[] r = new boolean[n];
    java.util.Arrays.fill(r, true);
    return new CallFlow(r, new int[n][]);
  }
}
