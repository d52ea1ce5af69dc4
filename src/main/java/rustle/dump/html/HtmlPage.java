package rustle.dump.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders a memory dump (the JSON document described in docs/dump-format.md) as one self-contained
 * HTML page: the page's style, its scripts and the dump itself are all inline, so it opens offline.
 */
public final class HtmlPage {
  /** Scripts in the order they are concatenated; each is a resource beside this class. */
  private static final String[] SCRIPTS = {"util.js", "source.js", "memory.js", "heap.js", "arrows.js", "main.js"};

  private static final String STYLE_MARK = "/*@STYLE@*/";
  private static final String SCRIPT_MARK = "/*@SCRIPT@*/";
  private static final String DUMP_MARK = "@DUMP@";

  private HtmlPage() {}

  /** Returns the page for a dump document; the JSON is embedded as given and parsed by the page. */
  public static String render(String dumpJson) {
    String template = resource("page.html");
    StringBuilder script = new StringBuilder();
    for (String name : SCRIPTS) {
      script.append(resource(name)).append('\n');
    }
    String style = resource("page.css");
    // Our own assets must not end their element early; the dump is escaped so that it cannot either.
    if (script.indexOf("</") >= 0 || style.contains("</")) {
      throw new IllegalStateException("a viewer asset contains '</'");
    }
    // The three markers are found in the template before anything is inserted, so text inside the
    // dump (a program may print "@DUMP@") is never mistaken for one.
    int s = template.indexOf(STYLE_MARK);
    int c = template.indexOf(SCRIPT_MARK);
    int d = template.indexOf(DUMP_MARK);
    if (s < 0 || d < s || c < d) {
      throw new IllegalStateException("page.html lacks its markers in the expected order");
    }
    return template.substring(0, s) + style
        + template.substring(s + STYLE_MARK.length(), d) + embed(dumpJson)
        + template.substring(d + DUMP_MARK.length(), c) + script
        + template.substring(c + SCRIPT_MARK.length());
  }

  /**
   * Makes JSON safe inside a script element. Every {@code <} becomes the JSON escape backslash-u003c, which
   * JSON.parse turns back into '<': no "</script>" and no "<!--" can reach the HTML parser. In
   * valid JSON these characters only occur inside strings, where the escapes mean the same text.
   */
  static String embed(String json) {
    StringBuilder out = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char ch = json.charAt(i);
      switch (ch) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing viewer resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
