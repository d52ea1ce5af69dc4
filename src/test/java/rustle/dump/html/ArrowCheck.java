package rustle.dump.html;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Checks the arrows of a rendered snapshot against the pointers of the dump it shows. */
final class ArrowCheck {
  private ArrowCheck() {}

  /** The pointers of the shown snapshot that must have an arrow, from the dump itself. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> drawablePointers(Map<String, Object> snap) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (Map<String, Object> f : (List<Map<String, Object>>) snap.get("frames")) {
      for (Map<String, Object> l : (List<Map<String, Object>>) f.get("locals")) {
        all.addAll((List<Map<String, Object>>) l.get("pointers"));
      }
    }
    for (Map<String, Object> b : (List<Map<String, Object>>) snap.get("heap")) {
      all.addAll((List<Map<String, Object>>) b.get("pointers"));
    }
    // Null and dangling pointers have no target; one into a compiler temporary has no local to point at.
    all.removeIf(p -> {
      Map<String, Object> t = (Map<String, Object>) p.get("target");
      return !List.of("heap", "stack", "static").contains(t.get("region"))
          || t.get("region").equals("stack") && t.get("local") == null;
    });
    return all;
  }

  /** The element a pointer must lead to, chosen from the dump's target description. */
  @SuppressWarnings("unchecked")
  static WebElement expectedTarget(ChromeDriver driver, Map<String, Object> p, Map<String, Object> snap) {
    Map<String, Object> t = (Map<String, Object>) p.get("target");
    switch ((String) t.get("region")) {
      case "heap":
        return driver.findElement(By.cssSelector(".block[data-block='" + t.get("block") + "']"));
      case "stack":
        return driver.findElement(By.cssSelector(
            ".local[data-frame='" + t.get("frame") + "'][data-local='" + t.get("local") + "']"));
      default:
        long to = Long.decode((String) p.get("to"));
        for (Map<String, Object> s : (List<Map<String, Object>>) snap.get("statics")) {
          long at = Long.decode((String) s.get("address"));
          if (to >= at && to < at + ((Number) s.get("size")).longValue()) {
            return driver.findElement(By.cssSelector(".static[data-addr='" + s.get("address") + "']"));
          }
        }
        throw new AssertionError("no static holds " + p.get("to"));
    }
  }

  /** Checks every arrow of the snapshot shown: one per drawable pointer, from its dot to its target. */
  static void check(ChromeDriver driver) {
    Map<String, Object> snap = HtmlPageBrowserTest.snapshot();
    List<Map<String, Object>> pointers = drawablePointers(snap);
    List<WebElement> paths = driver.findElements(By.cssSelector("#arrows path.arrow"));
    assertWithMessage("arrows of snapshot %s", snap.get("index")).that(paths).hasSize(pointers.size());
    Rectangle mem = driver.findElement(By.id("mem")).getRect();
    for (Map<String, Object> p : pointers) {
      String from = (String) p.get("from");
      WebElement path = driver.findElement(By.cssSelector("#arrows path.arrow[data-from='" + from + "']"));
      String[] d = path.getAttribute("d").replaceAll("[MC]", " ").trim().split("[ ,]+");
      double x1 = Double.parseDouble(d[0]) + mem.x;
      double y1 = Double.parseDouble(d[1]) + mem.y;
      double x2 = Double.parseDouble(d[d.length - 2]) + mem.x;
      double y2 = Double.parseDouble(d[d.length - 1]) + mem.y;
      Rectangle dot = driver.findElement(By.cssSelector(".dot[data-from='" + from + "']")).getRect();
      assertWithMessage("start of %s", p.get("path")).that(x1).isWithin(2).of(dot.x + dot.width / 2.0);
      assertWithMessage("start of %s", p.get("path")).that(y1).isWithin(2).of(dot.y + dot.height / 2.0);
      Rectangle target = expectedTarget(driver, p, snap).getRect();
      boolean atAnEdge = Math.abs(x2 - target.x) <= 4 || Math.abs(x2 - (target.x + target.width)) <= 4;
      assertWithMessage("end of %s (%s, %s) at an edge of %s", p.get("path"), x2, y2, target).that(atAnEdge).isTrue();
      assertWithMessage("end of %s", p.get("path")).that(y2).isAtLeast((double) target.y);
      assertWithMessage("end of %s", p.get("path")).that(y2).isAtMost((double) target.y + target.height);
    }
  }
}
