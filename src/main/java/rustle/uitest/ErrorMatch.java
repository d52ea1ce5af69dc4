package rustle.uitest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pairs the annotated errors with the reported ones, one to one on the same line, and keeps what is left
 * on either side. A maximum matching rather than first-come: an annotation {@code E0425} must not take
 * the error that only a more specific annotation on the same line could match.
 */
record ErrorMatch(List<ExpectedError> missing, List<ReportedError> unexpected) {
  boolean ok() {
    return missing.isEmpty() && unexpected.isEmpty();
  }

  static ErrorMatch of(List<ExpectedError> expected, List<ReportedError> reported) {
    int[] owner = new int[reported.size()]; // the expected error each reported one is paired with
    Arrays.fill(owner, -1);
    for (int e = 0; e < expected.size(); e++) {
      augment(e, expected, reported, owner, new boolean[reported.size()]);
    }
    boolean[] paired = new boolean[expected.size()];
    List<ReportedError> unexpected = new ArrayList<>();
    for (int r = 0; r < reported.size(); r++) {
      if (owner[r] >= 0) {
        paired[owner[r]] = true;
      } else {
        unexpected.add(reported.get(r));
      }
    }
    List<ExpectedError> missing = new ArrayList<>();
    for (int e = 0; e < expected.size(); e++) {
      if (!paired[e]) {
        missing.add(expected.get(e));
      }
    }
    return new ErrorMatch(List.copyOf(missing), List.copyOf(unexpected));
  }

  /** Kuhn's augmenting path: finds expected error e a partner, moving earlier pairs along if need be. */
  private static boolean augment(int e, List<ExpectedError> expected, List<ReportedError> reported,
      int[] owner, boolean[] seen) {
    ExpectedError want = expected.get(e);
    for (int r = 0; r < reported.size(); r++) {
      ReportedError got = reported.get(r);
      if (seen[r] || got.line() != want.line() || !want.accepts(got)) {
        continue;
      }
      seen[r] = true;
      if (owner[r] < 0 || augment(owner[r], expected, reported, owner, seen)) {
        owner[r] = e;
        return true;
      }
    }
    return false;
  }
}
