package rustle.driver;

/**
 * The functions' bodies of the prelude cache, as string constants like {@link PreludeBlob}'s but in a
 * class of their own: it is loaded only when a run first decodes a prelude body (see AstReader.body),
 * which most runs never do. The build ({@link PreludeCache#main}) replaces the class file javac makes.
 */
final class PreludeBodyBlob {
  private PreludeBodyBlob() {}

  /** The bodies' bytes as chunks of Latin-1 chars; null until the build has written them in. */
  static String[] chunks() {
    return null;
  }
}
