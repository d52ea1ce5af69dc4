package rustle.uitest;

import java.util.regex.Pattern;

/**
 * One {@code //~ ERROR ...} annotation: the line it targets and what the error there must show, either
 * its code ({@code E0382}) or a piece of its message.
 */
record ExpectedError(int line, String text, int annotationLine) {
  private static final Pattern CODE = Pattern.compile("E\\d{4}");

  /** Whether the annotation names a code rather than a piece of the message. */
  boolean isCode() {
    return CODE.matcher(text).matches();
  }

  /** Whether {@code error} is one this annotation accepts (the line aside). */
  boolean accepts(ReportedError error) {
    return isCode() ? text.equals(error.code()) : error.message().contains(text);
  }

  /** How the annotation reads in a failure message. */
  String describe() {
    String what = text.isEmpty() ? "an error"
        : isCode() ? "error " + text
        : "an error containing \"" + text + "\"";
    return annotationLine == line ? what : what + " (annotated on line " + annotationLine + ")";
  }
}
