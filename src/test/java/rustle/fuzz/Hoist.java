package rustle.fuzz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites `println!("...", EXPR);` into `{ let pv = &(EXPR); println!("...", pv); }`. A disagreement that
 * disappears under this rewrite comes from output printed while println!'s arguments were evaluated
 * (rustle's printing is not re-entrant: a known bug), so it is told apart from new ones.
 */
final class Hoist {
  private static final Pattern PRINT = Pattern.compile("(?m)^(\\s*)println!\\(\"([^\"]*)\", (.*)\\);$");

  private Hoist() {}

  static String apply(String program) {
    Matcher m = PRINT.matcher(program);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      // A reference, so that printing a variable does not move it; a temporary lives to the block's end.
      String repl = m.group(1) + "{ let pv = &(" + m.group(3) + "); println!(\"" + m.group(2) + "\", pv); }";
      m.appendReplacement(sb, Matcher.quoteReplacement(repl));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
