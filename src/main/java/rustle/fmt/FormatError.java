package rustle.fmt;

/**
 * An invalid format string, with rustc's message, label and note and where in the string it points.
 * Offsets count Java chars of the format string as passed to {@link FormatString#parse}; a length
 * of 0 is a point (rustc draws one {@code ^} there; at the end of the string that is the closing
 * quote).
 */
public final class FormatError extends RuntimeException {

  private final int offset;
  private final int length;
  private final String label;
  private final String note;
  private final int secondaryOffset;
  private final String secondaryLabel;

  FormatError(
      String message,
      int offset,
      int length,
      String label,
      String note,
      int secondaryOffset,
      String secondaryLabel) {
    super(message, null, false, false);
    this.offset = offset;
    this.length = length;
    this.label = label;
    this.note = note;
    this.secondaryOffset = secondaryOffset;
    this.secondaryLabel = secondaryLabel;
  }

  FormatError(String message, int offset, int length, String label, String note) {
    this(message, offset, length, label, note, -1, null);
  }

  /** Where the primary span starts. */
  public int offset() {
    return offset;
  }

  /** How long the primary span is; 0 for a point. */
  public int length() {
    return length;
  }

  /** The label under the primary span, or null when rustc shows none. */
  public String label() {
    return label;
  }

  /** The {@code = note:} line, or null; may span several lines. */
  public String note() {
    return note;
  }

  /**
   * Where the one-char secondary span starts (e.g. the opening brace), or -1 when there is none.
   */
  public int secondaryOffset() {
    return secondaryOffset;
  }

  /** The label of the secondary span, or null. */
  public String secondaryLabel() {
    return secondaryLabel;
  }
}
