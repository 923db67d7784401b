package dev.paperdigest.core;

/**
 * A place in an input.
 *
 * @param line the line, counted from 1
 * @param column the column in Unicode code points, counted from 1
 */
public record SourcePosition(int line, int column) {
  /** The very beginning of an input. */
  public static final SourcePosition START = new SourcePosition(1, 1);
}
