package dev.paperdigest.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.spi.ProblemList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Any number of problems in a block costs what one costs: the block is parsed again once, however
 * many of its inline nodes need a column. Measured by counting parses, not by the clock.
 */
class DiagnosticCostTest {
  /** A digest whose abstract is one line of {@code spans} code spans, each a problem. */
  private static String abstractOfCodeSpans(int spans) {
    return "# 2024-10-10\n\n## T\n\n> " + "`x` ".repeat(spans) + "\n";
  }

  private static List<Diagnostic> problems(String markdown, ParseCounter counter) {
    MarkdownDigestReader reader = new MarkdownDigestReader(counter.builder());
    return assertThrows(DigestFormatException.class, () -> reader.read(markdown)).diagnostics();
  }

  @Test
  void parsesABlockAgainOnceForOneProblemOrSixteenThousand() {
    ParseCounter one = new ParseCounter();
    List<Diagnostic> single = problems(abstractOfCodeSpans(1), one);
    assertEquals(1, single.size());

    // The 64 KB block quote of 16,000 code spans, which took 79 s and 2.1 GB when each
    // problem parsed the block again: here it is one parse more than a valid digest takes.
    int spans = 16_000;
    ParseCounter many = new ParseCounter();
    List<Diagnostic> all = problems(abstractOfCodeSpans(spans), many);

    assertEquals(2, one.parses(), "the digest, then its abstract with inline spans");
    assertEquals(one.parses(), many.parses());
    assertEquals(ProblemList.LIMIT + 1, all.size());
    for (int i = 0; i < ProblemList.LIMIT; i++) {
      Diagnostic d = all.get(i);
      assertEquals(List.of(5L, 3L + 4L * i), List.of(d.line(), d.column()));
      assertEquals(
          "the abstract holds a code span, which the layout does not use; write `` \\` `` for a"
              + " literal backtick",
          d.message());
    }
    Diagnostic rest = all.get(ProblemList.LIMIT);
    assertEquals(3L + 4L * ProblemList.LIMIT, rest.column());
    assertEquals(
        "and "
            + (spans - ProblemList.LIMIT)
            + " more problems in this digest, not shown; fix the ones above first",
        rest.message());
  }

  @Test
  void parsesEachBlockWithProblemsAgainOnce() {
    int papers = 1_000;
    String paper = "## A [link](x) and [another](y)\n\n*Ann*, *B [c](d)*\n\n";
    ParseCounter counter = new ParseCounter();
    List<Diagnostic> found = problems("# 2024-10-10\n\n" + paper.repeat(papers), counter);
    // The digest, then at most each title and each authors paragraph once (a heading's inline
    // nodes may come with spans of their own).
    assertTrue(counter.parses() <= 1 + 2 * papers, counter.parses() + " parses");
    assertEquals(
        List.of("3:6", "3:20", "5:11", "7:6"),
        found.subList(0, 4).stream().map(d -> d.line() + ":" + d.column()).toList());
  }
}
