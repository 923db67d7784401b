package dev.paperdigest.core.spi;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.DigestFormatException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The errors found in one digest, for the {@link DigestFormatException} that refuses it: kept in
 * input order whatever order they were found in, and at most {@value #LIMIT} of them, so that a
 * digest with a million problems costs the memory of a hundred and prints a readable list.
 *
 * <pre>{@code
 * ProblemList problems = new ProblemList(sourceName());
 * problems.error(line, column, "expected an authors line like `(Name, Name)`");
 * ...
 * problems.throwIfAny();   // DigestFormatException with every problem kept, in input order
 * }</pre>
 *
 * <p>Past the limit, problems are counted, not kept; the exception ends with one more diagnostic,
 * at the first one left out, that says how many there were.
 */
public final class ProblemList {
  /** The most problems kept for one digest. */
  public static final int LIMIT = 100;

  private static final Comparator<Diagnostic> INPUT_ORDER =
      Comparator.comparingLong(Diagnostic::line).thenComparingLong(Diagnostic::column);

  private final String sourceName;
  private final List<Diagnostic> kept = new ArrayList<>();
  private Diagnostic firstLeftOut;
  private long leftOut;

  /**
   * An empty list for the input named {@code sourceName}.
   *
   * @param sourceName the name diagnostics give the input
   */
  public ProblemList(String sourceName) {
    this.sourceName = sourceName;
  }

  /**
   * Adds an error.
   *
   * @param line the line, from 1
   * @param column the column in code points, from 1
   * @param message what is wrong, in people's words
   */
  public void error(long line, long column, String message) {
    add(Diagnostic.error(sourceName, line, column, message));
  }

  /**
   * Adds a diagnostic made elsewhere (by a part of the reader that makes its own).
   *
   * @param diagnostic the diagnostic
   */
  public void add(Diagnostic diagnostic) {
    if (kept.size() < LIMIT) {
      kept.add(diagnostic);
      return;
    }
    if (firstLeftOut == null) {
      firstLeftOut = diagnostic;
    }
    leftOut++;
  }

  /**
   * Whether no problem has been added.
   *
   * @return {@code true} when the digest is fine so far
   */
  public boolean isEmpty() {
    return kept.isEmpty();
  }

  /**
   * How many problems have been added, those left out included.
   *
   * @return the count
   */
  public long count() {
    return kept.size() + leftOut;
  }

  /**
   * Throws the problems added, if any, and empties the list for the next digest.
   *
   * @throws DigestFormatException with every problem kept, in input order, and a last one that
   *     counts those left out
   */
  public void throwIfAny() {
    if (isEmpty()) {
      return;
    }
    List<Diagnostic> problems = new ArrayList<>(kept);
    problems.sort(INPUT_ORDER);
    if (leftOut > 0) {
      problems.add(
          Diagnostic.error(
              sourceName,
              firstLeftOut.line(),
              firstLeftOut.column(),
              "and "
                  + leftOut
                  + " more problem"
                  + (leftOut == 1 ? "" : "s")
                  + " in this digest, not shown; fix the ones above first"));
    }
    kept.clear();
    firstLeftOut = null;
    leftOut = 0;
    throw new DigestFormatException(problems);
  }
}
