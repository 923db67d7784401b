package dev.paperdigest.text;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;

/**
 * The digests of a text input, one at a time. The line tokens are cut at each date line and every
 * digest is parsed on its own (rule {@code digest} of {@code DigestParser.g4}), so memory holds one
 * digest however long the archive, while tokens keep the line numbers of the whole file.
 */
final class TextDigestIterator implements DigestIterator {
  private final InputStream in;
  private final String sourceName;
  private final LineTokenSource lines;

  /**
   * The tokens of the digest being read; the list, its stream and the parser serve every digest.
   */
  private final List<Token> digestLines = new ArrayList<>();

  private final CommonTokenStream digestTokens;
  private final DigestParser parser;

  /** The next token, not yet part of any step; {@code null} until it is needed. */
  private Token lookahead;

  private Diagnostic lookaheadProblem;
  private SourcePosition position = SourcePosition.START;
  private boolean closed;

  TextDigestIterator(InputStream in, String sourceName) {
    this.in = in;
    this.sourceName = sourceName;
    this.lines = new LineTokenSource(in, sourceName);
    this.digestTokens = new CommonTokenStream(new ListTokenSource(digestLines, sourceName));
    this.parser = new DigestParser(digestTokens);
    parser.removeErrorListeners();
  }

  @Override
  public boolean hasNext() {
    return !closed && peek().getType() != Token.EOF;
  }

  /**
   * Reads the next digest. Input before the first date line is one failed step of its own, so that
   * it is reported once and reading goes on at the first date line.
   */
  @Override
  public Digest next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more digests in " + sourceName);
    }
    DigestProblems problems = new DigestProblems(sourceName);
    Token first = peek();
    position = new SourcePosition(first.getLine(), 1);
    if (first.getType() != DigestLexer.DATE) {
      skipToFirstDateLine(problems);
      throw problems.toException();
    }
    digestLines.clear();
    do {
      digestLines.add(take(problems));
    } while (peek().getType() != DigestLexer.DATE && peek().getType() != Token.EOF);
    boolean endsAtDateLine = peek().getType() == DigestLexer.DATE;
    CommonToken end = new CommonToken(Token.EOF, "<EOF>");
    end.setLine(peek().getLine());
    digestLines.add(end);

    DigestParser.DigestContext tree = parse(problems, endsAtDateLine);
    Digest digest = new DigestAssembler(problems).assemble(tree);
    if (digest == null) {
      throw problems.toException();
    }
    return digest;
  }

  private void skipToFirstDateLine(DigestProblems problems) {
    Token first = take(problems);
    problems.add(
        first.getLine(),
        1,
        "expected a date line like `2024년 10월 10일` at the start of the file, found "
            + TextQuotes.quote(first.getText()));
    while (peek().getType() != DigestLexer.DATE && peek().getType() != Token.EOF) {
      take(problems);
    }
  }

  private DigestParser.DigestContext parse(DigestProblems problems, boolean endsAtDateLine) {
    digestTokens.setTokenSource(new ListTokenSource(digestLines, sourceName));
    parser.setTokenStream(digestTokens);
    parser.setErrorHandler(new EntryRecoveryStrategy(problems, endsAtDateLine));
    return parser.digest();
  }

  private Token peek() {
    if (lookahead == null) {
      lookahead = lines.nextToken();
      lookaheadProblem = lines.encodingProblem();
    }
    return lookahead;
  }

  private Token take(DigestProblems problems) {
    Token token = peek();
    if (lookaheadProblem != null) {
      problems.add(lookaheadProblem);
    }
    lookahead = null;
    return token;
  }

  @Override
  public SourcePosition position() {
    return position;
  }

  @Override
  public void close() {
    closed = true;
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
