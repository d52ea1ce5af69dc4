package rustle.dump;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dumps of Rc, Weak, RefCell and Cell say what memory holds: an Rc's block (RcInner) with its counts is
 * owned by every Rc to it, what it holds is owned through it, a Weak only keeps the block, and a
 * RefCell's borrow flag is read as std reads it.
 */
class SmartDumpTest {
  static JsonNode block(JsonNode snap, String type) {
    for (JsonNode b : snap.get("heap")) if (b.get("type").asText().equals(type)) return b;
    throw new AssertionError("no block of type " + type + " in " + snap.get("heap"));
  }

  static JsonNode local(JsonNode snap, String name) {
    for (JsonNode l : snap.get("frames").get(0).get("locals")) if (l.get("name").asText().equals(name)) return l;
    throw new AssertionError("no local " + name);
  }

  static String field(JsonNode fields, String name) {
    for (JsonNode f : fields) if (f.get("name").asText().equals(name)) return f.get("value").asText();
    throw new AssertionError("no field " + name + " in " + fields);
  }

  @Test
  void anRcBlockIsOwnedByEveryRcAndHoldsItsCounts() throws Exception {
    JsonNode snap = JsonDumpTest.dump("programs/smart/refcell_dump.rs").get("snapshots").get(0);
    JsonNode rc = block(snap, "RcInner<RefCell<Vec<i32>>>");
    assertThat(rc.get("owners").toString()).isEqualTo("[\"shared\",\"other\"]");
    assertThat(rc.has("weakOwners")).isFalse();
    JsonNode c = rc.get("contents");
    assertThat(c.get("kind").asText()).isEqualTo("rc");
    assertThat(c.get("strong").asLong()).isEqualTo(2);
    assertThat(c.get("weak").asLong()).isEqualTo(1);
    assertThat(c.get("value").asText()).isEqualTo("RefCell { value: [1, 2, 3] }");
    assertThat(field(c.get("fields"), "value.borrow")).startsWith("2 ");
    // The Vec's buffer is owned through the RcInner, by the first Rc found.
    assertThat(block(snap, "[i32; 4]").get("owners").toString()).isEqualTo("[\"(*shared).value\"]");
    // Each Rc local holds the block's address, which the pointer resolves to the block.
    JsonNode p = local(snap, "other").get("pointers").get(0);
    assertThat(p.get("to").asText()).isEqualTo(rc.get("address").asText());
    assertThat(p.get("target").get("region").asText()).isEqualTo("heap");
    assertThat(local(snap, "other").get("value").asText()).isEqualTo("RefCell { value: [1, 2, 3] }");
    // A Ref points into the block: at the RefCell's value and at its flag.
    JsonNode r1 = local(snap, "r1");
    assertThat(r1.get("value").asText()).isEqualTo("[1, 2, 3]");
    List<Integer> offsets = new ArrayList<>();
    for (JsonNode q : r1.get("pointers")) offsets.add(q.get("target").get("offset").asInt());
    assertThat(offsets).containsExactly(24, 16).inOrder();
    assertThat(local(snap, "count").get("value").asText()).isEqualTo("Cell { value: 7 }");
  }

  @Test
  void aRefCellBorrowedMutablyReadsAsStdDebugDoes() throws Exception {
    JsonNode snap = JsonDumpTest.dump("programs/smart/refcell_dump.rs").get("snapshots").get(1);
    JsonNode c = block(snap, "RcInner<RefCell<Vec<i32>>>").get("contents");
    assertThat(c.get("value").asText()).isEqualTo("RefCell { value: <borrowed> }");
    assertThat(field(c.get("fields"), "value.borrow")).startsWith("-1 ");
    assertThat(field(c.get("fields"), "value.value")).isEqualTo("[1, 2, 3, 4]");
    assertThat(local(snap, "w").get("type").asText()).isEqualTo("RefMut<Vec<i32>>");
  }

  @Test
  void aWeakKeepsTheBlockButNotTheValue() throws Exception {
    JsonNode snaps = JsonDumpTest.dump("programs/smart/weak_dump.rs").get("snapshots");
    JsonNode before = block(snaps.get(0), "RcInner<Vec<u16>>");
    assertThat(before.get("owners").toString()).isEqualTo("[\"strong\"]");
    assertThat(before.get("weakOwners").toString()).isEqualTo("[\"weak\"]");
    assertThat(before.get("contents").get("weak").asLong()).isEqualTo(2);
    // Weak::new() points to no block at all.
    assertThat(local(snaps.get(0), "none").get("pointers").size()).isEqualTo(0);

    JsonNode after = block(snaps.get(1), "RcInner<Vec<u16>>");
    assertThat(after.get("owners").size()).isEqualTo(0);
    assertThat(after.get("weakOwners").toString()).isEqualTo("[\"weak\"]");
    assertThat(after.get("contents").get("strong").asLong()).isEqualTo(0);
    assertThat(after.get("contents").get("value").asText()).contains("dropped");
    // The Vec's buffer went with the value.
    assertThat(snaps.get(1).get("changes").get("freed").size()).isEqualTo(1);
    assertThat(snaps.get(1).get("heap").size()).isEqualTo(1);
  }

  /** The program prints `{:?}` of the same values right after the stop; rustc wrote that .run.stdout. */
  @Test
  void valuesReadAsRustcsDebugPrintsThem() throws Exception {
    List<String> printed = java.nio.file.Files.readAllLines(java.nio.file.Path.of("programs/smart/shared_tail.run.stdout"));
    JsonNode snap = JsonDumpTest.dump("programs/smart/shared_tail.rs").get("snapshots").get(0);
    assertThat(local(snap, "b").get("value").asText()).isEqualTo(printed.get(1));
    List<String> refcell = java.nio.file.Files.readAllLines(java.nio.file.Path.of("programs/smart/refcell_dump.run.stdout"));
    JsonNode writing = JsonDumpTest.dump("programs/smart/refcell_dump.rs").get("snapshots").get(1);
    assertThat(local(writing, "other").get("value").asText()).isEqualTo(refcell.get(2));
  }

  /** In a cycle each block is walked from the local that holds it, not through the other block. */
  @Test
  void aCycleNamesEachBlockThroughItsOwnLocal() throws Exception {
    JsonNode snap = JsonDumpTest.dump("programs/smart/rc_cycle.rs", "--break", "25").get("snapshots").get(0);
    List<String> owners = new ArrayList<>();
    for (JsonNode b : snap.get("heap")) owners.add(b.get("owners").toString());
    assertThat(owners).containsExactly("[\"first\",\"((*second).next.value as Some).0\"]",
        "[\"second\",\"((*first).next.value as Some).0\"]").inOrder();
  }

  @Test
  void aSharedTailIsOwnedByBothListsInTheText() {
    String err = TextDumpTest.run("run", "programs/smart/shared_tail.rs")[1];
    assertThat(err).contains("owned by tail, ((*a).value.next as Some).0, (b.next as Some).0");
    assertThat(err).contains("+0   strong   3");
    assertThat(err).contains("(b.next as Some).0 -> 0x01000000 (heap block 0x01000000)");
  }
}
