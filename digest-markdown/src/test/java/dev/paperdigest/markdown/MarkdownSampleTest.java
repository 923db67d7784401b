package dev.paperdigest.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The sample digest, the format registry and the documentation's example. */
class MarkdownSampleTest {
  private static final Path SAMPLE = Path.of("../examples/2024-10-10.txt");
  private final DigestFormats formats = DigestFormats.load();
  private final DigestFormat text = formats.byName("text").orElseThrow();

  @Test
  void isFoundByNameAndByExtension() {
    DigestFormat markdown = formats.byName("markdown").orElseThrow();
    assertEquals(MarkdownFormat.class, markdown.getClass());
    assertEquals(markdown, formats.byPath(Path.of("digests/2024-10-10.md")).orElseThrow());
    assertEquals(markdown, formats.byPath(Path.of("README.MARKDOWN")).orElseThrow());
  }

  @Test
  void carriesTheSampleFromTextThroughMarkdownBackToTextByteForByte() throws IOException {
    DigestFormat markdown = formats.byName("markdown").orElseThrow();
    String page = markdown.writer().writeAsString(text.reader().read(SAMPLE));
    String back = text.writer().writeAsString(markdown.reader().read(page));
    // The text writer ends the last line with a line end, which the sample lacks.
    assertEquals(Files.readString(SAMPLE, StandardCharsets.UTF_8) + "\n", back);
  }

  @Test
  void showsInTheDocumentationWhatTheWriterWritesForTheSample() throws IOException {
    Digest sample = text.reader().read(SAMPLE);
    String firstPaper =
        new MarkdownDigestWriter().writeAsString(sample.withPapers(sample.papers().subList(0, 1)));
    assertEquals(firstPaper, firstMarkdownBlock(Files.readString(Path.of("../docs/markdown.md"))));
  }

  private static String firstMarkdownBlock(String documentation) {
    Node node = Parser.builder().build().parse(documentation).getFirstChild();
    while (node != null
        && !(node instanceof FencedCodeBlock
            && "markdown".equals(((FencedCodeBlock) node).getInfo()))) {
      node = node.getNext();
    }
    assertNotNull(node, "docs/markdown.md shows no ```markdown example");
    return ((FencedCodeBlock) node).getLiteral();
  }
}
