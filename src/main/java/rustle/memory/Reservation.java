package rustle.memory;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.lang.reflect.Field;
import java.nio.Buffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import sun.misc.Unsafe;

/**
 * The native block behind a {@link Memory}: a range of bytes that reads as zero until written, where only
 * the pages touched take physical memory and nothing is ever copied to grow.
 *
 * <p>It is a private ({@code MAP_PRIVATE}) mapping of a sparse temporary file that is deleted at once:
 * POSIX guarantees that a file extended by {@code ftruncate} reads as zeros, the kernel commits a page
 * only when it is first touched, and writes stay in this process (copy on write, never on disk). Where no
 * such file can be made, the fallback is {@code Unsafe.allocateMemory}, which guarantees nothing about
 * contents: {@link #zero} then clears each range before the memory hands it out.
 */
final class Reservation {
  static final Unsafe U = unsafe();

  private static final Cleaner FREER = Cleaner.create();

  /** Address of the first byte. */
  final long address;
  /** Whether fresh ranges must be cleared by {@link #zero} (the fallback). */
  private final boolean dirty;
  /** Keeps the mapping alive: the buffer's cleaner unmaps it once this reservation is unreachable. */
  @SuppressWarnings("unused")
  private final Object owner;

  private Reservation(long address, boolean dirty, Object owner) {
    this.address = address;
    this.dirty = dirty;
    this.owner = owner;
  }

  /** Reserves size bytes (at most Integer.MAX_VALUE). */
  static Reservation of(long size) {
    try {
      return mapped(size);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      // No writable temporary directory, or the mapping was refused: plain native memory instead.
      long address = U.allocateMemory(Math.max(size, 1));
      Reservation r = new Reservation(address, true, null);
      FREER.register(r, () -> U.freeMemory(address));
      return r;
    }
  }

  private static Reservation mapped(long size) throws IOException {
    FileChannel ch = createTemp();
    try (ch) {
      // Mapping past the end extends the file with ftruncate: a hole, which takes no disk space.
      MappedByteBuffer buf = ch.map(FileChannel.MapMode.PRIVATE, 0, Math.max(size, 1));
      return new Reservation(U.getLong(buf, ADDRESS), false, buf);
    }
  }

  /** Attempts at a fresh name before giving up on the mapping (another process holds each one tried). */
  private static final int NAME_ATTEMPTS = 16;

  /**
   * Creates, opens and unlinks a new empty file in the temporary directory. Not Files.createTempFile:
   * its random names come from a SecureRandom, whose provider set-up and seeding cost a fresh JVM ~20 ms
   * of CPU at every run. A name made of the clock and the thread is as good here: CREATE_NEW (O_EXCL,
   * which follows no symlink) fails on any existing name, and the next attempt takes another one. The
   * file is readable and writable by its owner only, so no one else can put bytes into it during the
   * moment before the unlink (the private mapping would show them); it never holds anything but zeros.
   */
  private static FileChannel createTemp() throws IOException {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"));
    long stamp = System.nanoTime() ^ (Thread.currentThread().getId() << 48);
    for (int attempt = 0; ; attempt++) {
      Path file = dir.resolve("rustle-memory-" + Long.toHexString(stamp + attempt * 0x9E3779B97F4A7C15L));
      FileChannel ch;
      try {
        ch = FileChannel.open(file, CREATE_NEW_RW, OWNER_ONLY);
      } catch (FileAlreadyExistsException e) {
        if (attempt + 1 >= NAME_ATTEMPTS) throw e;
        continue;
      }
      // Unlinked at once: the open channel and then the mapping keep it alive, and nothing is left behind.
      try {
        Files.deleteIfExists(file);
      } catch (IOException | RuntimeException e) {
        ch.close();
        throw e;
      }
      return ch;
    }
  }

  private static final Set<StandardOpenOption> CREATE_NEW_RW =
      EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY = PosixFilePermissions.asFileAttribute(
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

  /** Clears [from, to) if this reservation's contents are not known to be zero already. */
  void zero(long from, long to) {
    if (dirty && to > from) U.setMemory(address + from, to - from, (byte) 0);
  }

  private static final long ADDRESS = addressField();

  @SuppressWarnings("deprecation") // objectFieldOffset: the one way to read a mapped buffer's address
  private static long addressField() {
    try {
      Field f = Buffer.class.getDeclaredField("address");
      return U.objectFieldOffset(f);
    } catch (NoSuchFieldException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static Unsafe unsafe() {
    try {
      Field f = Unsafe.class.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      return (Unsafe) f.get(null);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
