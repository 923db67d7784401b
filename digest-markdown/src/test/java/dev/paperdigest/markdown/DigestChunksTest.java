package dev.paperdigest.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import dev.paperdigest.testkit.DigestGenerators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Cutting an input at digest headings gives the blocks that parsing it whole gives, line for line,
 * whatever hides a {@code # } line: code blocks, HTML blocks, comments, quotes, lists.
 */
class DigestChunksTest {
  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  /** Lines that open, close or hide in the blocks that make a {@code # } line something else. */
  private static final List<String> PIECES =
      List.of(
          "# 2024-10-10",
          "# 2024-10-11",
          "#",
          "# ",
          "#\tx",
          "## Title",
          "#2024-10-12",
          "text",
          "*A*, *B*",
          "`#tag`",
          "===",
          "---",
          "```",
          "````md",
          "~~~",
          "    # 2024-10-13",
          "\t# 2024-10-14",
          "   # 2024-10-15",
          "<div>",
          "</div>",
          "<!--",
          "-->",
          "<pre>",
          "</pre>",
          "<?x",
          "?>",
          "<![CDATA[",
          "]]>",
          "<a href=\"x\">",
          "> # 2024-10-16",
          "> text",
          ">",
          "> ```",
          "- item",
          "- ```",
          "  ```",
          "  # 2024-10-17",
          "1. x",
          "[x]",
          "",
          "");

  private static final List<String> LINE_ENDS = List.of("\n", "\n", "\n", "\r\n", "\r");

  /** Each node as a line: its type, its first line in the input, and its text if it has one. */
  private static void dump(Node node, long firstLine, List<String> out) {
    StringBuilder line = new StringBuilder(node.getClass().getSimpleName());
    if (!node.getSourceSpans().isEmpty()) {
      line.append(" @").append(firstLine + node.getSourceSpans().get(0).getLineIndex());
    }
    if (node instanceof Heading) {
      line.append(" level ").append(((Heading) node).getLevel());
    } else if (node instanceof Text) {
      line.append(' ').append(((Text) node).getLiteral());
    } else if (node instanceof Code) {
      line.append(' ').append(((Code) node).getLiteral());
    } else if (node instanceof FencedCodeBlock) {
      line.append(' ').append(((FencedCodeBlock) node).getLiteral());
    } else if (node instanceof IndentedCodeBlock) {
      line.append(' ').append(((IndentedCodeBlock) node).getLiteral());
    } else if (node instanceof HtmlBlock) {
      line.append(' ').append(((HtmlBlock) node).getLiteral());
    } else if (node instanceof HtmlInline) {
      line.append(' ').append(((HtmlInline) node).getLiteral());
    }
    out.add(line.toString());
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      dump(child, firstLine, out);
    }
  }

  private static List<String> wholeDocument(String markdown) {
    String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
    List<String> out = new ArrayList<>();
    for (Node block = PARSER.parse(text).getFirstChild(); block != null; block = block.getNext()) {
      dump(block, 1, out);
    }
    return out;
  }

  private static List<DigestChunks.Chunk> chunks(String markdown) {
    return chunks(markdown, PARSER);
  }

  private static List<DigestChunks.Chunk> chunks(String markdown, Parser parser) {
    DigestChunks chunks =
        new DigestChunks(
            new ByteArrayInputStream(markdown.getBytes(StandardCharsets.UTF_8)), parser, "t.md");
    List<DigestChunks.Chunk> all = new ArrayList<>();
    try {
      for (DigestChunks.Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
        all.add(chunk);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  private static List<String> cut(String markdown) {
    List<String> out = new ArrayList<>();
    for (DigestChunks.Chunk chunk : chunks(markdown)) {
      for (Node block = chunk.document().getFirstChild(); block != null; block = block.getNext()) {
        dump(block, chunk.firstLine(), out);
      }
    }
    return out;
  }

  private static Gen<String> documents() {
    Gen<String> line =
        SourceDSL.integers()
            .between(0, PIECES.size() - 1)
            .zip(
                SourceDSL.integers().between(0, LINE_ENDS.size() - 1),
                (piece, end) -> PIECES.get(piece) + LINE_ENDS.get(end));
    return SourceDSL.lists()
        .of(line)
        .ofSizeBetween(0, 40)
        .map(lines -> String.join("", lines))
        .zip(SourceDSL.booleans().all(), (text, bom) -> bom ? "\uFEFF" + text : text);
  }

  @Test
  void givesTheBlocksOfTheWholeDocumentWhateverHidesAHeadingLine() {
    qt().withExamples(2_000)
        .forAll(documents())
        .checkAssert(markdown -> assertEquals(wholeDocument(markdown), cut(markdown), markdown));
  }

  @Test
  void cutsAtEveryDigestHeadingOutsideOtherBlocksAndNowhereElse() {
    String markdown =
        """
        # 2024-10-10

        ## One

        ```sh
        # 2024-10-11 is a comment in this code block
        ```

        <!--
        # 2024-10-12 is commented out
        -->

        > quoted
        # 2024-10-13

        - a list
        # 2024-10-14
        """;
    List<DigestChunks.Chunk> chunks = chunks(markdown);
    assertEquals(
        List.of(1L, 14L, 17L), chunks.stream().map(DigestChunks.Chunk::firstLine).toList());
    assertEquals(wholeDocument(markdown), cut(markdown));
  }

  @Test
  void parsesACodeBlockFullOfHeadingLikeLinesAFewTimesNotOncePerLine() {
    int comments = 100_000;
    String markdown =
        "# 2024-10-10\n\n```sh\n" + "# a comment\n".repeat(comments) + "```\n\n# 2024-10-11\n";
    ParseCounter counter = new ParseCounter();
    Parser counting = counter.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    // The parses wasted on the comments outweigh the chunk when the next digest comes, so that
    // digest stays in this chunk: read as the whole document reads, only not streamed apart.
    assertEquals(1, chunks(markdown, counting).size());
    // Each failed try needs the chunk to have grown by half since the waste before it: a
    // logarithmic number of parses, where trying every line would make 100,000.
    assertTrue(counter.parses() <= 40, counter.parses() + " parses");
    assertEquals(wholeDocument(markdown), cut(markdown));
  }

  @Test
  void parsesAnArchiveOneDigestAtATime() {
    qt().withExamples(100)
        .forAll(DigestGenerators.archives(DigestGenerators.digests()))
        .assuming(MarkdownPropertiesTest::writable)
        .checkAssert(
            archive -> {
              String markdown = new MarkdownDigestWriter().writeAllAsString(archive);
              assertEquals(archive.size(), chunks(markdown).size(), markdown);
            });
  }

  @Test
  void numbersLinesAcrossChunksAsCommonMarkDoesWhateverTheLineEnds() {
    String markdown = "# 2024-10-10\r\n\r## A\n\r\n# 2024-10-11\r## B\r\n";
    List<DigestChunks.Chunk> chunks = chunks(markdown);
    assertEquals(List.of(1L, 5L), chunks.stream().map(DigestChunks.Chunk::firstLine).toList());
    assertEquals(wholeDocument(markdown), cut(markdown));
    assertEquals(
        Digest.builder()
            .date(LocalDate.of(2024, 10, 11))
            .addPapers(Paper.builder().title("B").build())
            .build(),
        new MarkdownDigestReader().readAll(markdown).get(1));
  }
}
