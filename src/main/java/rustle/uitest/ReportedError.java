package rustle.uitest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error as the pipeline reported it on stderr, read back from rustc's rendering: the header
 * {@code error[E0382]: message}, then the primary location {@code --> FILE:LINE:COL} a few lines below.
 */
record ReportedError(String code, String message, int line) {
  private static final Pattern HEADER = Pattern.compile("(error|warning)(?:\\[(E\\d{4})\\])?: (.*)");
  private static final Pattern LOCATION = Pattern.compile(" *--> (.*):(\\d+):(\\d+)");
  /** The summary rustc closes a failed compilation with; not an error of its own. */
  private static final String ABORTING = "aborting due to ";

  /** The line 0 stands for "no line in the test file" (an error without a location, or elsewhere). */
  static final int NO_LINE = 0;

  /**
   * The errors in {@code stderr}, in order; warnings are skipped. A location counts only when it names
   * {@code path}, the file under test.
   */
  static List<ReportedError> parse(String stderr, String path) {
    List<ReportedError> errors = new ArrayList<>();
    String code = null;
    String message = null;
    boolean located = true;
    for (String text : stderr.split("\n", -1)) {
      Matcher header = HEADER.matcher(text);
      if (header.matches()) {
        if (!located) {
          errors.add(new ReportedError(code, message, NO_LINE));
        }
        boolean isError = header.group(1).equals("error") && !header.group(3).startsWith(ABORTING);
        code = header.group(2);
        message = header.group(3);
        located = !isError; // only errors wait for their location
        continue;
      }
      Matcher location = LOCATION.matcher(text);
      if (!located && location.matches()) {
        int line = location.group(1).equals(path) ? Integer.parseInt(location.group(2)) : NO_LINE;
        errors.add(new ReportedError(code, message, line));
        located = true;
      }
    }
    if (!located) {
      errors.add(new ReportedError(code, message, NO_LINE));
    }
    return errors;
  }

  /** How the error reads in a failure message: its header as rustc prints it. */
  String header() {
    return "error" + (code == null ? "" : "[" + code + "]") + ": " + message;
  }
}
