package dev.paperdigest.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command's standard output, which remembers its first failure.
 *
 * <p>Help and lists are printed through a {@link java.io.PrintWriter}, which swallows write errors:
 * {@code digest --help > /dev/full} would succeed silently. Everything written to standard output
 * passes through here, so that the command can tell at its end whether all of it arrived, and say
 * why not once. A write after a failure fails at once, with a new exception of the same message
 * (writers that close in {@code try}-with-resources would add the same one to itself).
 *
 * <p>A reader that goes away early ({@code digest convert big.txt -t json | head -1}) is not an
 * error of the command: {@link #brokenPipe()} tells that case apart, and the command then ends
 * silently with status 141, as a Unix tool killed by {@code SIGPIPE} does. The JVM ignores that
 * signal, so the write fails with {@code EPIPE} instead; Java gives no error number, so the test is
 * the system's message, or, should it be translated, that descriptor 1 is a pipe or socket, on
 * which no other write error happens.
 */
final class StandardOutput extends OutputStream {
  private static final Path DESCRIPTOR = Path.of("/proc/self/fd/1");

  private final OutputStream out;
  private final boolean processOutput;
  private IOException failure;

  /**
   * Standard output over {@code out}.
   *
   * @param processOutput whether {@code out} is the process's descriptor 1, which {@link
   *     #brokenPipe()} may examine
   */
  StandardOutput(OutputStream out, boolean processOutput) {
    this.out = out;
    this.processOutput = processOutput;
  }

  /** The process's standard output. */
  static StandardOutput ofProcess() {
    return new StandardOutput(new FileOutputStream(FileDescriptor.out), true);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    failIfFailed();
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public void flush() throws IOException {
    failIfFailed();
    try {
      out.flush();
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  private void failIfFailed() throws IOException {
    if (failure != null) {
      throw new IOException(failure.getMessage(), failure);
    }
  }

  /** The first write error, or null. */
  IOException failure() {
    return failure;
  }

  /** Whether the first write error is a reader that went away: a broken pipe. */
  boolean brokenPipe() {
    if (failure == null) {
      return false;
    }
    if (failure.getMessage() != null && failure.getMessage().contains("Broken pipe")) {
      return true;
    }
    if (!processOutput) {
      return false;
    }
    try {
      String target = Files.readSymbolicLink(DESCRIPTOR).toString();
      return target.startsWith("pipe:") || target.startsWith("socket:");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
