package dev.paperdigest.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's bytes, opened on the first read and closed as soon as the end is reached, so that an
 * iterator nobody reads holds no file handle, and one read to its end holds none either.
 *
 * <p>Only {@link #read(byte[], int, int)} reaches the file. The JDK's file streams answer {@code
 * available}, {@code skip} and {@code readAllBytes} by asking the file's size and position, which
 * fails with "Illegal seek" on a pipe such as {@code <(cat a.txt)}; through this class every format
 * reads pipes, FIFOs and devices as it reads files.
 */
final class LazyFileInputStream extends InputStream {
  private final Path file;
  private InputStream in;
  private boolean finished;

  LazyFileInputStream(Path file) {
    this.file = file;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int read = read(one, 0, 1);
    return read < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (finished) {
      return -1;
    }
    if (length == 0) {
      return 0;
    }
    if (in == null) {
      in = Files.newInputStream(file);
    }
    int read = in.read(buffer, offset, length);
    if (read < 0) {
      close();
    }
    return read;
  }

  @Override
  public void close() throws IOException {
    finished = true;
    if (in != null) {
      InputStream open = in;
      in = null;
      open.close();
    }
  }
}
