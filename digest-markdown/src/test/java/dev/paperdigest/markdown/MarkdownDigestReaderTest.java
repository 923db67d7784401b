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
import dev.paperdigest.core.SourcePosition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownDigestReaderTest {
  private static final LocalDate DAY = LocalDate.of(2024, 10, 10);
  private final DigestReader reader = new MarkdownFormat().reader();

  /** Each problem of reading {@code markdown} as an archive, as {@code LINE:COLUMN: MESSAGE}. */
  private List<String> problems(String markdown) {
    DigestFormatException e =
        assertThrows(DigestFormatException.class, () -> reader.readAll(markdown));
    List<String> found = new ArrayList<>();
    for (Diagnostic d : e.diagnostics()) {
      assertEquals("<string>", d.source());
      assertEquals(Diagnostic.Severity.ERROR, d.severity());
      found.add(d.line() + ":" + d.column() + ": " + d.message());
    }
    return found;
  }

  private static void assertStarts(List<String> expected, List<String> actual) {
    assertEquals(expected.size(), actual.size(), () -> "problems: " + actual);
    for (int i = 0; i < expected.size(); i++) {
      assertTrue(
          actual.get(i).startsWith(expected.get(i)),
          "expected a problem starting with\n  "
              + expected.get(i)
              + "\nbut got\n  "
              + actual.get(i));
    }
  }

  @Test
  void refusesAReadmeNamingTheHeadingAndTheFirstStrayBlock() {
    String readme =
        "# My Project\n\nA library for things.\n\n- fast\n- small\n\n## Usage\n\n    make\n";
    assertEquals(
        List.of(
            "1:1: expected the digest's date as `# YYYY-MM-DD`, like `# 2024-10-10`, but the"
                + " heading says `My Project`",
            "3:1: expected a paper heading `## Title` after the digest heading, but found a"
                + " paragraph",
            "10:1: a code block has no place in a paper; after `## Title` a paper has only its"
                + " authors `*Name*, *Name*`, its abstract `> ...`, `**Comment:** ...`,"
                + " `**Translation:** ...` and its tags `` `#tag` ``, in that order"),
        problems(readme));
  }

  @Test
  void refusesADocumentWithoutADigestHeading() {
    assertEquals(
        List.of(
            "1:1: expected a digest heading with its date, like `# 2024-10-10`, but found a"
                + " paragraph"),
        problems("Just some notes.\n"));
    assertStarts(
        List.of(
            "2:1: expected a digest heading with its date, like `# 2024-10-10`, but found a level-2"
                + " heading"),
        problems("\n## A Paper Without Its Day\n\n*A*\n"));
  }

  @Test
  void refusesAPaperWithoutItsTitleHeading() {
    assertEquals(
        List.of(
            "3:1: expected a paper heading `## Title` after the digest heading, but found a"
                + " paragraph"),
        problems("# 2024-10-10\n\n*Ann Author*\n\n> An abstract.\n"));
  }

  @Test
  void refusesImpossibleDates() {
    assertStarts(
        List.of(
            "1:1: expected the digest's date as `# YYYY-MM-DD`, like `# 2024-10-10`, but the"
                + " heading says `2024-02-30`"),
        problems("# 2024-02-30\n"));
    assertStarts(
        List.of(
            "1:1: expected the digest's date as `# YYYY-MM-DD`, like `# 2024-10-10`, but the"
                + " heading is empty"),
        problems("#\n"));
    assertStarts(List.of("1:3: the digest heading holds emphasis"), problems("# *2024-10-10*\n"));
  }

  @Test
  void pointsAtMarkupInsideAFieldByLineAndColumn() {
    String markdown =
        "# 2024-10-10\n"
            + "\n"
            + "## A *bold* title\n"
            + "\n"
            + "*A*, *B [x](y)*\n"
            + "\n"
            + "> fine\\\n"
            + "> see <b>this</b>\n"
            + "\n"
            + "**Comment:** `code`\n";
    assertStarts(
        List.of(
            "3:6: the title holds emphasis, which the layout does not use; write `\\*` or `\\_`",
            "5:9: an author's name holds a link, which the layout does not use; write `\\[` and"
                + " `\\]`",
            "8:7: the abstract holds raw HTML, which the layout does not use; write `\\<` for a"
                + " literal `<`",
            "8:14: the abstract holds raw HTML",
            "10:14: the comment holds a code span, which the layout does not use; write `` \\` ``"),
        problems(markdown));
  }

  @Test
  void countsColumnsInCodePoints() {
    // Each emoji is two UTF-16 units but one column.
    assertStarts(
        List.of("3:7: the title holds a link"), problems("# 2024-10-10\n\n## 😀😀 [x](y)\n"));
  }

  @Test
  void pointsAtTheBlockWhenOnlyTheWholeDigestGivesAnInlineItsMeaning() {
    // `[x]` is a link only because of the definition above it; the block alone reads it as text.
    String markdown = "# 2024-10-10\n\n## T\n\n[x]: http://example.com\n\n> see [x]\n";
    assertEquals(
        List.of(
            "5:1: a link reference definition has no place in a paper; after `## Title` a paper"
                + " has only its authors `*Name*, *Name*`, its abstract `> ...`, `**Comment:**"
                + " ...`, `**Translation:** ...` and its tags `` `#tag` ``, in that order",
            "7:1: the abstract holds a link, which the layout does not use; write `\\[` and `\\]`"
                + " for literal brackets"),
        problems(markdown));
  }

  @Test
  void refusesPartsOutOfOrderTwiceOrUnknown() {
    String markdown =
        "# 2024-10-10\n"
            + "\n"
            + "## Title\n"
            + "\n"
            + "**Comment:** first\n"
            + "\n"
            + "> an abstract after the comment\n"
            + "\n"
            + "**Comment:** again\n"
            + "\n"
            + "**Note:** what is this\n"
            + "\n"
            + "`#tag`\n";
    assertEquals(
        List.of(
            "7:1: the abstract must come before the comment; after `## Title` a paper has only its"
                + " authors `*Name*, *Name*`, its abstract `> ...`, `**Comment:** ...`,"
                + " `**Translation:** ...` and its tags `` `#tag` ``, in that order",
            "9:1: this paper already has the comment; a paper has one",
            "11:1: unknown label `**Note:**`: a paper's paragraphs are labelled `**Comment:**` or "
                + "`**Translation:**`"),
        problems(markdown));
  }

  @Test
  void refusesListsRulesAndOtherBlocksInAPaper() {
    assertStarts(
        List.of("5:1: a bullet list has no place in a paper;"),
        problems("# 2024-10-10\n\n## Title\n\n- Ann\n  - nested\n"));
    assertStarts(
        List.of("5:1: a horizontal rule has no place in a paper;"),
        problems("# 2024-10-10\n\n## T\n\n***\n"));
    assertStarts(
        List.of("5:1: a level-3 heading has no place in a digest: papers have `## Title` headings"),
        problems("# 2024-10-10\n\n## T\n\n### Notes\n"));
    assertStarts(
        List.of("5:1: a paragraph has no place in a paper;"),
        problems("# 2024-10-10\n\n## T\n\nAnn, Bob\n"));
  }

  @Test
  void refusesMalformedAuthorsTagsAndLabels() {
    assertStarts(
        List.of("5:4: expected `, ` between authors, but found ` and `"),
        problems("# 2024-10-10\n\n## T\n\n*A* and *B*\n"));
    assertStarts(
        List.of("5:4: expected each author's name as `*Name*`, but `B` is not"),
        problems("# 2024-10-10\n\n## T\n\n*A*, B\n"));
    assertStarts(
        List.of("5:4: the authors end with `,`"), problems("# 2024-10-10\n\n## T\n\n*A*,\n"));
    assertEquals(
        List.of(
            "5:1: a tag is a code span starting with `#`, like `` `#tag` ``, but this one holds"
                + " `tag`",
            "5:7: the tag `#a b` holds whitespace (U+0020 at character 3), but a tag is one word",
            "5:19: expected tags as code spans like `` `#tag` `` separated by spaces, but found the"
                + " text ` #loose`"),
        problems("# 2024-10-10\n\n## T\n\n`tag` `#a b` `#ok` #loose\n"));
    assertEquals(
        List.of(
            "5:1: the label `**Comment:**` has no text after it; leave it out when there is no"
                + " comment"),
        problems("# 2024-10-10\n\n## T\n\n**Comment:**\n"));
    assertStarts(
        List.of(
            "5:3: the abstract is a block quote of one paragraph, but this one holds a bullet"
                + " list"),
        problems("# 2024-10-10\n\n## T\n\n> - item\n"));
    assertStarts(
        List.of(
            "7:3: the abstract is a block quote of one paragraph, but this one goes on with a"
                + " paragraph"),
        problems("# 2024-10-10\n\n## T\n\n> one\n>\n> two\n"));
  }

  @Test
  void refusesATitleOnTwoLinesAndABlankTitle() {
    assertStarts(
        List.of("3:2: the title must be one line"), problems("# 2024-10-10\n\nA\nB\n---\n"));
    assertEquals(
        List.of("3:4: the paper heading has no title"), problems("# 2024-10-10\n\n## &#32;\n"));
    assertEquals(List.of("3:1: the paper heading has no title"), problems("# 2024-10-10\n\n##\n"));
  }

  @Test
  void wordsTheRulesOfTheModelInTheLayoutsTermsWhereTheFieldIs() {
    assertEquals(
        List.of(
            "5:1: the `**Comment:**` text has a carriage return (U+000D at character 2), but lines"
                + " are separated by \\n only"),
        problems("# 2024-10-10\n\n## T\n\n**Comment:** a&#13;b\n"));
    assertEquals(
        List.of(
            "7:1: the `**Translation:**` text has a carriage return (U+000D at character 1),"
                + " but lines are separated by \\n only"),
        problems("# 2024-10-10\n\n## T\n\n> A\n\n**Translation:** &#13;\n"));
    assertEquals(
        List.of("5:6: the tag `#` is empty"), problems("# 2024-10-10\n\n## T\n\n`#a` `#`\n"));
  }

  @Test
  void reportsEveryBrokenDigestAndReadsTheGoodOnesBetween() {
    String archive =
        "# 2024-10-10\n\n## Good\n\n"
            + "# 2024-10-11\n\n## Bad [link](x)\n\n## Also bad\n\n- list\n\n"
            + "# 2024-10-12\n\n## Good again\n\n"
            + "# not a date\n";
    assertStarts(
        List.of(
            "7:8: the title holds a link",
            "11:1: a bullet list has no place in a paper",
            "17:1: expected the digest's date"),
        problems(archive));

    try (DigestIterator digests =
        reader.open(
            new ByteArrayInputStream(archive.getBytes(StandardCharsets.UTF_8)), "archive.md")) {
      assertEquals(LocalDate.of(2024, 10, 10), digests.next().date());
      DigestFormatException broken = assertThrows(DigestFormatException.class, digests::next);
      assertEquals(new SourcePosition(5, 1), digests.position());
      assertEquals(2, broken.diagnostics().size());
      assertEquals(
          "archive.md:7:8: error: the title holds a link, which the layout does not use;"
              + " write `\\[` and `\\]` for literal brackets",
          broken.diagnostics().get(0).toString());
      Digest third = digests.next();
      assertEquals(new SourcePosition(13, 1), digests.position());
      assertEquals(List.of(Paper.builder().title("Good again").build()), third.papers());
      assertThrows(DigestFormatException.class, digests::next);
      assertFalse(digests.hasNext());
    }
  }

  @Test
  void refusesBytesThatAreNotUtf8WithTheirPlace() throws Exception {
    byte[] bytes = "# 2024-10-10\n\n## Tė\u00ff\n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xFF;
    DigestFormatException e =
        assertThrows(
            DigestFormatException.class,
            () -> reader.read(new ByteArrayInputStream(bytes), "bad.md"));
    assertEquals(
        List.of(
            "bad.md:3:6: error: invalid UTF-8: byte 0xFF does not begin any character; save the"
                + " file as UTF-8"),
        e.diagnostics().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void placesBytesThatAreNotUtf8WhateverTheLineEnds() {
    for (String lineEnd : List.of("\r", "\r\n")) {
      byte[] bytes =
          ("# 2024-10-10" + lineEnd + lineEnd + "## T\u00ff" + lineEnd)
              .getBytes(StandardCharsets.UTF_8);
      bytes[bytes.length - lineEnd.length() - 2] = (byte) 0xFF;
      DigestFormatException e =
          assertThrows(
              DigestFormatException.class,
              () -> reader.read(new ByteArrayInputStream(bytes), "bad.md"));
      Diagnostic d = e.diagnostics().get(0);
      assertEquals(
          List.of(3L, 5L),
          List.of(d.line(), d.column()),
          lineEnd.replace("\r", "CR").replace("\n", "LF"));
    }
  }

  @Test
  void readsTheSameTreeHoweverItIsSpelled() {
    Digest expected =
        Digest.builder()
            .date(DAY)
            .addPapers(
                Paper.builder()
                    .title("A * title")
                    .addAuthors("Ann", "Bob, Jr.")
                    .abstractText("line one\nline two")
                    .comment("코멘트")
                    .addTags("x")
                    .build())
            .build();
    String differently =
        "\uFEFF2024-10-10\r\n"
            + "============\r\n"
            + "A &#42; title\r\n"
            + "------------\r\n"
            + "_Ann_,\r\n"
            + "*Bob, Jr.*\r\n"
            + "> line one  \r\n"
            + "line two\r\n"
            + "\r\n"
            + "**Comment:** 코멘트\r\n"
            + "\r\n"
            + "``#x``\r\n";
    assertEquals(expected, reader.read(differently));
  }

  @Test
  void readsOneDigestOrSaysWhereTheSecondBegins() {
    DigestFormatException e =
        assertThrows(
            DigestFormatException.class, () -> reader.read("# 2024-10-10\n\n# 2024-10-11\n"));
    assertStarts(
        List.of("<string>:3:1: error: expected one digest, but another one begins here"),
        e.diagnostics().stream().map(Diagnostic::toString).toList());
    DigestFormatException none =
        assertThrows(DigestFormatException.class, () -> reader.read("\n\n"));
    assertStarts(
        List.of("<string>:1:1: error: expected a digest, but the input holds none"),
        none.diagnostics().stream().map(Diagnostic::toString).toList());
  }
}
