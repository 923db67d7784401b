package dev.paperdigest.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command's standard input, and whether it was closed when the command started.
 *
 * <p>A program started with its standard input closed ({@code digest convert - <&-}) has no file
 * descriptor 0, and the first file the JVM opens for itself takes that number: reading "standard
 * input" would then read the JVM's own {@code lib/modules}. So a closed input is recognised before
 * anything is read: the {@code ./digest} launcher, which can test descriptor 0 before Java starts,
 * says so with {@code -Ddigest.stdin=closed} (and gives Java {@code /dev/null} there instead); run
 * as {@code java -jar}, the command looks where {@code /proc/self/fd/0} leads, and a file of the
 * JVM itself (under {@code java.home}, or on the class path) means the input was closed, since no
 * one pipes those into a digest command.
 *
 * @param stream the bytes of standard input
 * @param closed whether standard input was closed when the command started
 */
record StandardInput(InputStream stream, boolean closed) {
  /** The system property by which the launcher says that standard input was closed. */
  static final String CLOSED_PROPERTY = "digest.stdin";

  private static final Path DESCRIPTOR = Path.of("/proc/self/fd/0");

  /** The process's standard input. */
  static StandardInput ofProcess() {
    return new StandardInput(
        System.in, "closed".equals(System.getProperty(CLOSED_PROPERTY)) || heldByJvm());
  }

  /** Whether {@code path} names standard input itself, as {@code /dev/stdin} does. */
  static boolean isStandardInput(Path path) {
    return path.equals(Path.of("/dev/stdin"))
        || path.equals(Path.of("/dev/fd/0"))
        || path.equals(DESCRIPTOR);
  }

  private static boolean heldByJvm() {
    Path file;
    try {
      file = Files.readSymbolicLink(DESCRIPTOR);
    } catch (IOException | UnsupportedOperationException e) {
      // No /proc (another system), or nothing on descriptor 0 at all: reading will say so.
      return false;
    }
    if (file.startsWith(Path.of(System.getProperty("java.home")))) {
      return true;
    }
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isEmpty() && file.equals(Path.of(entry).toAbsolutePath().normalize())) {
        return true;
      }
    }
    return false;
  }
}
