package dev.paperdigest.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.UnicodeText;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.core.spi.DigestDates;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownDigestWriterTest {
  private static final LocalDate DAY = LocalDate.of(2024, 10, 10);
  private final DigestWriter writer = new MarkdownFormat().writer();
  private final DigestReader reader = new MarkdownFormat().reader();

  @Test
  void writesEachPartOfAPaperInItsBlock() {
    Paper full =
        Paper.builder()
            .title("Round and Round We Go!")
            .addAuthors("Federico Barbero", "Petar Veličković")
            .abstractText("Positional Encodings (PEs) are critical.\nSecond line.")
            .comment("RoPE에서 고주파수 차원들은 위치 기반.\n그래서 부분적으로만.")
            .translation("High frequencies carry positions.")
            .addTags("positional-encoding", "rope")
            .build();
    Paper bare = Paper.builder().title("Only a Title").build();
    Digest digest = Digest.builder().date(DAY).addPapers(full, bare).build();

    assertEquals(
        "# 2024-10-10\n"
            + "\n"
            + "## Round and Round We Go!\n"
            + "\n"
            + "*Federico Barbero*, *Petar Veličković*\n"
            + "\n"
            + "> Positional Encodings (PEs) are critical.\\\n"
            + "> Second line.\n"
            + "\n"
            + "**Comment:** RoPE에서 고주파수 차원들은 위치 기반.\\\n"
            + "그래서 부분적으로만.\n"
            + "\n"
            + "**Translation:** High frequencies carry positions.\n"
            + "\n"
            + "`#positional-encoding` `#rope`\n"
            + "\n"
            + "## Only a Title\n",
        writer.writeAsString(digest));
  }

  @Test
  void writesAnEmptyDigestAsItsHeadingAlone() {
    Digest empty = Digest.builder().date(DAY).build();
    assertEquals("# 2024-10-10\n", writer.writeAsString(empty));
    assertEquals(empty, reader.read("# 2024-10-10\n"));
  }

  @Test
  void separatesTheDigestsOfAnArchiveWithABlankLine() {
    Digest first = Digest.builder().date(DAY).addPapers(Paper.builder().title("A").build()).build();
    Digest second = Digest.builder().date(DAY.plusDays(1)).build();
    String archive = writer.writeAllAsString(List.of(first, second));
    assertEquals("# 2024-10-10\n\n## A\n\n# 2024-10-11\n", archive);
    assertEquals(List.of(first, second), reader.readAll(archive));
    assertEquals("", writer.writeAllAsString(List.of()));
    assertEquals(List.of(), reader.readAll(""));
  }

  @Test
  void writesAnArchiveOfOneExactlyAsTheDigestAlone() {
    Digest digest =
        Digest.builder().date(DAY).addPapers(Paper.builder().title("A").build()).build();
    assertEquals(writer.writeAsString(digest), writer.writeAllAsString(List.of(digest)));
  }

  /** Text that means something in Markdown (or on GitHub), and where it could mean it. */
  static Stream<String> markdownLookalikes() {
    return Stream.of(
        "\\",
        "a\\",
        "\\\\",
        "a  \\",
        "*",
        "**bold**",
        "_em_",
        "a_b_c",
        "__init__",
        "[x]",
        "[link](http://x)",
        "![img](x.png)",
        "(paren)",
        "<br>",
        "<태그>",
        "<div>",
        "<!-- x -->",
        "</p>",
        "<https://example.com>",
        "https://pyramid-flow.github.io",
        "&",
        "&amp;",
        "&#65;",
        "&nbsp;",
        "&#x1F600;",
        "#",
        "# x",
        "## x",
        "#tag",
        "#1 takeaway: x",
        "x #",
        "x ##",
        "|",
        "| a | b |",
        "a | b",
        "!",
        "~",
        "~~strike~~",
        "~~~",
        "```",
        "`code`",
        "``",
        "1. x",
        "1) x",
        "2024. x",
        "1234567890. x",
        "- x",
        "-",
        "+ x",
        "+",
        "* x",
        "> x",
        ">",
        "---",
        "===",
        "=",
        "***",
        "___",
        "- - -",
        "    code",
        "\tcode",
        "  two",
        "x  ",
        "x\t",
        " ",
        "   ",
        "\u00A0x\u00A0",
        "\u3000x\u3000",
        "\u2003",
        "\u200Bx",
        "\uFEFFx",
        "\\textbf{Effective}",
        "$x_1^2$",
        "\\(a\\)",
        "η ∝ sqrt(T)",
        "T → ∞",
        "[^1]: note",
        "[x]: http://x",
        "a\u000Bb",
        "\u000C",
        "\u0085",
        "😀 𝔘 \uDB40\uDC01",
        "ᄒᆞᆫ글",
        "x &#32;",
        "\\&#32;",
        "*a*, *b*",
        "a\tb",
        "a \t b");
  }

  @ParameterizedTest
  @MethodSource("markdownLookalikes")
  void showsTextThatLooksLikeMarkdownAsItselfAndReadsItBack(String text) {
    boolean blank = UnicodeText.isBlank(text);
    String tag =
        text.codePoints()
            .filter(cp -> !UnicodeText.isWhitespace(cp))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    Paper paper =
        Paper.builder()
            .title(blank ? "T" + text : text)
            .addAuthors(blank ? "A" + text : text, blank ? text + "B" : text)
            .abstractText(text + "\n" + text)
            .comment(text)
            .translation("x\n" + text + "\n" + text)
            .addTags(tag.isEmpty() ? "t" : tag)
            .build();
    Digest digest = Digest.builder().date(DAY).addPapers(paper).build();

    String markdown = writer.writeAsString(digest);

    assertEquals(RenderedPage.expected(List.of(digest)), RenderedPage.render(markdown), markdown);
    assertEquals(digest, reader.read(markdown), markdown);
  }

  @Test
  void escapesWhatGitHubAddsToCommonMark() {
    for (String text :
        List.of(
            "a|b\n:-|:-",
            "| a | b |\n| --- | --- |\n| c | d |",
            "~~struck~~ and ~one~",
            "costs $5 and $6",
            "$x^2$ and $$\\sum$$",
            "\\$not math$")) {
      Paper paper =
          Paper.builder()
              .title(text.replace('\n', ' '))
              .addAuthors(text.replace('\n', ' '))
              .abstractText(text)
              .comment(text)
              .translation(text)
              .build();
      Digest digest = Digest.builder().date(DAY).addPapers(paper).build();
      String markdown = writer.writeAsString(digest);
      assertEquals(RenderedPage.expected(List.of(digest)), RenderedPage.render(markdown), markdown);
      assertEquals(0, RenderedPage.bareDollars(markdown), markdown);
      assertEquals(digest, reader.read(markdown), markdown);
    }
  }

  @Test
  void keepsEmptyLinesAnywhereInAText() {
    for (String text : List.of("\n", "\nx", "x\n", "x\n\ny", "\n\n", "x\n\n")) {
      Paper paper =
          Paper.builder().title("T").abstractText(text).comment(text).translation(text).build();
      Digest digest = Digest.builder().date(DAY).addPapers(paper).build();
      String markdown = writer.writeAsString(digest);
      assertEquals(RenderedPage.expected(List.of(digest)), RenderedPage.render(markdown), markdown);
      assertEquals(digest, reader.read(markdown), markdown);
    }
  }

  @Test
  void writesAnEmptyLastLineAsALoneBackslash() {
    Paper paper = Paper.builder().title("T").abstractText("x\n").comment("\nx").build();
    String markdown = writer.writeAsString(Digest.builder().date(DAY).addPapers(paper).build());
    assertTrue(markdown.contains("> x\\\n> \\\n"), markdown);
    assertTrue(markdown.contains("**Comment:**\\\nx\n"), markdown);
  }

  @Test
  void refusesNulNamingThePaperAndTheField() {
    Paper fine = Paper.builder().title("Fine").build();
    Paper broken = Paper.builder().title("Broken").comment("a\u0000b").build();
    Digest first = Digest.builder().date(DAY).addPapers(fine).build();
    Digest second = Digest.builder().date(DAY.plusDays(1)).addPapers(fine, broken).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    UnwritableDigestException e =
        assertThrows(
            UnwritableDigestException.class, () -> writer.writeAll(List.of(first, second), out));

    assertEquals("markdown", e.formatName());
    assertEquals(
        "the markdown format cannot hold paper 2 `Broken` of 2024-10-11: its comment holds"
            + " U+0000, which CommonMark replaces with U+FFFD",
        e.getMessage());
    assertEquals(1, e.paper());
    assertEquals(Optional.of(PaperField.COMMENT), e.field());
    assertEquals(
        writer.writeAsString(first),
        out.toString(StandardCharsets.UTF_8),
        "the digest before the unwritable one is written, nothing of the unwritable one");
  }

  @Test
  void namesEveryFieldThatCanHoldNul() {
    Paper base = Paper.builder().title("T").addAuthors("A").addTags("t").build();
    List<Paper> papers =
        List.of(
            base.withTitle("T\u0000"),
            base.withAuthors("A", "B\u0000"),
            base.withAbstractText("\u0000"),
            base.withTranslation("\u0000"),
            base.withTags("t", "u\u0000"));
    List<String> fields = List.of("title", "author 2", "abstract", "translation", "tag 2");
    List<PaperField> asData =
        List.of(
            PaperField.TITLE,
            PaperField.AUTHORS,
            PaperField.ABSTRACT,
            PaperField.TRANSLATION,
            PaperField.TAGS);
    for (int i = 0; i < papers.size(); i++) {
      Digest digest = Digest.builder().date(DAY).addPapers(papers.get(i)).build();
      UnwritableDigestException e =
          assertThrows(UnwritableDigestException.class, () -> writer.writeAsString(digest));
      assertTrue(e.getMessage().contains("its " + fields.get(i) + " holds U+0000"), e.getMessage());
      assertEquals(Optional.of(asData.get(i)), e.field());
      assertEquals(0, e.paper());
    }
  }

  @Test
  void refusesYearsItCannotWriteInFourDigitsAsTheOtherFormatsDo() {
    Digest fine = Digest.builder().date(DAY).build();
    for (LocalDate date : List.of(LocalDate.of(10_000, 1, 1), LocalDate.of(-1, 12, 31))) {
      Digest far = Digest.builder().date(date).build();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      UnwritableDigestException e =
          assertThrows(
              UnwritableDigestException.class, () -> writer.writeAll(List.of(fine, far), out));
      assertEquals(DigestDates.unwritableReason("markdown", date), e.getMessage());
      assertEquals(-1, e.paper());
      assertEquals(Optional.empty(), e.field());
      assertEquals("# 2024-10-10\n", out.toString(StandardCharsets.UTF_8));
    }
    for (LocalDate date : List.of(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31))) {
      Digest edge = Digest.builder().date(date).build();
      String markdown = writer.writeAsString(edge);
      assertEquals("# " + DigestDates.iso(date) + "\n", markdown);
      assertEquals(edge, reader.read(markdown));
    }
  }
}
