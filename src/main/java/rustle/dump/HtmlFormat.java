package rustle.dump;

import java.io.PrintWriter;
import java.util.List;
import rustle.dump.html.HtmlPage;

/** The HTML format: the run's JSON document rendered once, at the end, as one offline page. */
final class HtmlFormat implements Format {
  @Override
  public void snapshot(Snapshot s, PrintWriter w) {}

  @Override
  public void end(Program program, List<Snapshot> all, int skipped, PrintWriter w) {
    w.print(HtmlPage.render(JsonFormat.document(program, all, skipped)));
  }
}
