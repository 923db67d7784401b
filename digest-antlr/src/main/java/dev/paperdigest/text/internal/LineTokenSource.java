package dev.paperdigest.text.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * The tokens of {@code DigestLexer.g4}, made from the lines of a {@link LineSplitter}: one {@link
 * LineToken} per line that is not blank, then {@link Token#EOF}.
 *
 * <p>The generated lexer walks its ATN for every character above U+007F, and digests are half
 * Hangul; this source decodes each line once and classifies it with {@link LineClassifier}. {@code
 * LexerEquivalenceTest} proves that both yield the same types, lines and texts.
 */
final class LineTokenSource implements TokenSource {
  private final LineSplitter lines;
  private final String sourceName;
  private final boolean decodeLater;

  /**
   * The tokens of {@code lines}.
   *
   * @param sourceName the input's name, as ANTLR asks for it
   * @param decodeLater whether lines that cannot end a digest nor be blank are left {@linkplain
   *     LineToken#undecoded undecoded}
   */
  LineTokenSource(LineSplitter lines, String sourceName, boolean decodeLater) {
    this.lines = lines;
    this.sourceName = sourceName;
    this.decodeLater = decodeLater;
  }

  /**
   * The next line that is not blank, as a token that carries the first bad UTF-8 sequence of the
   * line as its {@linkplain LineToken#problem() problem}.
   *
   * @throws LineTooLongException when a line is longer than the limit
   * @throws UncheckedIOException when the input fails
   */
  @Override
  public LineToken nextToken() {
    try {
      while (lines.next()) {
        byte[] bytes = lines.bytes();
        if (decodeLater && LineClassifier.isContentLine(bytes, lines.start(), lines.end())) {
          return LineToken.undecoded(
              bytes, lines.start(), lines.end(), lines.isAscii(), lines.number());
        }
        String text = LineDecoder.decode(bytes, lines.start(), lines.end(), lines.isAscii());
        int type =
            LineClassifier.classify(text, bytes, lines.start(), lines.end(), lines.isAscii());
        if (type != DigestLexer.BLANK) {
          LineProblem problem =
              lines.isAscii()
                  ? null
                  : LineDecoder.encodingProblem(bytes, lines.start(), lines.end(), text);
          return new LineToken(type, text, lines.number(), 1, problem);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LineToken(Token.EOF, "<EOF>", lines.endLine(), 1, null);
  }

  @Override
  public int getLine() {
    return (int) Math.min(lines.endLine(), Integer.MAX_VALUE);
  }

  @Override
  public int getCharPositionInLine() {
    return 0;
  }

  /** There is no character stream: lines are decoded one by one. */
  @Override
  public CharStream getInputStream() {
    return null;
  }

  @Override
  public String getSourceName() {
    return sourceName;
  }

  /** Tokens are {@link LineToken}s, which carry 64-bit places; no other factory can make them. */
  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    throw new UnsupportedOperationException("this source makes its own tokens");
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return CommonTokenFactory.DEFAULT;
  }
}
