package dev.paperdigest.core;

import dev.paperdigest.core.spi.MessageText;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in an input, with where it is.
 *
 * <p>{@link #toString()} gives the GNU form {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE}, which
 * editors and CI systems turn into annotations:
 *
 * <pre>{@code
 * Diagnostic d = Diagnostic.error("2024-10-10.txt", 3, 1, "expected an authors line");
 * System.err.println(d);   // 2024-10-10.txt:3:1: error: expected an authors line
 * }</pre>
 *
 * <p>The source and the message are made safe to print: control characters, and the Unicode
 * controls that reorder text on screen, are replaced by escapes such as {@code \u001B}, so that an
 * input cannot send escape sequences to a terminal through a message that quotes it.
 *
 * @param source the name of the input, usually its file path; {@code <stdin>} for standard input
 * @param line the line, counted from 1
 * @param column the column in Unicode code points, counted from 1
 * @param severity how bad it is
 * @param message what is wrong, in the words of someone who writes digests
 * @param code the stable id of the rule behind a warning, such as {@code author-comma}, by which
 *     lint selects and silences it; {@code null} for errors and for warnings without a rule
 */
public record Diagnostic(
    String source, long line, long column, Severity severity, String message, String code) {

  /** How bad a diagnostic is. */
  public enum Severity {
    /** The input cannot be read as it stands. */
    ERROR,
    /** The input reads, but probably not as its author meant. */
    WARNING;

    /**
     * The lower-case word the GNU form uses.
     *
     * @return {@code error} or {@code warning}
     */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks the position and makes the message safe to print.
   *
   * @param source the name of the input
   * @param line the line, counted from 1
   * @param column the column in Unicode code points, counted from 1
   * @param severity how bad it is
   * @param message what is wrong
   * @param code the stable id of the rule behind it, or {@code null}
   * @throws IllegalArgumentException if {@code line} or {@code column} is less than 1
   */
  public Diagnostic {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (code != null && !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("a rule id is lower-case words joined by -, got " + code);
    }
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column count from 1, got " + line + ":" + column);
    }
    source = MessageText.escapeControls(source);
    message = MessageText.escapeControls(message);
  }

  /**
   * A diagnostic without a rule id.
   *
   * @param source the input's name
   * @param line the line, from 1
   * @param column the column in code points, from 1
   * @param severity how bad
   * @param message what is wrong
   */
  public Diagnostic(String source, long line, long column, Severity severity, String message) {
    this(source, line, column, severity, message, null);
  }

  /**
   * An error at {@code line:column} of {@code source}.
   *
   * @param source the input's name
   * @param line the line, from 1
   * @param column the column in code points, from 1
   * @param message what is wrong
   * @return the diagnostic
   */
  public static Diagnostic error(String source, long line, long column, String message) {
    return new Diagnostic(source, line, column, Severity.ERROR, message);
  }

  /**
   * A warning at {@code line:column} of {@code source}: the input reads, but probably not as its
   * author meant.
   *
   * @param source the input's name
   * @param line the line, from 1
   * @param column the column in code points, from 1
   * @param message what looks wrong
   * @return the diagnostic
   */
  public static Diagnostic warning(String source, long line, long column, String message) {
    return new Diagnostic(source, line, column, Severity.WARNING, message);
  }

  /**
   * A warning that a rule with a stable id found, so that lint can select and silence it.
   *
   * @param source the input's name
   * @param line the line, from 1
   * @param column the column in code points, from 1
   * @param code the rule's id, such as {@code author-comma}
   * @param message what looks wrong
   * @return the diagnostic
   */
  public static Diagnostic warning(
      String source, long line, long column, String code, String message) {
    return new Diagnostic(source, line, column, Severity.WARNING, message, code);
  }

  /**
   * A diagnostic of the same severity at {@code position} of {@code source}.
   *
   * @param source the input's name
   * @param position where
   * @param severity how bad
   * @param message what is wrong
   * @return the diagnostic
   */
  public static Diagnostic at(
      String source, SourcePosition position, Severity severity, String message) {
    return new Diagnostic(source, position.line(), position.column(), severity, message);
  }

  /**
   * Where the problem is.
   *
   * @return the line and column
   */
  public SourcePosition position() {
    return new SourcePosition(line, column);
  }

  /**
   * Whether this is an error rather than a warning.
   *
   * @return {@code true} for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE}, then {@code [code]} when a rule found it. */
  @Override
  public String toString() {
    String gnu = source + ":" + line + ":" + column + ": " + severity.word() + ": " + message;
    return code == null ? gnu : gnu + " [" + code + "]";
  }
}
