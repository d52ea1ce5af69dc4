package rustle.diag;

/** The text of one source file and the path it is reported under (as the user typed it). */
public record SourceFile(String path, String text) {}
