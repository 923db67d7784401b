package dev.paperdigest.text.internal;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.spi.AbstractDigestIterator;
import dev.paperdigest.core.spi.MessageText;
import dev.paperdigest.core.spi.ProblemList;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The digests of a text input, one at a time. The line tokens are cut at each date line, and each
 * digest's entries at their tag lines; every entry is parsed on its own (rule {@code entry} of
 * {@code DigestParser.g4}), so memory holds the papers of one digest and the tokens of one entry,
 * however long the input, while tokens keep the line numbers of the whole file.
 *
 * <p>Input before the first date line is one failed step of its own, so that it is reported once
 * and reading goes on at the first date line. A line over the limit ends reading: the digest it is
 * in fails, and there is no next one.
 */
final class TextDigestIterator extends AbstractDigestIterator {
  private final InputStream in;
  private final LineTokens tokens;
  private final EntryParser entries = new EntryParser();

  /** Why nothing can be read (a limit given wrongly), or {@code null}. */
  private final String refusal;

  private boolean stopped;

  /**
   * The digests of {@code in}.
   *
   * @param maxLineBytes the longest line accepted
   * @param refusal why nothing can be read, reported at the start of the input; or {@code null}
   */
  TextDigestIterator(InputStream in, String sourceName, long maxLineBytes, String refusal) {
    super(sourceName);
    this.in = in;
    this.tokens =
        new LineTokens(new LineTokenSource(new LineSplitter(in, maxLineBytes), sourceName));
    this.refusal = refusal;
  }

  @Override
  protected Digest readNext() {
    if (stopped) {
      return null;
    }
    ProblemList problems = new ProblemList(sourceName());
    try {
      if (refusal != null) {
        stopped = true;
        problems.error(1, 1, refusal);
      } else {
        return readDigest(problems);
      }
    } catch (LineTooLongException e) {
      stopped = true;
      problems.error(e.line(), 1, e.getMessage());
    }
    problems.throwIfAny();
    return null;
  }

  @Override
  protected void closeInput() throws IOException {
    in.close();
  }

  private Digest readDigest(ProblemList problems) {
    LineToken first = tokens.peek();
    if (first.getType() == Token.EOF) {
      return null;
    }
    if (first.getType() != DigestLexer.DATE) {
      skipToFirstDateLine(problems);
      problems.throwIfAny();
    }
    LineToken dateLine = take(problems);
    beginsAt(dateLine.line(), dateLine.column());
    DigestAssembler assembler = new DigestAssembler(problems, recorder());
    LocalDate date = assembler.date(dateLine);
    List<Paper> papers = new ArrayList<>();
    List<Token> entry = new ArrayList<>();
    for (int index = 0; !endsDigest(tokens.peek()); index++) {
      entry.clear();
      // The title, whatever it looks like; then the lines up to the tag line or the digest's end.
      entry.add(take(problems));
      while (!endsDigest(tokens.peek())) {
        LineToken line = take(problems);
        entry.add(line);
        if (line.getType() == DigestLexer.TAGS) {
          break;
        }
      }
      LineToken next = tokens.peek();
      entry.add(LineToken.endBefore(next));
      Paper paper =
          assembler.paper(
              index, entries.parse(entry, problems, next.getType() == DigestLexer.DATE));
      // A digest with a problem is refused whole: its papers need not be kept.
      if (paper != null && problems.isEmpty()) {
        papers.add(paper);
      }
    }
    problems.throwIfAny();
    return Digest.builder().date(date).papers(papers).build();
  }

  private void skipToFirstDateLine(ProblemList problems) {
    LineToken first = take(problems);
    beginsAt(first.line(), first.column());
    problems.error(
        first.line(),
        first.column(),
        "expected a date line like `2024년 10월 10일` at the start of the file, found "
            + MessageText.quote(first.getText()));
    while (!endsDigest(tokens.peek())) {
      take(problems);
    }
  }

  private static boolean endsDigest(Token next) {
    return next.getType() == DigestLexer.DATE || next.getType() == Token.EOF;
  }

  /** The next token, its line's problem reported in the digest being read. */
  private LineToken take(ProblemList problems) {
    LineToken token = tokens.take();
    LineProblem problem = token.problem();
    if (problem != null) {
      problems.error(token.line(), problem.column(), problem.message());
    }
    return token;
  }
}
