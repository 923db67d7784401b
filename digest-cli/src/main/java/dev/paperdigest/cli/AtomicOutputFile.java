package dev.paperdigest.cli;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
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
 * <p>A target that exists keeps its owner, group and mode, set-group-ID and the other special bits
 * included, as far as the process may set them: root may give the new file any owner, another user
 * only a group of its own. They are set after the content is written, since writing clears the
 * set-user-ID and set-group-ID bits of a file that its writer may not set; until then, only the
 * owner may read the temporary file. Access control lists and extended attributes are not copied,
 * and a target with other hard links is replaced by a new file, as {@code sed -i} does.
 *
 * <p>Temporary files still pending when the JVM shuts down (after Ctrl-C, say) are deleted by a
 * shutdown hook, installed when the first one is created. Once shutdown has begun nothing is
 * committed any more: Ctrl-C in a pipeline also ends the command that feeds this one, and the end
 * of input it sees must not pass for a complete conversion.
 */
final class AtomicOutputFile implements OutputFile {
  private static final int BUFFER_SIZE = 1 << 16;
  private static final int MAX_NAME_PREFIX = 32;
  private static final String OWNER_AND_MODE = "unix:uid,gid,mode";
  private static final FileAttribute<?> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
  private static volatile boolean cleanupInstalled;

  /** Guarded by {@link #PENDING}: set by the shutdown hook, after which no move may happen. */
  private static boolean shuttingDown;

  private final Path target;
  private final Path temporary;
  private final Map<String, Object> ownerAndMode;
  private final OutputStream file;
  private final OutputStream stream;
  private boolean committed;

  private AtomicOutputFile(
      Path target, Path temporary, Map<String, Object> ownerAndMode, OutputStream file) {
    this.target = target;
    this.temporary = temporary;
    this.ownerAndMode = ownerAndMode;
    this.file = file;
    this.stream = new BufferedOutputStream(file, BUFFER_SIZE);
  }

  /** A new file {@code target}, created on commit with the mode new files get. */
  static AtomicOutputFile create(Path target) throws IOException {
    return open(target, null);
  }

  /** The regular file {@code target}, replaced on commit by one with its owner, group and mode. */
  static AtomicOutputFile replace(Path target) throws IOException {
    Map<String, Object> ownerAndMode;
    try {
      ownerAndMode = Files.readAttributes(target, OWNER_AND_MODE, NOFOLLOW_LINKS);
    } catch (UnsupportedOperationException e) {
      // Not a Unix file system: the new file gets what new files get.
      ownerAndMode = null;
    }
    return open(target, ownerAndMode);
  }

  private static AtomicOutputFile open(Path target, Map<String, Object> ownerAndMode)
      throws IOException {
    installCleanup();
    String prefix = "." + truncate(FileNames.decode(FileNames.bytes(target.getFileName()))) + ".";
    while (true) {
      String name = prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      Path temporary = target.resolveSibling(FileNames.path(FileNames.encode(name + ".tmp")));
      FileChannel channel;
      try {
        channel =
            ownerAndMode == null
                ? FileChannel.open(temporary, CREATE_NEW, WRITE)
                : FileChannel.open(temporary, Set.of(CREATE_NEW, WRITE), OWNER_ONLY);
      } catch (FileAlreadyExistsException taken) {
        continue;
      }
      PENDING.add(temporary);
      return new AtomicOutputFile(
          target, temporary, ownerAndMode, Channels.newOutputStream(channel));
    }
  }

  @Override
  public OutputStream stream() {
    return stream;
  }

  /** Moves the complete file over its target, atomically where the file system can. */
  @Override
  public void commit() throws IOException {
    stream.close();
    if (ownerAndMode != null) {
      keepOwnerAndMode();
    }
    synchronized (PENDING) {
      if (shuttingDown) {
        throw new IOException("interrupted; the output was left as it was");
      }
      try {
        Files.move(temporary, target, ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, REPLACE_EXISTING);
      }
      committed = true;
      PENDING.remove(temporary);
    }
  }

  /**
   * Deletes the temporary file unless it has been committed. What is still buffered is dropped, not
   * written: after a failed write it would only fail again.
   */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    try {
      file.close();
    } finally {
      Files.deleteIfExists(temporary);
      PENDING.remove(temporary);
    }
  }

  /** Owner and group first: changing them may clear the special bits of the mode. */
  private void keepOwnerAndMode() throws IOException {
    setIfPermitted("unix:uid", ownerAndMode.get("uid"));
    setIfPermitted("unix:gid", ownerAndMode.get("gid"));
    Files.setAttribute(temporary, "unix:mode", (Integer) ownerAndMode.get("mode") & 07777);
  }

  private void setIfPermitted(String attribute, Object value) throws IOException {
    if (value.equals(Files.getAttribute(temporary, attribute, NOFOLLOW_LINKS))) {
      return;
    }
    try {
      Files.setAttribute(temporary, attribute, value, NOFOLLOW_LINKS);
    } catch (FileSystemException notPermitted) {
      // Only root gives a file away; the file stays the writer's, as when it is newly created.
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
    synchronized (PENDING) {
      shuttingDown = true;
    }
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
