package dev.paperdigest.text.internal;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * One line as a token of {@code DigestLexer.g4}, with its place as 64-bit numbers: ANTLR counts
 * lines in an {@code int}, and a file may have more than 2<sup>31</sup> lines. {@link #getLine()}
 * is ANTLR's view, capped at {@link Integer#MAX_VALUE}; the reader uses {@link #line()}.
 */
final class LineToken extends CommonToken {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final long column;
  private final LineProblem problem;

  /**
   * A token.
   *
   * @param type its type, or {@link Token#EOF}
   * @param text the line, without its line end
   * @param line its line, from 1
   * @param column where its text begins, from 1 (later than 1 only for a date cut from a line)
   * @param problem what is wrong with the line, or {@code null}
   */
  LineToken(int type, String text, long line, long column, LineProblem problem) {
    super(type, text);
    setLine((int) Math.min(line, Integer.MAX_VALUE));
    setCharPositionInLine((int) Math.min(column - 1, Integer.MAX_VALUE));
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** The end of a part of the input, at the place of the token that follows it. */
  static LineToken endBefore(LineToken next) {
    return new LineToken(Token.EOF, "<EOF>", next.line, next.column, null);
  }

  /** The line, from 1. */
  long line() {
    return line;
  }

  /** Where the text begins in the line, in code points from 1. */
  long column() {
    return column;
  }

  /** What is wrong with the line, or {@code null}. */
  LineProblem problem() {
    return problem;
  }

  /** The 64-bit line of a token the reader made. */
  static long lineOf(Token token) {
    return ((LineToken) token).line;
  }

  /** The column of a token the reader made. */
  static long columnOf(Token token) {
    return ((LineToken) token).column;
  }
}
