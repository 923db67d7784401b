package dev.paperdigest.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * The line {@code [12/340] digests/2024-10-10.txt} that a long batch conversion keeps rewriting on
 * standard error, so that a person at a terminal sees it move. It stays silent for runs shorter
 * than a second, and whenever standard error is not a terminal, where a log would fill up with
 * carriage returns.
 *
 * <p>Java 17 cannot tell whether standard error is a terminal, so the {@code ./digest} launcher,
 * which can, says so with {@code -Ddigest.progress=true}.
 */
final class ProgressLine {
  /** The system property that turns the line on. */
  static final String PROPERTY = "digest.progress";

  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final String CLEAR = "\r\033[K";

  private final PrintWriter err;
  private final boolean enabled;
  private final LongSupplier clock;
  private final long start;
  private boolean shown;

  ProgressLine(PrintWriter err, boolean enabled, LongSupplier clock) {
    this.err = err;
    this.enabled = enabled;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** A progress line on {@code err}, shown if the launcher found standard error a terminal. */
  static ProgressLine on(PrintWriter err) {
    return new ProgressLine(err, Boolean.getBoolean(PROPERTY), System::nanoTime);
  }

  /** Shows that {@code done} of {@code total} inputs are converted, the last being {@code name}. */
  void show(int done, int total, String name) {
    if (enabled && clock.getAsLong() - start >= QUIET_NANOS) {
      err.print(CLEAR + "[" + done + "/" + total + "] " + name);
      err.flush();
      shown = true;
    }
  }

  /** Removes the line, so that a message can take its place. */
  void clear() {
    if (shown) {
      err.print(CLEAR);
      err.flush();
      shown = false;
    }
  }
}
