package dev.paperdigest.text;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.DigestFormatException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in one step of reading (one digest, or what precedes the first one). */
final class DigestProblems {
  private final String source;
  private final List<Diagnostic> found = new ArrayList<>();

  DigestProblems(String source) {
    this.source = source;
  }

  void add(int line, int column, String message) {
    found.add(Diagnostic.error(source, line, column, message));
  }

  void add(Diagnostic diagnostic) {
    found.add(diagnostic);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems in input order; they were found in several passes (bytes, structure, values). */
  DigestFormatException toException() {
    List<Diagnostic> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingLong(Diagnostic::line).thenComparingLong(Diagnostic::column));
    return new DigestFormatException(sorted);
  }
}
