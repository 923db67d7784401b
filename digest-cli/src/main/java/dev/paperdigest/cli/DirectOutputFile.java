package dev.paperdigest.cli;

import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An output written straight to its file: a device, a FIFO, or a descriptor such as {@code
 * /dev/stdout}, none of which can be replaced by another file. A regular file reached through a
 * descriptor (standard output redirected to a file) is appended to, so that the shell's {@code >>}
 * keeps what the file held and its {@code >} has already emptied it.
 */
final class DirectOutputFile implements OutputFile {
  private static final int BUFFER_SIZE = 1 << 16;

  private final OutputStream file;
  private final OutputStream stream;

  private DirectOutputFile(OutputStream file) {
    this.file = file;
    this.stream = new BufferedOutputStream(file, BUFFER_SIZE);
  }

  /** Opens {@code path} for writing, without truncating or replacing it. */
  static DirectOutputFile open(Path path) throws IOException {
    return new DirectOutputFile(
        Files.isRegularFile(path)
            ? Files.newOutputStream(path, WRITE, APPEND)
            : Files.newOutputStream(path, WRITE));
  }

  @Override
  public OutputStream stream() {
    return stream;
  }

  @Override
  public void commit() throws IOException {
    stream.flush();
  }

  /** Closes the file; after a failure, what is still buffered is dropped, not written. */
  @Override
  public void close() throws IOException {
    file.close();
  }
}
