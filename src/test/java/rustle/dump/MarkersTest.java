package rustle.dump;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as a {@code // @dump} marker, matched by hand as the regex it replaced matched it. */
class MarkersTest {
  @Test
  void aMarkerEndsItsLineWithAnOptionalNameTrimmedOfBlanks() {
    var m = Markers.find("a(); //@dump\nb(); //   @dump \t  two  words \t\nc(); // @dump\t\r\n");
    assertThat(m.keySet()).containsExactly(1, 2, 3);
    assertThat(m.get(1).name()).isNull();
    assertThat(m.get(2).name()).isEqualTo("two  words");
    assertThat(m.get(3).name()).isNull();
  }

  @Test
  void otherTextBeforeOrGluedToTheMarkerIsNotOne() {
    var m = Markers.find("a(); // see @dump\nb(); // @dumpx\nc(); // @dump_all\nlet s = \"x // @dump\";\n");
    assertThat(m).isEmpty();
  }

  @Test
  void theFirstCommentThatIsAMarkerCounts() {
    var m = Markers.find("a(); // note // @dump late\nb(); ///@dump\n");
    assertThat(m.keySet()).containsExactly(1, 2);
    assertThat(m.get(1).name()).isEqualTo("late");
    assertThat(m.get(2).name()).isNull();
  }
}
