package rustle.dump;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rustle.cli.Main;

/**
 * The JSON format: every program with markers gives a document that validates against the committed
 * schema, matches its golden file (src/test/resources/rustle/dump, rewritten with -Dbless=true), and
 * says what memory really holds in the cases the issue names.
 */
class JsonDumpTest {
  static final boolean BLESS = Boolean.getBoolean("bless");
  static final Path GOLDEN = Path.of("src/test/resources/rustle/dump");

  static JsonNode dump(String program, String... extra) throws Exception {
    Path out = Files.createTempFile("rustle-dump", ".json");
    List<String> args = new ArrayList<>(List.of("run", "--format", "json", "--out", out.toString()));
    args.addAll(List.of(extra));
    args.add(program);
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(new String[0]), new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertWithMessage("exit code; stderr:\n%s", err).that(code).isEqualTo(0);
    String text = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    return new ObjectMapper().readTree(text);
  }

  static Set<ValidationMessage> validate(JsonNode doc) throws Exception {
    try (InputStream in = JsonDumpTest.class.getResourceAsStream("/rustle/dump/dump.schema.json")) {
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      return schema.validate(doc);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory/vec_realloc", "memory/moved_local", "memory/caller_ref", "memory/box_in_vec",
      "memory/non_ascii", "two_locals", "string_on_heap", "scope_free", "heap_handoff", "vec_growth", "smart/refcell_dump",
      "smart/weak_dump"})
  void validatesAndMatchesGolden(String name) throws Exception {
    JsonNode doc = dump("programs/" + name + ".rs");
    assertWithMessage("schema errors").that(validate(doc)).isEmpty();
    String text = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
    Path golden = GOLDEN.resolve(name.replace('/', '_') + ".json");
    if (BLESS) {
      Files.writeString(golden, text, StandardCharsets.UTF_8);
      return;
    }
    assertWithMessage("JSON dump of %s (bless with -Dbless=true if right)", name)
        .that(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void schemaRejectsADocumentMissingFields() throws Exception {
    JsonNode doc = new ObjectMapper().readTree("{\"format\":\"rustle-dump\",\"version\":1,\"snapshots\":[]}");
    assertThat(validate(doc)).isNotEmpty();
  }

  @Test
  void movedOutLocalIsMarkedMovedAndItsBlockBelongsToTheNewOwner() throws Exception {
    JsonNode snap = dump("programs/memory/moved_local.rs").get("snapshots").get(0);
    JsonNode locals = snap.get("frames").get(0).get("locals");
    assertThat(locals.get(0).get("name").asText()).isEqualTo("s");
    assertThat(locals.get(0).get("state").asText()).isEqualTo("moved");
    assertThat(locals.get(1).get("state").asText()).isEqualTo("live");
    assertThat(snap.get("heap").get(0).get("owners").toString()).isEqualTo("[\"t\"]");
  }

  @Test
  void referenceIntoCallersFrameResolvesToTheLocal() throws Exception {
    JsonNode snap = dump("programs/memory/caller_ref.rs").get("snapshots").get(0);
    assertThat(snap.get("frames").size()).isEqualTo(3);
    JsonNode r = snap.get("frames").get(2).get("locals").get(0);
    JsonNode target = r.get("pointers").get(0).get("target");
    assertThat(target.get("region").asText()).isEqualTo("stack");
    assertThat(target.get("frame").asInt()).isEqualTo(0);
    assertThat(target.get("local").asText()).isEqualTo("x");
  }

  @Test
  void growthFreesTheOldBlockAndMarksUnusedCapacity() throws Exception {
    JsonNode snaps = dump("programs/memory/vec_realloc.rs").get("snapshots");
    String before = snaps.get(0).get("heap").get(0).get("address").asText();
    JsonNode after = snaps.get(1);
    assertThat(after.get("changes").get("freed").get(0).get("address").asText()).isEqualTo(before);
    JsonNode c = after.get("heap").get(0).get("contents");
    assertThat(c.get("capacity").asInt()).isEqualTo(8);
    assertThat(c.get("unused").get("size").asInt()).isEqualTo(12);
  }

  @Test
  void boxInsideStructInsideVecIsOwnedByItsPath() throws Exception {
    JsonNode heap = dump("programs/memory/box_in_vec.rs").get("snapshots").get(0).get("heap");
    List<String> owners = new ArrayList<>();
    for (JsonNode b : heap) owners.add(b.get("owners").toString());
    assertThat(owners).containsAtLeast("[\"shapes[0].size\"]", "[\"shapes\"]", "[\"shapes[1].size\"]");
  }

  @Test
  void nonAsciiStringShowsUtf8BytesPerChar() throws Exception {
    JsonNode chars = dump("programs/memory/non_ascii.rs").get("snapshots").get(0).get("heap").get(0)
        .get("contents").get("chars");
    assertThat(chars.get(1).get("bytes").asText()).isEqualTo("c3 a9");
    assertThat(chars.get(5).get("bytes").asText()).isEqualTo("f0 9f a6 80");
  }

  @Test
  void maxSnapshotsCountsTheSkipped() throws Exception {
    JsonNode doc = dump("programs/vec_growth.rs", "--max-snapshots", "3");
    assertThat(doc.get("snapshots").size()).isEqualTo(3);
    assertThat(doc.get("skipped").asInt()).isEqualTo(7);
  }
}
