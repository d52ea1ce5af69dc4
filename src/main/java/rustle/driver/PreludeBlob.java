package rustle.driver;

/**
 * The prelude cache's bytes as string constants of this class, so that a run reads them from the
 * class-data archive instead of from the jar: the first resource read of a run opens the jar, whose
 * ~3800-entry directory the JDK indexes in interpreted Java (~15 ms of CPU), and a plain run reads
 * nothing else from it. The build ({@link PreludeCache#main}) replaces the class file javac makes from
 * this source with one whose {@link #chunks} returns the bytes (see {@link BlobClassWriter}).
 */
final class PreludeBlob {
  private PreludeBlob() {}

  /** The cache's bytes as chunks of Latin-1 chars; null until the build has written them in. */
  static String[] chunks() {
    return null;
  }
}
