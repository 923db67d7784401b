package dev.paperdigest.text;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.UnwritableDigestException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The examples in docs/text-format.md say what the code does. */
class DocumentationTest {
  private static final Path PAGE = Path.of("../docs/text-format.md");

  @Test
  void theSmallExampleReadsAsDescribed() throws IOException {
    String example = codeBlockAfter("## A small example");
    Paper paper = TextIo.read(example).papers().get(0);
    assertEquals(List.of("Federico Barbero", "Petar Veličković"), paper.authors());
    assertEquals(1, paper.abstractText().orElseThrow().split("\n").length);
    assertEquals(3, paper.comment().orElseThrow().split("\n").length);
    assertEquals("η ∝ sqrt(T)", paper.comment().orElseThrow().split("\n")[1]);
    assertEquals(1, paper.translation().orElseThrow().split("\n").length);
    assertEquals(List.of("positional-encoding", "rope"), paper.tags());
    assertEquals(example, TextIo.write(TextIo.read(example)));
  }

  @Test
  void theRefusalExampleIsTheWritersMessage() throws IOException {
    Digest sample = TextIo.TEXT.reader().read(SampleTest.SAMPLE);
    List<Paper> papers = new ArrayList<>(sample.papers());
    papers.set(2, papers.get(2).withAbstractText(Optional.of("LLM 프리트레이닝을 위한 코퍼스")));
    UnwritableDigestException e =
        assertThrows(
            UnwritableDigestException.class, () -> TextIo.write(sample.withPapers(papers)));
    String refusalBlock = codeBlockAfter("## What the writer refuses");
    assertEquals(refusalBlock.strip(), e.getMessage());
  }

  /**
   * The sample and the next day's file joined with {@code cat}, as the page's example shows them:
   * the sample lacks its final line end.
   */
  @Test
  void theJoiningExampleIsTheReadersMessage() throws IOException {
    String sample = Files.readString(SampleTest.SAMPLE, StandardCharsets.UTF_8);
    String nextDay = sample.replace("2024년 10월 10일", "2024년 10월 11일");
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    joined.writeBytes(sample.getBytes(StandardCharsets.UTF_8));
    joined.writeBytes(nextDay.getBytes(StandardCharsets.UTF_8));
    List<Diagnostic> found = new ArrayList<>();
    try (DigestIterator digests =
        TextIo.TEXT.reader().open(new ByteArrayInputStream(joined.toByteArray()), "archive.txt")) {
      assertEquals(2, digests.checkRest(found::add));
    }
    String example = codeBlockAfter("## Joining files");
    assertEquals(example.strip(), found.stream().map(Diagnostic::toString).collect(joining("\n")));
  }

  @Test
  void theGrammarExcerptsAreTheGrammar() throws IOException {
    String grammars =
        Files.readString(Path.of("src/main/antlr4/dev/paperdigest/text/internal/DigestLexer.g4"))
            + Files.readString(
                Path.of("src/main/antlr4/dev/paperdigest/text/internal/DigestParser.g4"));
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    int from = 0;
    int blocks = 0;
    while ((from = page.indexOf("```antlr\n", from)) >= 0) {
      int end = page.indexOf("```", from + 9);
      for (String line : page.substring(from + 9, end).split("\n")) {
        assertTrue(grammars.contains(line), () -> "not in the grammar: " + line);
      }
      from = end + 3;
      blocks++;
    }
    assertEquals(2, blocks);
  }

  private static String codeBlockAfter(String heading) throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    int start = page.indexOf("```\n", page.indexOf(heading)) + 4;
    return page.substring(start, page.indexOf("```", start));
  }
}
