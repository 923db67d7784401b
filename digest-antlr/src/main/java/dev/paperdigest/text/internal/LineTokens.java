package dev.paperdigest.text.internal;

import dev.paperdigest.core.spi.MessageText;
import java.io.InputStream;
import java.util.ArrayDeque;
import org.antlr.v4.runtime.TokenSource;

/**
 * The line tokens the reader parses, with one of lookahead. A {@code GLUED_DATE} line is cut in
 * two: the text before the date, classified as a line of its own, and a {@code DATE} token at the
 * column where the date begins, carrying the problem that refuses it. The digest before it then
 * reads as it would have without the glued date, and the date starts the digest it begins. Text
 * before the date that is only byte-order marks is dropped: it is the start of a file joined to the
 * input, not a line.
 */
final class LineTokens implements LineQueue {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final TokenSource source;
  private final ArrayDeque<LineToken> ahead = new ArrayDeque<>(2);

  LineTokens(TokenSource source) {
    this.source = source;
  }

  /**
   * The tokens of the lines of {@code in}, of at most {@code maxLineBytes} bytes each.
   *
   * @param decodeLater whether lines that cannot end a digest are left {@linkplain
   *     LineToken#undecoded undecoded}, for the thread that parses them
   */
  static LineTokens of(InputStream in, String sourceName, long maxLineBytes, boolean decodeLater) {
    return new LineTokens(
        new LineTokenSource(new LineSplitter(in, maxLineBytes), sourceName, decodeLater));
  }

  @Override
  public LineToken peek() {
    if (ahead.isEmpty()) {
      cut((LineToken) source.nextToken());
    }
    return ahead.peekFirst();
  }

  @Override
  public LineToken take() {
    LineToken next = peek();
    ahead.removeFirst();
    return next;
  }

  /** Queues {@code token}, or the pieces of a glued date line. */
  private void cut(LineToken token) {
    if (!token.isGluedDate()) {
      ahead.addLast(token);
      return;
    }
    String line = token.getText();
    int start = LineClassifier.dateStart(line);
    String before = line.substring(0, start);
    String date = line.substring(start);
    long column = token.column() + before.codePointCount(0, before.length());
    String problem;
    if (before.chars().allMatch(c -> c == BYTE_ORDER_MARK)) {
      // The mark is no line of the digest before: only the start of the file that follows.
      problem =
          MessageText.quote(date)
              + " follows a byte-order mark (U+FEFF) in the middle of the input, as when `cat"
              + " a.txt b.txt` joins files saved with one; remove the mark";
    } else {
      // The text before the date may itself end with a glued date; bad bytes can only be in it.
      cut(
          new LineToken(
              LineClassifier.classify(before, false),
              before,
              token.line(),
              token.column(),
              token.problem()));
      problem =
          MessageText.quote(date)
              + " is a date line glued to the end of a line: a line end is missing before it, as"
              + " when `cat a.txt b.txt` joins a file that lacks its final line end; put the date"
              + " on a line of its own";
    }
    ahead.addLast(
        new LineToken(
            DigestLexer.DATE, date, token.line(), column, new LineProblem(column, problem)));
  }
}
