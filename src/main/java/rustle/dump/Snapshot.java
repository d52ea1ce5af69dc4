package rustle.dump;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One view of the simulated memory at a stop point, as plain records (the JSON shape of
 * docs/dump-format.md): frames from {@code main} to the current one, live heap blocks, the static
 * string literals that live {@code &str} values point into, and what changed since the previous one.
 * Addresses are written {@code 0x%08x}; bytes as lowercase hex pairs separated by spaces.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Snapshot(int index, String name, int line, int hit, String reason, String stdout,
    List<Frame> frames, List<Block> heap, List<Static> statics, Changes changes) {

  /** A stack frame; address is its top (its locals lie below it). */
  public record Frame(String function, Integer callLine, String address, int line, List<Local> locals) {}

  /** A local (or a labelled compiler place) of a frame. value is "" when it holds no value. */
  public record Local(String name, String type, String address, int size, String state, boolean hidden,
      String value, String bytes, List<Field> fields, List<Pointer> pointers) {}

  /** A field of a value's layout as stored, padding included. */
  public record Field(String name, int offset, int size, String value) {}

  /** A pointer stored at from, pointing to to, reached by path. */
  public record Pointer(String from, String to, String path, Target target) {}

  /** What a pointer points at. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Target(String region, String block, Integer offset, Integer frame, String local) {}

  /**
   * A live heap block. owners are the paths of the pointers that own it (every Rc to an Rc's block);
   * weakOwners those of the Weaks to an Rc's block (absent when there are none).
   */
  public record Block(String address, int size, String type, List<String> owners,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> weakOwners, Integer allocatedLine,
      String why, Contents contents, String bytes, List<Pointer> pointers) {}

  /** A heap block's contents decoded by the kind of its owner: string, vec, box, rc or raw. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Contents(String kind, Long len, Long capacity, String text, List<CharBytes> chars,
      String elementType, List<Element> elements, Unused unused, String valueType, String value,
      Long strong, Long weak, List<Field> fields) {
    static Contents raw() {
      return new Contents("raw", null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Contents box(String valueType, String value) {
      return new Contents("box", null, null, null, null, null, null, null, valueType, value, null, null, null);
    }

    /** An Rc's block: the counts as stored, the value, and the block's layout fields. */
    static Contents rc(String valueType, String value, long strong, long weak, List<Field> fields) {
      return new Contents("rc", null, null, null, null, null, null, null, valueType, value, strong, weak, fields);
    }

    static Contents string(long len, long cap, String text, List<CharBytes> chars) {
      return new Contents("string", len, cap, text, chars, null, null, null, null, null, null, null, null);
    }

    static Contents vec(long len, long cap, String elementType, List<Element> elements, Unused unused) {
      return new Contents("vec", len, cap, null, null, elementType, elements, unused, null, null, null, null, null);
    }
  }

  public record CharBytes(@com.fasterxml.jackson.annotation.JsonProperty("char") String ch, String bytes) {}

  public record Element(int index, String address, String value) {}

  public record Unused(String address, int size) {}

  /** A string literal in the static region. */
  public record Static(String address, int size, String text) {}

  public record Changes(List<String> allocated, List<Freed> freed, List<ChangedLocal> changedLocals) {}

  public record Freed(String address, int size, String type) {}

  public record ChangedLocal(int frame, String name) {}

  static String addr(long a) {
    return String.format("0x%08x", a);
  }
}
