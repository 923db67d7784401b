package dev.paperdigest.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writing to standard output failed, so the command stops. {@link StandardOutput} holds the
 * failure, and {@link DigestCommand} reports it once at the end of the run, or stays silent for a
 * reader that went away.
 */
final class StandardOutputFailure extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  StandardOutputFailure(IOException cause) {
    super(cause);
  }
}
