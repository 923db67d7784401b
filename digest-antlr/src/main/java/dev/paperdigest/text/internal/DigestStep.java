package dev.paperdigest.text.internal;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.spi.LocationRecorder;
import dev.paperdigest.core.spi.MessageText;
import dev.paperdigest.core.spi.ProblemList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * One step of reading: the next digest of a {@link LineQueue}, or the failure of the input before
 * the first date line. The sequential iterator takes steps from the input itself; the parallel one
 * on its workers, each from the tokens of one digest, so that both report the same diagnostics at
 * the same places.
 */
final class DigestStep {
  /** What a step tells the iterator taking it. */
  interface Places {
    /** Where the digest being read begins. */
    void begins(long line, long column);

    /** Where the places of the digest's parts are recorded. */
    LocationRecorder recorder();

    /** A line over the limit ended the input: there is no next step. */
    void endOfInput();
  }

  private final LineQueue tokens;
  private final EntryParser entries;
  private final ProblemList problems;
  private final Places places;

  private DigestStep(LineQueue tokens, EntryParser entries, ProblemList problems, Places places) {
    this.tokens = tokens;
    this.entries = entries;
    this.problems = problems;
    this.places = places;
  }

  /**
   * Reads the next digest of {@code tokens}. A line over the limit fails the digest it is in, with
   * the problems found before it, and ends the input.
   *
   * @return the digest, or {@code null} at the end of the input
   * @throws dev.paperdigest.core.DigestFormatException for a digest that cannot be read
   */
  static Digest read(LineQueue tokens, EntryParser entries, String sourceName, Places places) {
    ProblemList problems = new ProblemList(sourceName);
    try {
      return new DigestStep(tokens, entries, problems, places).read();
    } catch (LineTooLongException e) {
      places.endOfInput();
      problems.error(e.line(), 1, e.getMessage());
    }
    problems.throwIfAny();
    return null;
  }

  private Digest read() {
    LineToken first = tokens.peek();
    if (first.getType() == Token.EOF) {
      return null;
    }
    if (first.getType() != DigestLexer.DATE) {
      skipToFirstDateLine();
      problems.throwIfAny();
    }
    LineToken dateLine = take();
    places.begins(dateLine.line(), dateLine.column());
    DigestAssembler assembler = new DigestAssembler(problems, places.recorder());
    LocalDate date = assembler.date(dateLine);
    List<Paper> papers = new ArrayList<>();
    List<Token> entry = new ArrayList<>();
    for (int index = 0; !tokens.peek().endsDigest(); index++) {
      entry.clear();
      // The title, whatever it looks like; then the lines up to the tag line or the digest's end.
      entry.add(take());
      while (!tokens.peek().endsDigest()) {
        LineToken line = take();
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

  private void skipToFirstDateLine() {
    LineToken first = take();
    places.begins(first.line(), first.column());
    problems.error(
        first.line(),
        first.column(),
        "expected a date line like `2024년 10월 10일` at the start of the file, found "
            + MessageText.quote(first.getText()));
    while (!tokens.peek().endsDigest()) {
      take();
    }
  }

  /** The next token, its line's problem reported in the digest being read. */
  private LineToken take() {
    LineToken token = tokens.take();
    LineProblem problem = token.problem();
    if (problem != null) {
      problems.error(token.line(), problem.column(), problem.message());
    }
    return token;
  }
}
