package dev.paperdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.UnwritableDigestException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each limit of the text format: a digest beyond it is refused, with a message naming the paper
 * (its number and title) and the field, before anything of it is written.
 */
class WriterRefusalTest {
  private static final LocalDate DAY = LocalDate.of(2024, 10, 10);
  private static final Paper FINE =
      Paper.builder()
          .title("A fine paper")
          .addAuthors("Kim", "Lee")
          .abstractText("Abstract.")
          .comment("한국어 코멘트")
          .translation("English.")
          .addTags("fine")
          .build();

  @Test
  void aTitleThatReadsAsADateLine() {
    assertRefused(
        PaperField.TITLE,
        p -> p.withTitle("2024년 1월 2일"),
        "`2024년 1월 2일`",
        "its title reads as a date line");
  }

  @Test
  void anAuthorHoldingTheSeparator() {
    assertRefused(
        PaperField.AUTHORS,
        p -> p.withAuthors("Kim", "Lee, Jr."),
        "`A fine paper`",
        "author 2 `Lee, Jr.` contains `, `");
  }

  @Test
  void noTags() {
    assertRefused(PaperField.TAGS, p -> p.withTags(List.of()), "`A fine paper`", "it has no tags");
  }

  @Test
  void anAbstractLineWithHangul() {
    assertRefused(
        PaperField.ABSTRACT,
        p -> p.withAbstractText("fine\nRoPE에서"),
        "`A fine paper`",
        "line 2 of its abstract `RoPE에서` contains Hangul, which would start the comment");
  }

  @Test
  void anAbstractLineThatIsADateLineATagLineOrBlank() {
    assertRefused(
        PaperField.ABSTRACT,
        p -> p.withAbstractText("2024년 1월 2일"),
        "`A fine paper`",
        "line 1 of its abstract `2024년 1월 2일` reads as a date line");
    assertRefused(
        PaperField.ABSTRACT,
        p -> p.withAbstractText("#not #abstract"),
        "`A fine paper`",
        "line 1 of its abstract `#not #abstract` reads as a line of tags");
    assertRefused(
        PaperField.ABSTRACT,
        p -> p.withAbstractText("one\n\nthree"),
        "`A fine paper`",
        "line 2 of its abstract `` is blank");
    assertRefused(
        PaperField.ABSTRACT,
        p -> p.withAbstractText("one\n \u3000"),
        "`A fine paper`",
        "line 2 of its abstract ` \u3000` is blank");
  }

  @Test
  void aTranslationLineWithHangulOrStructure() {
    assertRefused(
        PaperField.TRANSLATION,
        p -> p.withTranslation("English\n(괄호)"),
        "`A fine paper`",
        "line 2 of its translation `(괄호)` contains Hangul, which would make it part of the"
            + " comment");
    assertRefused(
        PaperField.TRANSLATION,
        p -> p.withTranslation("#a"),
        "`A fine paper`",
        "line 1 of its translation `#a` reads as a line of tags");
    assertRefused(
        PaperField.TRANSLATION,
        p -> p.withTranslation("x\n"),
        "`A fine paper`",
        "line 2 of its translation `` is blank");
  }

  @Test
  void aCommentWhoseFirstLineHasNoHangul() {
    assertRefused(
        PaperField.COMMENT,
        p -> p.withComment("formula\n한국어"),
        "`A fine paper`",
        "line 1 of its comment `formula` has no Hangul, so it would read as part of the abstract");
  }

  @Test
  void aCommentWhoseLastLineHasNoHangul() {
    assertRefused(
        PaperField.COMMENT,
        p -> p.withComment("한국어\nη ∝ sqrt(T)"),
        "`A fine paper`",
        "line 2 of its comment `η ∝ sqrt(T)` has no Hangul, so it would read as part of the"
            + " translation");
  }

  @Test
  void aCommentWithADateTagOrBlankLineInside() {
    assertRefused(
        PaperField.COMMENT,
        p -> p.withComment("한국어\n2024년 1월 2일\n한국어"),
        "`A fine paper`",
        "line 2 of its comment `2024년 1월 2일` reads as a date line");
    assertRefused(
        PaperField.COMMENT,
        p -> p.withComment("한국어\n#태그\n한국어"),
        "`A fine paper`",
        "line 2 of its comment `#태그` reads as a line of tags");
    assertRefused(
        PaperField.COMMENT,
        p -> p.withComment("한국어\n\n한국어"),
        "`A fine paper`",
        "line 2 of its comment `` is blank");
  }

  @Test
  void aCommentLineWithoutHangulInsideIsFine() {
    Paper paper = FINE.withComment("한국어\nη ∝ sqrt(T)\n(formula)\n한국어");
    Digest digest = Digest.builder().date(DAY).addPapers(paper).build();
    assertEquals(digest, TextIo.read(TextIo.write(digest)));
  }

  @Test
  void aTranslationWithoutAComment() {
    assertRefused(
        PaperField.TRANSLATION,
        p -> Paper.builder().from(p).comment(Optional.empty()).build(),
        "`A fine paper`",
        "it has a translation but no comment");
  }

  @Test
  void aYearOutsideFourDigits() {
    for (LocalDate date : List.of(LocalDate.of(10000, 1, 1), LocalDate.of(-1, 12, 31))) {
      Digest digest = Digest.builder().date(date).build();
      UnwritableDigestException e =
          assertThrows(UnwritableDigestException.class, () -> TextIo.write(digest));
      assertEquals(
          "the text format cannot hold the digest of "
              + date
              + ": its year is outside 0 to 9999, and dates are written with four-digit years",
          e.getMessage());
      assertEquals("text", e.formatName());
      assertEquals(-1, e.paper(), "the digest as a whole");
      assertEquals(Optional.empty(), e.field());
    }
  }

  /** ESC [2J would clear the screen and BEL ring the bell if a refusal echoed them raw. */
  @Test
  void controlCharactersAreEscapedInRefusals() {
    assertRefused(
        PaperField.ABSTRACT,
        p -> p.withTitle("Ti\u001B[2Jtle").withAbstractText("bell\u0007 한국어"),
        "`Ti\\u001B[2Jtle`",
        "line 1 of its abstract `bell\\u0007 한국어` contains Hangul");
    assertRefused(
        PaperField.AUTHORS,
        p -> p.withAuthors("Kim\u001B, Lee"),
        "`A fine paper`",
        "author 1 `Kim\\u001B, Lee` contains `, `");
    assertRefused(
        PaperField.TAGS,
        p -> p.withTitle("\u0007").withTags(List.of()),
        "`\\u0007`",
        "it has no tags");
  }

  @Test
  void longTitlesAreShortenedInMessages() {
    String title = "A very long title ".repeat(10);
    UnwritableDigestException e =
        assertThrows(
            UnwritableDigestException.class,
            () -> TextIo.write(digest(FINE.withTitle(title).withTags(List.of()))));
    assertTrue(
        e.getMessage().contains("paper 2 `" + title.substring(0, 60) + "…`"), e.getMessage());
  }

  @Test
  void nothingOfARefusedDigestIsWritten() throws Exception {
    Digest good = Digest.builder().date(DAY).addPapers(FINE).build();
    Digest bad = digest(FINE.withTags(List.of()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(
        UnwritableDigestException.class,
        () -> TextIo.TEXT.writer().writeAll(List.of(good, bad), out));
    assertEquals(TextIo.write(good), out.toString(StandardCharsets.UTF_8));
    assertTrue(TextIo.write(good).endsWith("#fine\n"), "the digest written is whole");
  }

  /** A digest whose second paper is {@code second}, after a fine one. */
  private static Digest digest(Paper second) {
    return Digest.builder().date(DAY).addPapers(FINE, second).build();
  }

  private static void assertRefused(
      PaperField field, UnaryOperator<Paper> change, String title, String why) {
    Digest digest = digest(change.apply(FINE));
    UnwritableDigestException e =
        assertThrows(UnwritableDigestException.class, () -> TextIo.write(digest));
    String expectedStart =
        "the text format cannot hold paper 2 " + title + " of the digest of 2024-10-10: " + why;
    assertTrue(e.getMessage().startsWith(expectedStart), () -> "message: " + e.getMessage());
    assertTrue(e.getMessage().chars().noneMatch(c -> c < 0x20), e.getMessage());
    assertEquals("text", e.formatName());
    assertEquals(1, e.paper(), "the second paper, counted from 0");
    assertEquals(Optional.of(field), e.field());
  }
}
