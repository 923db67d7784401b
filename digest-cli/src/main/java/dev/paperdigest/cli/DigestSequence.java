package dev.paperdigest.cli;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestLocations;
import dev.paperdigest.core.SourcePosition;
import dev.paperdigest.core.UnwritableDigestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The digests of several inputs, one after the other, as one writer writes them into one output:
 * each input is opened when its first digest is asked for and closed when its last is read, so a
 * sequence of any length holds one file at a time. The warnings of each digest are printed as it is
 * handed out, and the sequence knows which input the digest came from, so that it can report where
 * a digest the writer refuses was read.
 *
 * <p>When the writing stops (a broken digest, a refusal, a failed read), {@link #checkRest()} reads
 * the rest of every input only to check it, so that one run reports every problem.
 */
final class DigestSequence implements Iterator<Digest>, AutoCloseable {
  private final List<Input> inputs;
  private final ErrorReporter reporter;
  private final InputStream stdin;

  private int index = -1;
  private Input input;
  private ErrorReporter.InputReport report;
  private DigestIterator digests;
  private long digestsOfInput;
  private boolean inputEnded;
  private boolean inputFailed;
  private UncheckedIOException readFailure;

  // Where the digest last handed out came from: a writer may look ahead into the next input before
  // it refuses that digest.
  private Input lastInput;
  private ErrorReporter.InputReport lastReport;
  private DigestLocations lastLocations;

  DigestSequence(List<Input> inputs, ErrorReporter reporter, InputStream stdin) {
    this.inputs = inputs;
    this.reporter = reporter;
    this.stdin = stdin;
  }

  @Override
  public boolean hasNext() {
    while (true) {
      if (digests != null && hasNextOfInput()) {
        return true;
      }
      if (!advance()) {
        return false;
      }
    }
  }

  @Override
  public Digest next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    digestsOfInput++;
    lastInput = input;
    lastReport = report;
    try {
      Digest digest = digests.next();
      lastLocations = digests.locations();
      digests.warnings().forEach(report);
      return digest;
    } catch (DigestFormatException e) {
      digests.warnings().forEach(report);
      throw e;
    } catch (UncheckedIOException e) {
      throw readFailure = e;
    }
  }

  /** The name of the input being read, or of the last one, for messages. */
  String inputName() {
    return input == null ? inputs.get(0).name() : input.name();
  }

  /** Whether {@code e}, caught from the writer, is a failure to read an input. */
  boolean isReadFailure(UncheckedIOException e) {
    return e == readFailure;
  }

  /** Reports the diagnostics of the digest that could not be read. */
  void reportBroken(DigestFormatException e) {
    report.failure(e.diagnostics(), e);
  }

  /**
   * Reports the writer's refusal of a digest at the place it was read from: the field the writer
   * names, or its paper, or the digest itself.
   */
  void reportRefused(UnwritableDigestException e) {
    if (lastLocations == null) {
      reporter.error(inputName(), e.getMessage(), e);
      return;
    }
    DigestLocations where = lastLocations;
    SourcePosition at =
        e.paper() < 0
            ? where.digest()
            : e.field().map(field -> where.field(e.paper(), field)).orElse(where.paper(e.paper()));
    lastReport.failure(
        List.of(Diagnostic.at(lastInput.name(), at, Diagnostic.Severity.ERROR, e.getMessage())), e);
  }

  /** Reports that the input being read failed. */
  void reportReadFailure(UncheckedIOException e) {
    inputFailed = true;
    reporter.ioError(input.name(), e.getCause());
  }

  /**
   * Reports that the input being read, or a digest of it, did not fit in memory, once the reader's
   * buffers, full of what could not be read, are let go.
   */
  void reportOutOfMemory(VirtualMachineError e) {
    lastLocations = null;
    inputFailed = true;
    if (digests != null) {
      try {
        digests.close();
      } catch (UncheckedIOException closing) {
        e.addSuppressed(closing);
      }
      digests = null;
      report.close();
    }
    reporter.outOfMemory(input, e);
  }

  /** Reads the rest of the input being read, and every input after it, only to check them. */
  void checkRest() {
    while (true) {
      if (digests != null) {
        try {
          digestsOfInput += digests.checkRest(report);
          inputEnded = true;
        } catch (UncheckedIOException e) {
          reportReadFailure(e);
        }
      }
      try {
        if (!advance()) {
          return;
        }
      } catch (UncheckedIOException e) {
        reportReadFailure(e);
      }
    }
  }

  /** Closes the input being read, and sums up its diagnostics. */
  @Override
  public void close() {
    if (digests == null) {
      return;
    }
    try {
      digests.close();
    } catch (UncheckedIOException e) {
      if (!inputFailed) {
        reportReadFailure(e);
      }
    } finally {
      // Not when the writing stopped first: an input not read to its end may still hold digests.
      if (inputEnded && digestsOfInput == 0) {
        report.noDigest();
      }
      report.close();
      digests = null;
    }
  }

  private boolean hasNextOfInput() {
    try {
      boolean more = digests.hasNext();
      inputEnded = !more;
      return more;
    } catch (UncheckedIOException e) {
      throw readFailure = e;
    }
  }

  /** Moves on to the next input; false when there is none. */
  private boolean advance() {
    close();
    if (index + 1 >= inputs.size()) {
      return false;
    }
    input = inputs.get(++index);
    report = reporter.about(input);
    digestsOfInput = 0;
    inputEnded = false;
    inputFailed = false;
    try {
      digests = input.open(stdin);
    } catch (IOException e) {
      readFailure = new UncheckedIOException(e);
      // The input was never opened: nothing to sum up but the failure, which the caller reports.
      report.close();
      throw readFailure;
    }
    return true;
  }
}
