package dev.paperdigest.maven;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.SourcePosition;
import dev.paperdigest.core.UnwritableDigestException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The digests of several files, one after the other, read one at a time: what a writer writes into
 * one output. A digest that does not read, or a file that cannot be read, is reported and skipped,
 * and the reading goes on, so that one pass reports every problem; {@link #failed()} then tells the
 * caller not to keep what was written.
 */
final class DigestChain implements Iterator<Digest>, Closeable {
  private final Iterator<DigestFile> files;
  private final ProblemLog problems;
  private DigestFile file;
  private DigestIterator digests;
  private Digest next;
  private boolean failed;

  /** The file and iterator of the digest last returned, for a writer's refusal of it. */
  private DigestFile returnedFrom;

  private DigestIterator returnedBy;

  DigestChain(List<DigestFile> files, ProblemLog problems) {
    this.files = files.iterator();
    this.problems = problems;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (digests == null && !openNextFile()) {
        return false;
      }
      if (digests == null) {
        continue;
      }
      try {
        if (digests.hasNext()) {
          next = digests.next();
          digests.warnings().forEach(w -> problems.diagnostic(file.path(), w));
        } else {
          closeFile();
        }
      } catch (DigestFormatException e) {
        failed = true;
        digests.warnings().forEach(w -> problems.diagnostic(file.path(), w));
        e.diagnostics().forEach(d -> problems.diagnostic(file.path(), d));
      } catch (UncheckedIOException e) {
        failed = true;
        problems.error(file.path(), e.getCause());
        closeFile();
      }
    }
    return true;
  }

  @Override
  public Digest next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Digest digest = next;
    next = null;
    returnedFrom = file;
    returnedBy = digests;
    return digest;
  }

  /**
   * Reports a writer's refusal of the digest last returned, at the paper and field it names, and
   * reads the rest only to report its problems.
   */
  void refused(UnwritableDigestException e) {
    failed = true;
    SourcePosition at =
        e.paper() < 0
            ? returnedBy.locations().digest()
            : e.field()
                .map(field -> returnedBy.locations().field(e.paper(), field))
                .orElseGet(() -> returnedBy.locations().paper(e.paper()));
    problems.diagnostic(
        returnedFrom.path(),
        Diagnostic.error(returnedFrom.path().toString(), at.line(), at.column(), e.getMessage()));
    while (hasNext()) {
      next();
    }
  }

  /** Whether a digest or a file was reported and skipped: what was written is incomplete. */
  boolean failed() {
    return failed;
  }

  @Override
  public void close() {
    closeFile();
  }

  private boolean openNextFile() {
    if (!files.hasNext()) {
      return false;
    }
    file = files.next();
    try {
      digests = file.format().reader().open(file.path());
    } catch (IOException e) {
      failed = true;
      problems.error(file.path(), e);
    }
    return true;
  }

  private void closeFile() {
    if (digests != null) {
      DigestIterator closing = digests;
      digests = null;
      try {
        closing.close();
      } catch (UncheckedIOException e) {
        failed = true;
        problems.error(file.path(), e.getCause());
      }
    }
  }
}
