package rustle.fmt;

/**
 * The parsed options of one placeholder, {@code {:[[fill]align][sign]['#']['0'][width]['.'
 * precision]type}} as the Rust standard library documents them (rustc's {@code
 * rustc_parse_format::FormatSpec}).
 *
 * <p>Width and precision say where the numbers come from; the formatting methods of {@link Fmt}
 * take the already resolved numbers separately, so a literal count costs nothing at run time.
 *
 * @param fill the fill code point, {@code ' '} unless written
 * @param align the written alignment, {@link Align#NONE} lets each type pick its default
 * @param plus the {@code +} flag
 * @param minus the {@code -} flag (accepted by Rust but has no effect)
 * @param alternate the {@code #} flag
 * @param zero the {@code 0} flag: sign-aware zero padding
 * @param debugHex the {@code x?} / {@code X?} debug-hex modifier, only with {@link Trait#DEBUG}
 */
public record FormatSpec(
    int fill,
    Align align,
    boolean plus,
    boolean minus,
    boolean alternate,
    boolean zero,
    Count width,
    Count precision,
    Trait trait,
    DebugHex debugHex) {

  /** The spec of {@code {}}. */
  public static final FormatSpec DISPLAY = plain(Trait.DISPLAY);

  /** The spec of {@code {:?}}. */
  public static final FormatSpec DEBUG = plain(Trait.DEBUG);

  /** Alignment of padded output. */
  public enum Align {
    NONE,
    LEFT,
    RIGHT,
    CENTER
  }

  /** The formatting trait a placeholder uses, with the letter that selects it. */
  public enum Trait {
    DISPLAY(""),
    DEBUG("?"),
    LOWER_HEX("x"),
    UPPER_HEX("X"),
    BINARY("b"),
    OCTAL("o"),
    LOWER_EXP("e"),
    UPPER_EXP("E"),
    POINTER("p");

    /** How the trait is written after the colon. */
    public final String letter;

    Trait(String letter) {
      this.letter = letter;
    }
  }

  /**
   * The hex modifier of Debug: {@code {:x?}} prints integers in lower hex, {@code {:X?}} in upper.
   */
  public enum DebugHex {
    NONE,
    LOWER,
    UPPER
  }

  /** A spec with no options for the given trait. */
  public static FormatSpec plain(Trait trait) {
    return new FormatSpec(
        ' ',
        Align.NONE,
        false,
        false,
        false,
        false,
        Count.IMPLIED,
        Count.IMPLIED,
        trait,
        DebugHex.NONE);
  }

  /** Whether this is exactly {@code {}}, so a value can be appended with no formatting work. */
  public boolean isPlain() {
    return trait == Trait.DISPLAY
        && fill == ' '
        && align == Align.NONE
        && !plus
        && !alternate
        && !zero
        && width instanceof Count.Implied
        && precision instanceof Count.Implied;
  }

  /** Whether this is {@code {:#?}}: Debug output laid out over several lines. */
  public boolean isPretty() {
    return alternate && trait == Trait.DEBUG;
  }
}
