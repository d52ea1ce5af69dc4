package rustle.dump.html;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts Debian's headless chromium through the system chromedriver, or skips the calling test
 * saying what is missing. Selenium is given both paths, so Selenium Manager never runs (it would
 * try to download a driver, and tests have no network).
 */
final class Browser {
  static final Path DRIVER = Path.of(System.getProperty("rustle.chromedriver", "/usr/bin/chromedriver"));
  static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/lib/chromium/chromium"));
  static final int WIDTH = 1280;
  static final int HEIGHT = 800;

  private Browser() {}

  /** Why no browser test can run here, or null when chromium and chromedriver are installed. */
  static String missing() {
    String install = " (on Debian: apt-get install chromium chromium-driver; .ci/run installs them)";
    if (!Files.isExecutable(DRIVER)) {
      return "browser test skipped: no chromedriver at " + DRIVER + install;
    }
    if (browser() == null) {
      return "browser test skipped: no chromium at " + BROWSERS + install;
    }
    return null;
  }

  private static Path browser() {
    return BROWSERS.stream().filter(Files::isExecutable).findFirst().orElse(null);
  }

  /** Skips the calling test, saying why, when no browser is installed (the reason is printed once). */
  static void assumeInstalled() {
    String why = missing();
    if (why != null && !told) {
      told = true;
      System.err.println(why);
    }
    assumeTrue(why == null, why);
  }

  private static boolean told;

  /** A fresh headless browser with a 1280×800 viewport; call {@link #assumeInstalled} first. */
  static ChromeDriver start() {
    Path browser = browser();
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--window-size=" + WIDTH + "," + HEIGHT, "--force-device-scale-factor=1",
        "--no-first-run", "--disable-extensions", "--disable-background-networking");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    // The window size includes no browser chrome in headless mode, but pin the viewport anyway.
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
    return driver;
  }
}
