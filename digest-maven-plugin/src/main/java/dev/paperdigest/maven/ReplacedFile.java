package dev.paperdigest.maven;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE_NEW;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file under a temporary name beside it, and moves it into place only when its content is
 * complete: a failed conversion leaves the previous output as it was, never half-written.
 */
final class ReplacedFile {
  private ReplacedFile() {}

  /** What goes into the file. */
  interface Content {
    /**
     * Writes the content.
     *
     * @return whether it is complete and should replace the file
     */
    boolean writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code content} to {@code target}, creating its directory.
   *
   * @return whether {@code target} was replaced
   */
  static boolean write(Path target, Content content) throws IOException {
    Path directory = target.getParent();
    Files.createDirectories(directory);
    // Not Files.createTempFile: its owner-only permissions would stay on the output.
    Path temporary =
        directory.resolve(
            "."
                + target.getFileName()
                + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                + ".tmp");
    try {
      boolean complete;
      try (OutputStream out =
          new BufferedOutputStream(Files.newOutputStream(temporary, CREATE_NEW), 1 << 16)) {
        complete = content.writeTo(out);
      }
      if (complete) {
        try {
          Files.move(temporary, target, ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, REPLACE_EXISTING);
        }
      }
      return complete;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
