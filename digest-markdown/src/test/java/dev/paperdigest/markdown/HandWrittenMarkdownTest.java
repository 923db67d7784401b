package dev.paperdigest.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markdown as people type it after reading docs/markdown.md: each input is either read as its
 * writer meant, read with a warning where it probably was not meant, or refused with a message that
 * says what to change.
 */
class HandWrittenMarkdownTest {
  private final DigestReader reader = new MarkdownFormat().reader();

  /** Every diagnostic of checking {@code markdown}, as {@code LINE:COLUMN: SEVERITY: MESSAGE}. */
  private List<String> check(String markdown) throws IOException {
    return reader
        .check(new ByteArrayInputStream(markdown.getBytes(StandardCharsets.UTF_8)), "typed.md")
        .stream()
        .map(d -> d.line() + ":" + d.column() + ": " + d.severity().word() + ": " + d.message())
        .toList();
  }

  private Paper onlyPaper(String markdown) {
    List<Paper> papers = reader.read(markdown).papers();
    assertEquals(1, papers.size());
    return papers.get(0);
  }

  @Test
  void readsTheTextOnTheLineAfterALabelThatEndsItsLine() {
    Paper paper =
        onlyPaper(
            """
            # 2024-10-10

            ## Title

            **Comment:**
            첫 줄
            둘째 줄

            **Translation:**
            First line
            second line
            """);
    assertEquals("첫 줄\n둘째 줄", paper.comment().orElseThrow());
    assertEquals("First line\nsecond line", paper.translation().orElseThrow());
  }

  @Test
  void readsTwoTrailingSpacesAfterALabelAsTheLineEndTheyLookLike() {
    String markdown = "# 2024-10-10\n\n## Title\n\n**Comment:**  \n코멘트\n";
    assertEquals("코멘트", onlyPaper(markdown).comment().orElseThrow());
  }

  @Test
  void readsABackslashRightAfterALabelAsAnEmptyFirstLineAsTheWriterWritesIt() {
    String markdown = "# 2024-10-10\n\n## Title\n\n**Comment:**\\\n코멘트\n";
    assertEquals("\n코멘트", onlyPaper(markdown).comment().orElseThrow());
    Paper paper = Paper.builder().title("T").comment("\nx").translation("\n\ny").build();
    Digest digest = Digest.builder().date(LocalDate.of(2024, 10, 10)).addPapers(paper).build();
    String written = new MarkdownFormat().writer().writeAsString(digest);
    assertTrue(written.contains("**Comment:**\\\nx\n"), written);
    assertEquals(digest, reader.read(written));
  }

  @Test
  void readsOneEmphasisAroundSeveralNamesAsOneNameAndWarnsWhereItIs() throws IOException {
    String markdown =
        """
        # 2024-10-10

        ## Title

        *Ann Lee, Bob Park, Cho Kim*
        """;
    assertEquals(List.of("Ann Lee, Bob Park, Cho Kim"), onlyPaper(markdown).authors());
    assertEquals(
        List.of(
            "5:1: warning: the author `Ann Lee, Bob Park, Cho Kim` holds `, `, and is read as one"
                + " name; if these are several authors, emphasise each: `*Ann Lee*, *Bob Park*,"
                + " *Cho Kim*`"),
        check(markdown));
  }

  @Test
  void warnsOfACommaInsideANameWhereverTheNameIs() throws IOException {
    try (DigestIterator digests =
        reader.open(
            new ByteArrayInputStream(
                "# 2024-10-10\n\n## T\n\n*Ann*, *Smith, John*\n".getBytes(StandardCharsets.UTF_8)),
            "typed.md")) {
      Digest digest = digests.next();
      assertEquals(List.of("Ann", "Smith, John"), digest.papers().get(0).authors());
      assertEquals(new SourcePosition(5, 8), digests.locations().element(0, PaperField.AUTHORS, 1));
      List<Diagnostic> warnings = digests.warnings();
      assertEquals(1, warnings.size());
      assertEquals(
          "typed.md:5:8: warning: the author `Smith, John` holds `, `, and is read as one name;"
              + " if these are several authors, emphasise each: `*Smith*, *John*` [author-comma]",
          warnings.get(0).toString());
    }
  }

  @Test
  void saysTheColonOfALabelBelongsInsideTheBoldForEveryBadLabelAtOnce() throws IOException {
    assertEquals(
        List.of(
            "5:1: error: the colon of the label `**Comment**:` belongs inside the bold: write"
                + " `**Comment:**`",
            "7:1: error: the label `**translation:**` is written `**Translation:**`",
            "11:1: error: the label `*Comment:*` is written `**Comment:**`",
            "13:1: error: the label `Translation:` is written in bold: `**Translation:**`",
            "17:1: error: the colon of the label `__Translation__:` belongs inside the bold:"
                + " write `**Translation:**`"),
        check(
            """
            # 2024-10-10

            ## One

            **Comment**: 코멘트

            **translation:** A comment.

            ## Two

            *Comment:* 코멘트

            Translation: A comment.

            ## Three

            __Translation__: A comment.
            """));
  }

  @Test
  void anAuthorCalledCommentIsAnAuthorNotAMisspelledLabel() throws IOException {
    // Found by fuzzing (digest-fuzz corpus chain/author-named-comment): the writer's own output.
    for (String name : List.of("Comment", "Translation", "comment:")) {
      Paper paper = Paper.builder().title("Title").addAuthors(name, "Kim").addTags("tag").build();
      Digest digest = Digest.builder().date(LocalDate.of(2024, 10, 10)).addPapers(paper).build();
      String written = new MarkdownFormat().writer().writeAsString(digest);
      assertEquals(digest, reader.read(written), written);
      Digest alone = digest.withPapers(paper.withAuthors(name));
      assertEquals(alone, reader.read(new MarkdownFormat().writer().writeAsString(alone)));
    }
    assertEquals(
        List.of("7:1: error: the label `*Comment:*` is written `**Comment:**`"),
        check(
            """
            # 2024-10-10

            ## Title

            *Kim*

            *Comment:*
            코멘트
            """));
  }

  @Test
  void namesTheUnderlineThatMadeAPaperTitleALevelOneHeading() throws IOException {
    assertEquals(
        List.of(
            "8:1: error: the underline `=====` makes the line above it a level-1 heading, which"
                + " only a digest's date `# YYYY-MM-DD` is; underline a paper's title with `---`,"
                + " or write `## Second Paper`"),
        check(
            """
            # 2024-10-10

            ## First Paper

            *Ann*

            Second Paper
            =====

            *Bob*
            """));
    assertEquals(
        List.of(
            "1:1: error: expected a digest heading with its date, like `# 2024-10-10`, but found a"
                + " level-1 heading",
            "2:1: error: the underline `===` makes the line above it a level-1 heading, which only"
                + " a digest's date `# YYYY-MM-DD` is; underline a paper's title with `---`, or"
                + " write `## A Paper`"),
        check("A Paper\n===\n\n*Ann*\n"));
  }

  @Test
  void readsADateUnderlinedWithEqualsSignsAsADigestHeading() {
    List<Digest> digests = reader.readAll("2024-10-10\n==\n\n## A\n\n2024-10-11\n==\n\n## B\n");
    assertEquals(2, digests.size());
    assertEquals("B", digests.get(1).papers().get(0).title());
  }

  @Test
  void hintsThatAHeadingNeedsASpaceAfterItsHashes() throws IOException {
    assertEquals(
        List.of(
            "1:1: error: expected a digest heading with its date, like `# 2024-10-10`, but found a"
                + " paragraph; a heading needs a space after its `#`: write `# 2024-10-10`"),
        check("#2024-10-10\n\n## Title\n"));
    assertEquals(
        List.of(
            "5:1: error: `#2024-10-11` is a paragraph, not a heading: a heading needs a space after"
                + " its `#`: write `# 2024-10-11`",
            "7:1: error: `##Next` is a paragraph, not a heading: a heading needs a space after its"
                + " `##`: write `## Next`"),
        check("# 2024-10-10\n\n## Title\n\n#2024-10-11\n\n##Next\n"));
  }

  @Test
  void warnsOfATagThatStartsWithAHashOfItsOwn() throws IOException {
    String markdown = "# 2024-10-10\n\n## T\n\n`#ok` `##rope`\n";
    assertEquals(List.of("ok", "#rope"), onlyPaper(markdown).tags());
    assertEquals(
        List.of(
            "5:7: warning: the tag `##rope` is read as `#rope`, with a `#` of its own; if you meant"
                + " `rope`, write `` `#rope` ``"),
        check(markdown));
  }

  @Test
  void escapesControlCharactersItQuotesFromTheInput() {
    String markdown = "# 2024-10-10\u001B[2J\u0007\n\n## T\n\n*A*\u0007 *B*\n";
    DigestFormatException e =
        assertThrows(DigestFormatException.class, () -> reader.read(markdown));
    List<String> shown = e.diagnostics().stream().map(Diagnostic::toString).toList();
    assertEquals(
        List.of(
            "<string>:1:1: error: expected the digest's date as `# YYYY-MM-DD`, like `#"
                + " 2024-10-10`, but the heading says `2024-10-10\\u001B[2J\\u0007`",
            "<string>:5:4: error: expected `, ` between authors, but found `\\u0007 `"),
        shown);
    for (String line : shown) {
      assertFalse(line.chars().anyMatch(c -> c < 0x20), line);
    }
  }
}
