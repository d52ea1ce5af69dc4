package rustle.uitest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a test file says about itself, in rustc's UI-test conventions: {@code //@} directives choose the
 * {@link Mode}, {@code //~} annotations list the errors expected and the lines they are reported on.
 * Mistakes in these comments are {@code problems}: the test fails on them without running.
 */
record TestSpec(Mode mode, List<ExpectedError> errors, Optional<String> ignored, List<String> problems) {
  private static final String DIRECTIVE = "//@";
  private static final String ANNOTATION = "//~";
  private static final String IGNORE = "ignore-test";
  /** rustle knows one edition; a test copied from rustc's suite may still say so. */
  private static final String EDITION = "edition:2021";

  /** Reads the directives and annotations of a test file's text. */
  static TestSpec parse(String text) {
    Mode mode = null;
    Optional<String> ignored = Optional.empty();
    List<ExpectedError> errors = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i];
      String stripped = line.strip();
      if (stripped.startsWith(DIRECTIVE)) {
        String body = stripped.substring(DIRECTIVE.length()).strip();
        String name = body.split("\\s+", 2)[0];
        Optional<Mode> m = Mode.ofDirective(name);
        if (m.isPresent()) {
          if (mode != null && mode != m.get()) {
            problems.add("line " + lineNo + ": `//@ " + name + "` contradicts the earlier `//@ "
                + mode.directive + "`");
          }
          mode = m.get();
        } else if (name.equals(IGNORE)) {
          ignored = Optional.of(body.substring(IGNORE.length()).strip());
        } else if (!body.replace(" ", "").equals(EDITION)) {
          problems.add("line " + lineNo + ": unknown directive `//@ " + body + "` (expected one of"
              + " run-pass, check-pass, check-fail, run-fail, ignore-test)");
        }
        continue;
      }
      int at = line.indexOf(ANNOTATION);
      if (at >= 0) {
        annotation(line.substring(at + ANNOTATION.length()), lineNo, lines.length, errors, problems);
      }
    }
    if (mode == null) {
      mode = errors.isEmpty() ? Mode.RUN_PASS : Mode.CHECK_FAIL;
    } else if (mode != Mode.CHECK_FAIL && !errors.isEmpty()) {
      problems.add("a `//@ " + mode.directive + "` test expects no errors, but it has `//~ ERROR`"
          + " annotations (on line " + errors.get(0).annotationLine() + "); use `//@ check-fail`");
    }
    return new TestSpec(mode, List.copyOf(errors), ignored, List.copyOf(problems));
  }

  /**
   * Reads what follows {@code //~}: carets for lines above ({@code ^^} is two up) or {@code |} for the
   * previous annotation's line, then {@code ERROR} and the code or message piece.
   */
  private static void annotation(String rest, int lineNo, int lineCount, List<ExpectedError> errors,
      List<String> problems) {
    int target = lineNo;
    int i = 0;
    if (rest.startsWith("|")) {
      if (errors.isEmpty()) {
        problems.add("line " + lineNo + ": `//~|` has no earlier annotation to share a line with");
        return;
      }
      target = errors.get(errors.size() - 1).line();
      i = 1;
    } else {
      while (i < rest.length() && rest.charAt(i) == '^') {
        i++;
      }
      target = lineNo - i;
    }
    String body = rest.substring(i).strip();
    String kind = body.split("\\s+", 2)[0];
    if (!kind.equals("ERROR")) {
      problems.add("line " + lineNo + ": expected `ERROR` after `//~`, found `" + body + "`"
          + (kind.isEmpty() ? "" : " (only errors are checked)"));
      return;
    }
    if (target < 1 || target > lineCount) {
      problems.add("line " + lineNo + ": the annotation points at line " + target
          + ", which is not in the file");
      return;
    }
    errors.add(new ExpectedError(target, body.substring(kind.length()).strip(), lineNo));
  }
}
