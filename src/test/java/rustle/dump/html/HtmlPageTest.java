package rustle.dump.html;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The HTML page is one offline file whose embedded dump cannot break out of its script element. */
class HtmlPageTest {
  static String fixture(String name) throws IOException {
    try (InputStream in = HtmlPageTest.class.getResourceAsStream(name)) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The text of the element that holds the dump, as the HTML parser would see it. */
  static String embedded(String page) {
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"dump\">(.*?)</script>", Pattern.DOTALL)
        .matcher(page);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"handoff.json", "vec_growth.json", "moves.json", "borrowed.json"})
  void pageNeedsNoNetwork(String name) throws IOException {
    String page = HtmlPage.render(fixture(name));
    assertThat(page).startsWith("<!DOCTYPE html>");
    assertThat(page).doesNotContain("://");
    assertThat(page).doesNotContainMatch("(?i)<(link|iframe|img|object|embed)\\b");
    assertThat(page).doesNotContainMatch("(?i)\\b(src|href|srcset|action)\\s*=");
    assertThat(page).doesNotContainMatch("(?i)@import|@font-face");
    // url() is only used for the arrowheads' markers, which are in the page itself.
    assertThat(page).doesNotContainMatch("url\\((?!#)");
    assertThat(count(page, "<script")).isEqualTo(2);
    assertThat(count(page, "<style")).isEqualTo(1);
  }

  @Test
  void programTextCannotCloseTheScriptElement() throws IOException {
    String source = "fn main() { println!(\"</script><script>alert(1)</script> <!--<script> </SCRIPT >\"); }"
        + " // @DUMP@ /*@SCRIPT@*/ /*@STYLE@*/ & \u2028";
    String json = fixture("moves.json").replaceFirst("\"source\": \"(?:[^\"\\\\]|\\\\.)*\"",
        Matcher.quoteReplacement("\"source\": \"" + source.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
    assertThat(json).contains("alert(1)");
    String page = HtmlPage.render(json);

    // The page keeps exactly its own two scripts and one style; none of the program's tags survive raw.
    assertThat(count(page.toLowerCase(), "</script")).isEqualTo(2);
    assertThat(count(page.toLowerCase(), "<script")).isEqualTo(2);
    assertThat(page).doesNotContain("<!--");
    // Decoding the escapes gives the dump back unchanged, so JSON.parse reads the program's own text.
    String back = embedded(page).replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&")
        .replace("\\u2028", "\u2028").replace("\\u2029", "\u2029");
    assertThat(back).isEqualTo(json);
  }

  @Test
  void embedEscapesOnlyWhatHtmlCouldMisread() {
    assertThat(HtmlPage.embed("{\"a\": \"x</script>&y\"}")).isEqualTo("{\"a\": \"x\\u003c/script\\u003e\\u0026y\"}");
    assertThat(HtmlPage.embed("{\"a\": \"\\\\<\"}")).isEqualTo("{\"a\": \"\\\\\\u003c\"}");
    assertThat(HtmlPage.embed("{\"é\": [1, 2]}")).isEqualTo("{\"é\": [1, 2]}");
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
