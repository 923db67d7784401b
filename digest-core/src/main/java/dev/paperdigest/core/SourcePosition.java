package dev.paperdigest.core;

/**
 * A place in an input. Both numbers are 64-bit: an archive may have more than 2<sup>31</sup> lines,
 * and a single JSON line more than 2<sup>31</sup> characters.
 *
 * <pre>{@code
 * SourcePosition at = digests.position();   // where the last digest read begins
 * System.out.println(at.line() + ":" + at.column());
 * }</pre>
 *
 * @param line the line, counted from 1
 * @param column the column in Unicode code points, counted from 1
 */
public record SourcePosition(long line, long column) {
  /** The very beginning of an input. */
  public static final SourcePosition START = new SourcePosition(1, 1);

  /**
   * Checks that both numbers count from 1.
   *
   * @param line the line, counted from 1
   * @param column the column in Unicode code points, counted from 1
   * @throws IllegalArgumentException if {@code line} or {@code column} is less than 1
   */
  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column count from 1, got " + line + ":" + column);
    }
  }
}
