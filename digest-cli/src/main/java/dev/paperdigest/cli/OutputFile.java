package dev.paperdigest.cli;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file the command writes its output to, which takes its new content only when {@linkplain
 * #commit() committed}. Closing it without committing (a failed conversion) discards what was
 * written, where the kind of file allows.
 *
 * <pre>{@code
 * try (OutputFile file = OutputFile.open(Path.of("out.json"))) {
 *   writer.writeAll(digests, file.stream());
 *   file.commit();
 * }
 * }</pre>
 *
 * <p>{@link #open} decides how to write, as GNU {@code sed -i --follow-symlinks} and {@code sponge}
 * do:
 *
 * <ul>
 *   <li>a regular file, or a name not taken yet, is written under a temporary name beside it and
 *       moved over it on commit ({@link AtomicOutputFile}); an existing file keeps its owner, group
 *       and mode where the process may set them;
 *   <li>a symbolic link is followed, to any depth, and its final target is replaced that way; the
 *       link stays;
 *   <li>a device ({@code /dev/null}), a FIFO or a socket, and the descriptors under {@code /proc}
 *       and {@code /dev/fd} ({@code /dev/stdout}), are written to directly ({@link
 *       DirectOutputFile}): they cannot be replaced, and what was written to them cannot be taken
 *       back.
 * </ul>
 */
interface OutputFile extends Closeable {
  /** Links followed at most, as Linux's own limit, before giving up on a loop. */
  int MAX_LINKS = 40;

  /** Where to write the content; do not close it, {@link #commit()} and {@link #close()} do. */
  OutputStream stream();

  /** Makes what was written the file's content. */
  void commit() throws IOException;

  /** Discards what was written, unless committed. */
  @Override
  void close() throws IOException;

  /**
   * Opens {@code requested} for writing, in the way its kind of file calls for.
   *
   * @throws FileSystemException if it is a directory, or a loop of links
   * @throws IOException if it cannot be created or opened
   */
  static OutputFile open(Path requested) throws IOException {
    Path path = requested;
    for (int links = 0; ; links++) {
      if (path.startsWith("/proc") || path.startsWith("/dev/fd")) {
        return DirectOutputFile.open(path);
      }
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(path, BasicFileAttributes.class, NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return AtomicOutputFile.create(path);
      }
      if (attributes.isSymbolicLink()) {
        if (links == MAX_LINKS) {
          throw new FileSystemException(
              requested.toString(), null, "Too many levels of symbolic links");
        }
        path = path.resolveSibling(Files.readSymbolicLink(path));
      } else if (attributes.isDirectory()) {
        throw new FileSystemException(requested.toString(), null, "Is a directory");
      } else if (attributes.isRegularFile()) {
        return AtomicOutputFile.replace(path);
      } else {
        return DirectOutputFile.open(path);
      }
    }
  }
}
