package dev.paperdigest.core;

import java.util.Objects;

/**
 * One problem found in an input, with where it is.
 *
 * <p>{@link #toString()} gives the GNU form {@code FILE:LINE:COLUMN: error: MESSAGE}, which editors
 * and CI systems turn into annotations:
 *
 * <pre>{@code
 * Diagnostic d = Diagnostic.error("2024-10-10.txt", 3, 1, "expected an authors line like `(Name, Name)`");
 * System.err.println(d);   // 2024-10-10.txt:3:1: error: expected an authors line like `(Name, Name)`
 * }</pre>
 *
 * @param source the name of the input, usually its file path; {@code <stdin>} for standard input
 * @param line the line, counted from 1
 * @param column the column in Unicode code points, counted from 1
 * @param severity how bad it is
 * @param message what is wrong, in the words of someone who writes digests
 */
public record Diagnostic(String source, int line, int column, Severity severity, String message) {

  /** How bad a diagnostic is. */
  public enum Severity {
    /** The input cannot be read as it stands. */
    ERROR,
    /** The input reads, but probably not as its author meant. */
    WARNING;

    /** The lower-case word the GNU form uses. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Diagnostic {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column count from 1, got " + line + ":" + column);
    }
  }

  /** An error at {@code line:column} of {@code source}. */
  public static Diagnostic error(String source, int line, int column, String message) {
    return new Diagnostic(source, line, column, Severity.ERROR, message);
  }

  /** {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE}. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": " + severity.word() + ": " + message;
  }
}
