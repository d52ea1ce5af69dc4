package rustle.dump.html;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Opens generated pages in headless chromium: arrows join the right elements, navigation works, no script fails. */
class HtmlPageBrowserTest {
  static final Path OUT = Path.of("target", "dump-html");
  /** Hand-written dumps, and borrowed.json: the output of `rustle run --format json` on its program. */
  static final List<String> FIXTURES = List.of("handoff.json", "vec_growth.json", "moves.json", "borrowed.json");
  static ChromeDriver driver;

  /** One browser serves all tests of the class; each test is skipped on its own when there is none. */
  @BeforeEach
  void start() throws IOException {
    Browser.assumeInstalled();
    if (driver == null) {
      driver = Browser.start();
      Files.createDirectories(OUT);
    }
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  /** Writes the page for a fixture under target/ and opens it at snapshot `n` (1-based). */
  static void open(String fixture, int n) throws IOException {
    Path page = OUT.resolve(fixture.replace(".json", ".html")).toAbsolutePath();
    Files.writeString(page, HtmlPage.render(HtmlPageTest.fixture(fixture)));
    driver.get("about:blank");
    driver.get(page.toUri() + "#" + n);
    assertQuietConsole(fixture);
  }

  /** Nothing the page did (loading, clicks, keys) logged a warning or an error. */
  static void assertQuietConsole(String what) {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(e.getMessage());
      }
    }
    assertWithMessage("browser console (%s)", what).that(errors).isEmpty();
  }

  @AfterEach
  void quietConsole() {
    if (driver != null) {
      assertQuietConsole("at the end of the test");
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> snapshot() {
    return (Map<String, Object>) driver.executeScript("return viewer.dump.snapshots[viewer.index];");
  }

  @Test
  void arrowsJoinEachPointerToWhatItPointsAt() throws IOException {
    for (String fixture : FIXTURES) {
      open(fixture, 1);
      long count = (Long) driver.executeScript("return viewer.dump.snapshots.length;");
      for (int i = 0; i < count; i++) {
        ArrowCheck.check(driver);
        driver.findElement(By.id("next")).click();
      }
    }
  }

  /**
   * The JSON golden files of the dump format (real output of rustle on the example programs) render
   * with correct arrows too; skipped while the branch has none.
   */
  @Test
  void realDumpsRenderWithTheirArrows() throws IOException {
    Path dir = Path.of(System.getProperty("rustle.dumpGoldens", "src/test/resources/rustle/dump"));
    List<Path> dumps = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (var files = Files.list(dir)) {
        files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(dumps::add);
      }
    }
    dumps.removeIf(f -> !readQuietly(f).matches("(?s).*\"format\"\\s*:\\s*\"rustle-dump\".*"));
    assumeTrue(!dumps.isEmpty(), "no JSON dumps in " + dir);
    for (Path f : dumps) {
      Path page = OUT.resolve("golden-" + f.getFileName().toString().replace(".json", ".html")).toAbsolutePath();
      Files.writeString(page, HtmlPage.render(Files.readString(f)));
      driver.get("about:blank");
      driver.get(page.toUri().toString());
      assertQuietConsole(f.toString());
      long count = Math.min(30, (Long) driver.executeScript("return viewer.dump.snapshots.length;"));
      for (int i = 0; i < count; i++) {
        ArrowCheck.check(driver);
        driver.findElement(By.id("next")).click();
      }
    }
  }

  private static String readQuietly(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      return "";
    }
  }

  @Test
  void buttonsAndArrowKeysMoveBetweenSnapshots() throws IOException {
    open("handoff.json", 1);
    String label = driver.findElement(By.id("label")).getText();
    String line = currentLine();
    assertThat(line).isEqualTo(String.valueOf(snapshot().get("line")));
    assertThat(driver.findElement(By.id("prev")).isEnabled()).isFalse();

    driver.findElement(By.id("next")).click();
    assertThat(currentLine()).isEqualTo(String.valueOf(snapshot().get("line")));
    assertThat(currentLine()).isNotEqualTo(line);
    assertThat(driver.findElement(By.id("label")).getText()).isNotEqualTo(label);
    assertThat(driver.findElement(By.id("label")).getText()).contains("2/3");

    driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_LEFT);
    assertThat(currentLine()).isEqualTo(line);
    assertThat(driver.findElement(By.id("label")).getText()).isEqualTo(label);

    driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
    assertThat(driver.findElement(By.id("label")).getText()).contains("3/3");
    assertThat(driver.findElement(By.id("next")).isEnabled()).isFalse();
  }

  @Test
  void movedLocalsAndFreedBlocksAreMarked() throws IOException {
    open("handoff.json", 1);
    assertThat(driver.findElements(By.cssSelector(".block.freed[data-freed='0x01000000']"))).hasSize(1);
    open("moves.json", 2);
    WebElement moved = driver.findElement(By.cssSelector(".local[data-local='greeting']"));
    assertThat(moved.getAttribute("class")).contains("moved");
    assertThat(moved.getText()).contains("<moved>");
    assertThat(Double.parseDouble(moved.getCssValue("opacity")) < 1
        || !moved.getCssValue("color").equals(driver.findElement(By.cssSelector(".local[data-local='names']"))
            .getCssValue("color"))).isTrue();
  }

  @Test
  void changesAreMarkedAgainstThePreviousSnapshot() throws IOException {
    open("borrowed.json", 1);
    // The dump lists changes against an empty start; on the first snapshot they would mark everything.
    assertThat((List<?>) ((Map<?, ?>) snapshot().get("changes")).get("changedLocals")).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector(".badge.changed, .badge.new"))).isEmpty();
    driver.findElement(By.id("next")).click();
    List<WebElement> frames = driver.findElements(By.cssSelector(".frame"));
    assertThat(frames).hasSize(2);
    assertThat(frames.get(0).findElements(By.cssSelector(".frame-head .badge.new"))).isEmpty();
    assertThat(frames.get(1).findElement(By.cssSelector(".frame-head")).getText()).contains("new frame");
    assertThat(driver.findElements(By.cssSelector(".block .badge.new"))).hasSize(1);
  }

  @Test
  void aDumpThatCannotBeShownSaysWhy() throws IOException {
    Path page = OUT.resolve("broken.html").toAbsolutePath();
    Files.writeString(page, HtmlPage.render("{\"format\": \"rustle-dump\", \"snapshots\": [, ]}"));
    driver.get(page.toUri().toString());
    assertThat(driver.findElement(By.id("error")).getText()).contains("does not parse");
    Files.writeString(page, HtmlPage.render(
        "{\"format\": \"rustle-dump\", \"version\": 1, \"program\": {\"path\": \"a.rs\", \"source\": \"\"},"
            + " \"snapshots\": [], \"skipped\": 0}"));
    driver.get("about:blank");
    driver.get(page.toUri().toString());
    assertThat(driver.findElement(By.id("error")).getText()).contains("took no snapshot");
  }

  /** Pointers with no arrow to draw, and values the dump cut short, are written out instead. */
  @Test
  void pointersWithoutArrowsAndCutValuesAreWrittenOut() throws IOException {
    String local = """
        {"name": "%s", "type": "&i32", "address": "%s", "size": 8, "state": "live", "hidden": false,
         "value": "", "bytes": "%s", "fields": [], "pointers": [{"from": "%s", "to": "%s", "path": "%s",
         "target": %s}]}""";
    String locals = String.join(",",
        local.formatted("n", "0x008ffff8", "00 00 00 00 00 00 00 00", "0x008ffff8", "0x00000000", "n",
            "{\"region\": \"null\"}"),
        local.formatted("d", "0x008ffff0", "00 00 00 01 00 00 00 00", "0x008ffff0", "0x01000000", "d",
            "{\"region\": \"dangling\"}"),
        local.formatted("t", "0x008fffe8", "c0 ff 8f 00 00 00 00 00", "0x008fffe8", "0x008fffc0", "t",
            "{\"region\": \"stack\", \"offset\": 0}"),
        local.formatted("big", "0x008fff00", "00 ".repeat(256) + "..", "0x008fff00", "0x008fffe8", "big",
            "{\"region\": \"stack\", \"frame\": 0, \"local\": \"t\", \"offset\": 0}"));
    String json = """
        {"format": "rustle-dump", "version": 1, "program": {"path": "e.rs", "source": "fn main() {}\\n"},
         "skipped": 0, "snapshots": [{"index": 0, "name": null, "line": 1, "hit": 1, "reason": "break",
         "stdout": "", "heap": [], "statics": [], "changes": {"allocated": [], "freed": [], "changedLocals": []},
         "frames": [{"function": "main", "callLine": null, "address": "0x00900000", "line": 1,
         "locals": [%s]}]}]}""".formatted(locals);
    Path page = OUT.resolve("edges.html").toAbsolutePath();
    Files.writeString(page, HtmlPage.render(json));
    driver.get(page.toUri().toString());
    assertThat(driver.findElements(By.cssSelector("#arrows path.arrow"))).hasSize(1);
    assertThat(driver.findElement(By.cssSelector("#arrows path.arrow")).getAttribute("data-from"))
        .isEqualTo("0x008fff00");
    String stack = driver.findElement(By.id("stack")).getText().replaceAll("\\s+", " ");
    assertThat(stack).contains("n → null");
    assertThat(stack).contains("d → dangling 0x01000000");
    assertThat(stack).contains("t → stack 0x008fffc0 (a temporary)");
    assertThat(stack).contains("… more bytes");
    assertThat(stack).doesNotContain("..");
  }

  @Test
  void theAddressBarChoosesTheSnapshot() throws IOException {
    open("handoff.json", 3);
    assertThat(driver.findElement(By.id("label")).getText()).contains("3/3");
    driver.executeScript("location.hash = '#2';");
    // hashchange is dispatched after the script returns.
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("label"), "2/3"));
    assertThat(currentLine()).isEqualTo(String.valueOf(snapshot().get("line")));
  }

  @Test
  void programTextIsShownAsText() throws IOException {
    open("moves.json", 3);
    assertThat(driver.findElement(By.cssSelector("#source .line[data-line='9']")).getText())
        .contains("</script><!--<script>");
    assertThat(driver.findElement(By.id("stdout")).getText()).contains("2 </script><!--<script> 7");
    assertThat(driver.findElements(By.tagName("script"))).hasSize(2);
  }

  @Test
  void screenshotsAt1280x800() throws IOException {
    for (String fixture : FIXTURES) {
      open(fixture, 1);
      long count = (Long) driver.executeScript("return viewer.dump.snapshots.length;");
      for (int i = 1; i <= count; i++) {
        assertThat(driver.executeScript("return [innerWidth, innerHeight];")).isEqualTo(List.of(1280L, 800L));
        Path png = OUT.resolve(fixture.replace(".json", "-" + i + ".png"));
        Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
        driver.findElement(By.id("next")).click();
      }
    }
    // docs/img/dump-html.png is this picture: real output of the program in borrowed.json.
    Files.copy(OUT.resolve("borrowed-2.png"), Path.of("target", "dump-html.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static String currentLine() {
    List<WebElement> cur = driver.findElements(By.cssSelector("#source .line.current"));
    assertThat(cur).hasSize(1);
    return cur.get(0).getAttribute("data-line");
  }
}
