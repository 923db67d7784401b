package dev.paperdigest.cli;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An output file written under a temporary name in its own directory and moved over its target only
 * when {@linkplain #commit() committed}. Nobody ever sees a half-written target, and closing
 * without committing (a failed conversion) deletes the temporary file and leaves an existing target
 * exactly as it was.
 *
 * <pre>{@code
 * try (AtomicOutputFile file = AtomicOutputFile.create(Path.of("out.txt"))) {
 *   writer.writeAll(digests, file.stream());
 *   file.commit();
 * }
 * }</pre>
 *
 * <p>Temporary files still pending when the JVM shuts down (after Ctrl-C, say) are deleted by a
 * shutdown hook, installed when the first one is created.
 */
final class AtomicOutputFile implements Closeable {
  private static final int BUFFER_SIZE = 1 << 16;
  private static final int MAX_NAME_PREFIX = 32;
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
  private static volatile boolean cleanupInstalled;

  private final Path target;
  private final Path temporary;
  private final OutputStream stream;
  private boolean committed;

  private AtomicOutputFile(Path target, Path temporary, OutputStream stream) {
    this.target = target;
    this.temporary = temporary;
    this.stream = stream;
  }

  /**
   * Creates the temporary file beside {@code target}. When the target exists, the temporary file
   * takes its permissions, so that replacing it keeps who may read it.
   */
  static AtomicOutputFile create(Path target) throws IOException {
    installCleanup();
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    String prefix = "." + truncate(absolute.getFileName().toString()) + ".";
    while (true) {
      String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp";
      Path temporary = directory.resolve(prefix + suffix);
      OutputStream stream;
      try {
        stream = Files.newOutputStream(temporary, CREATE_NEW, WRITE);
      } catch (FileAlreadyExistsException taken) {
        continue;
      }
      PENDING.add(temporary);
      AtomicOutputFile file =
          new AtomicOutputFile(target, temporary, new BufferedOutputStream(stream, BUFFER_SIZE));
      try {
        file.copyPermissionsOfTarget();
      } catch (IOException | RuntimeException e) {
        file.close();
        throw e;
      }
      return file;
    }
  }

  /** Where to write the content; do not close it, {@link #commit()} and {@link #close()} do. */
  OutputStream stream() {
    return stream;
  }

  /** Moves the complete file over its target, atomically where the file system can. */
  void commit() throws IOException {
    stream.close();
    try {
      Files.move(temporary, target, ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, REPLACE_EXISTING);
    }
    committed = true;
    PENDING.remove(temporary);
  }

  /** Deletes the temporary file unless it has been committed. */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    try {
      stream.close();
    } finally {
      Files.deleteIfExists(temporary);
      PENDING.remove(temporary);
    }
  }

  private void copyPermissionsOfTarget() throws IOException {
    if (Files.exists(target) && Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
    }
  }

  // Keeps the temporary name well under the 255 bytes most file systems allow, while still
  // telling whoever finds a leftover which output it was for.
  private static String truncate(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_NAME_PREFIX) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, MAX_NAME_PREFIX));
  }

  private static void installCleanup() {
    if (cleanupInstalled) {
      return;
    }
    synchronized (PENDING) {
      if (!cleanupInstalled) {
        Runtime.getRuntime()
            .addShutdownHook(new Thread(AtomicOutputFile::deletePending, "digest-cleanup"));
        cleanupInstalled = true;
      }
    }
  }

  private static void deletePending() {
    for (Path temporary : PENDING) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // The JVM is going down and nobody is left to tell; the name, a dot, the output's name
        // and .tmp, says what the leftover is.
      }
    }
  }
}
