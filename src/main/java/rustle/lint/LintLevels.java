package rustle.lint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the two lints the program turns down. rustle's parser drops attributes, so the source is
 * read for them: a lint named in any {@code allow}, {@code expect} or {@code warn} attribute, anywhere,
 * is off for the whole program (where rustc would narrow it to an item, this misses errors, never adds
 * one). {@code warnings} counts too, to be safe.
 */
final class LintLevels {
  /** In its own class: compiling a regex costs milliseconds of start-up, spent only on a source with attributes. */
  private static final class Attr {
    static final Pattern ATTR = Pattern.compile("#!?\\[\\s*(?:allow|expect|warn)\\s*\\(([^\\]]*)\\)\\s*\\]");
  }

  final boolean overflowOn;
  final boolean panicOn;

  private LintLevels(boolean overflowOn, boolean panicOn) {
    this.overflowOn = overflowOn;
    this.panicOn = panicOn;
  }

  static LintLevels of(String source) {
    boolean overflow = true, panic = true;
    if (source.indexOf("#") >= 0) {
      Matcher m = Attr.ATTR.matcher(source);
      while (m.find()) {
        String names = m.group(1);
        boolean all = names.contains("warnings");
        if (all || names.contains("arithmetic_overflow")) overflow = false;
        if (all || names.contains("unconditional_panic")) panic = false;
      }
    }
    return new LintLevels(overflow, panic);
  }

  boolean on(boolean overflow) {
    return overflow ? overflowOn : panicOn;
  }
}
