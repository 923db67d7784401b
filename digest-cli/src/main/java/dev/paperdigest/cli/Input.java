package dev.paperdigest.cli;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestIterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input of a command: a file, or standard input, and the format to read it in. {@link
 * InputResolver} makes them from the command's arguments.
 *
 * @param path the file, or {@code null} for standard input
 * @param name the name messages give it: the file name as the user wrote it, each byte that is not
 *     UTF-8 shown as {@code \xFF}; {@code <stdin>} for standard input
 * @param format the format of its digests
 */
record Input(Path path, String name, DigestFormat format) {
  /** The name diagnostics and messages give standard input. */
  static final String STDIN_NAME = "<stdin>";

  /** Standard input, read in {@code format}. */
  static Input standardInput(DigestFormat format) {
    return new Input(null, STDIN_NAME, format);
  }

  /** The size of a regular file in bytes, for messages; -1 for a pipe, a device or stdin. */
  long size() {
    try {
      return path != null && Files.isRegularFile(path) ? Files.size(path) : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * Starts reading the digests of the input. A file is opened at the first read and closed at its
   * end, so that a batch of any size holds one file handle at a time; pipes and devices read as
   * files do.
   *
   * @throws IOException if the file does not exist or is a directory
   */
  DigestIterator open(InputStream stdin) throws IOException {
    return path == null ? format.reader().open(stdin, name) : format.reader().open(path);
  }

  /**
   * Opens the input's bytes, for what reads it other than through {@link #open}.
   *
   * @param stdin standard input, returned as it is for the input that is standard input
   * @throws IOException if the file does not exist or is a directory
   */
  InputStream openBytes(InputStream stdin) throws IOException {
    return path == null ? stdin : Files.newInputStream(path);
  }
}
