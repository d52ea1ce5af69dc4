package rustle.dump;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON format: one document per run holding every snapshot (docs/dump-format.md, version 1). */
final class JsonFormat implements Format {
  static final int VERSION = 1;

  @Override
  public void snapshot(Snapshot s, PrintWriter w) {}

  @Override
  public void end(Program program, List<Snapshot> all, int skipped, PrintWriter w) {
    w.print(document(program, all, skipped));
    w.println();
  }

  static String document(Program program, List<Snapshot> all, int skipped) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", "rustle-dump");
    doc.put("version", VERSION);
    Map<String, Object> prog = new LinkedHashMap<>();
    prog.put("path", program.path());
    prog.put("source", program.source());
    doc.put("program", prog);
    doc.put("snapshots", all);
    doc.put("skipped", skipped);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a snapshot does not serialize", e);
    }
  }
}
