package dev.paperdigest.text.internal;

import java.util.Arrays;
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
  private LineProblem problem;

  /**
   * The line's bytes until it is decoded, or {@code null}: see {@link #undecoded}. Its type, text
   * and problem are set when it is.
   */
  private byte[] undecoded;

  private boolean undecodedAscii;

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

  /**
   * A line that {@link LineClassifier#isContentLine} shows to be neither blank nor a date line,
   * kept as bytes and decoded where it is first used. The parallel reader's caller only cuts the
   * input at date lines; decoding and classifying every other line on the thread that parses it
   * leaves the caller's thread, the one every digest passes through, a third of its work.
   */
  static LineToken undecoded(byte[] bytes, int from, int to, boolean ascii, long line) {
    LineToken token = new LineToken(DigestLexer.TEXT, null, line, 1, null);
    token.undecoded = Arrays.copyOfRange(bytes, from, to);
    token.undecodedAscii = ascii;
    return token;
  }

  @Override
  public int getType() {
    decode();
    return super.getType();
  }

  @Override
  public String getText() {
    decode();
    return super.getText();
  }

  /**
   * Whether this token ends the digest before it: a date line or the end of the input. An undecoded
   * line is neither, and stays undecoded.
   */
  boolean endsDigest() {
    return undecoded == null && (type == DigestLexer.DATE || type == Token.EOF);
  }

  /** Whether this is a line with a date glued to its end; an undecoded line is not. */
  boolean isGluedDate() {
    return undecoded == null && type == DigestLexer.GLUED_DATE;
  }

  private void decode() {
    byte[] bytes = undecoded;
    if (bytes == null) {
      return;
    }
    undecoded = null;
    String text = LineDecoder.decode(bytes, 0, bytes.length, undecodedAscii);
    type = LineClassifier.classify(text, bytes, 0, bytes.length, undecodedAscii);
    if (type == DigestLexer.BLANK || type == DigestLexer.DATE || type == DigestLexer.GLUED_DATE) {
      throw new IllegalStateException(
          "a line taken for content is " + DigestLexer.VOCABULARY.getSymbolicName(type));
    }
    setText(text);
    problem = undecodedAscii ? null : LineDecoder.encodingProblem(bytes, 0, bytes.length, text);
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
    decode();
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
