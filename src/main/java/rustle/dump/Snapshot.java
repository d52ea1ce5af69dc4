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

  /** A live heap block. */
  public record Block(String address, int size, String type, List<String> owners, Integer allocatedLine,
      String why, Contents contents, String bytes, List<Pointer> pointers) {}

  /** A heap block's contents decoded by the kind of its owner: string, vec, box or raw. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Contents(String kind, Long len, Long capacity, String text, List<CharBytes> chars,
      String elementType, List<Element> elements, Unused unused, String valueType, String value) {
    static Contents raw() {
      return new Contents("raw", null, null, null, null, null, null, null, null, null);
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
