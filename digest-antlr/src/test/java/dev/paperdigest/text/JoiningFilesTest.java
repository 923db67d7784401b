package dev.paperdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.SourcePosition;
import dev.paperdigest.core.UnwritableDigestException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Files joined with {@code cat}: a file without a final line end glues the next file's date line to
 * its last line, which the reader refuses rather than merge two digests; files the writer wrote
 * join safely.
 */
class JoiningFilesTest {
  private static final String GLUED =
      " is a date line glued to the end of a line: a line end is missing before it, as when `cat"
          + " a.txt b.txt` joins a file that lacks its final line end; put the date on a line of"
          + " its own";

  private static final String MONDAY =
      """
      2024년 10월 14일
      A paper
      (Kim, Lee)
      An abstract.
      한국어 코멘트
      An English translation.
      #tag\
      """;

  private static final String TUESDAY =
      """
      2024년 10월 15일
      Another paper
      (Park)
      #other
      """;

  @Test
  void aDateGluedToATagLineIsRefusedWhereTheDateBegins() {
    List<Diagnostic> found = TextIo.diagnostics(MONDAY + TUESDAY);
    assertEquals(List.of(Diagnostic.error(TextIo.SOURCE, 7, 5, "`2024년 10월 15일`" + GLUED)), found);
  }

  @Test
  void theDigestBeforeReadsWholeAndTheOneGluedOnFails() {
    byte[] joined = (MONDAY + TUESDAY).getBytes(StandardCharsets.UTF_8);
    try (DigestIterator digests =
        TextIo.TEXT.reader().open(new ByteArrayInputStream(joined), "joined.txt")) {
      Digest monday = digests.next();
      assertEquals(TextIo.read(MONDAY), monday);
      assertEquals(List.of("tag"), monday.papers().get(0).tags());
      DigestFormatException e = assertThrows(DigestFormatException.class, digests::next);
      assertEquals(1, e.diagnostics().size());
      assertEquals(new SourcePosition(7, 5), digests.position());
      assertFalse(digests.hasNext());
    }
  }

  @Test
  void theSampleJoinedToTheNextDayFailsValidation() throws IOException {
    String sample = Files.readString(SampleTest.SAMPLE, StandardCharsets.UTF_8);
    String nextDay = sample.replace("2024년 10월 10일", "2024년 10월 11일");
    List<Diagnostic> found = TextIo.diagnostics(sample + nextDay);
    assertEquals(1, found.size(), found.toString());
    assertEquals(new SourcePosition(56, 14), found.get(0).position());
  }

  @Test
  void aDateGluedToAnyTagLineIsRefused() {
    for (String tags : List.of("#a #b", "##x", "#12", "#태그", " #t\u3000#u")) {
      String text = "2024년 1월 1일\nTitle\n(A)\n" + tags + "2024년 1월 2일\nT\n(A)\n#t";
      List<Diagnostic> found = TextIo.diagnostics(text);
      long column = tags.codePointCount(0, tags.length()) + 1;
      assertEquals(
          List.of(Diagnostic.error(TextIo.SOURCE, 4, column, "`2024년 1월 2일`" + GLUED)),
          found,
          tags);
    }
  }

  /** A file that lacks its tag line as well as its final line end: both are reported. */
  @Test
  void aDateGluedToTextIsRefusedAndTheEntryBeforeLacksItsTagLine() {
    List<Diagnostic> found =
        TextIo.diagnostics("2024년 1월 1일\nTitle\n(A)\n한국어\nEnglish.2024년 1월 2일\n");
    assertEquals(
        List.of(
            Diagnostic.error(
                TextIo.SOURCE,
                5,
                9,
                "the entry `Title` from line 2 has no tag line: expected a line of tags like `#tag`"
                    + " before the next date line"),
            Diagnostic.error(TextIo.SOURCE, 5, 9, "`2024년 1월 2일`" + GLUED)),
        found);
  }

  @Test
  void aDecomposedDateGluedOnIsRefusedToo() {
    String date = "2024\u1102\u1167\u11AB 1\u110B\u116F\u11AF 2\u110B\u1175\u11AF";
    List<Diagnostic> found = TextIo.diagnostics("2024년 1월 1일\nT\n(A)\n#t" + date);
    assertEquals(List.of(Diagnostic.error(TextIo.SOURCE, 4, 3, "`" + date + "`" + GLUED)), found);
  }

  @Test
  void severalDatesGluedTogetherAreEachRefused() {
    List<Diagnostic> found = TextIo.diagnostics("2024년 1월 1일\nT\n(A)\n#t2024년 1월 2일2024년 1월 3일");
    assertEquals(
        List.of(
            Diagnostic.error(TextIo.SOURCE, 4, 3, "`2024년 1월 2일`" + GLUED),
            Diagnostic.error(TextIo.SOURCE, 4, 14, "`2024년 1월 3일`" + GLUED)),
        found);
  }

  @Test
  void aDateAfterAByteOrderMarkInTheMiddleIsRefusedAndTheMarkDropped() {
    String text = MONDAY + "\n\uFEFF" + TUESDAY;
    List<Diagnostic> found = TextIo.diagnostics(text);
    assertEquals(
        List.of(
            Diagnostic.error(
                TextIo.SOURCE,
                8,
                2,
                "`2024년 10월 15일` follows a byte-order mark (U+FEFF) in the middle of the input, as"
                    + " when `cat a.txt b.txt` joins files saved with one; remove the mark")),
        found);
  }

  /** Text that only looks like it: legitimate lines the reader must not refuse. */
  @Test
  void aDateAfterWhitespaceOrFollowedByTextIsOrdinaryText() {
    Paper paper =
        TextIo.read(
                """
                2024년 1월 1일
                Title
                (A)
                발표: 2024년 10월 11일
                2024년 10월 11일.
                \u00A02024년 10월 11일
                #t
                """)
            .papers()
            .get(0);
    assertEquals(
        Optional.of("발표: 2024년 10월 11일\n2024년 10월 11일.\n\u00A02024년 10월 11일"), paper.comment());
  }

  @Test
  void filesTheWriterWroteJoinSafely() {
    Digest monday = TextIo.read(MONDAY);
    Digest tuesday = TextIo.read(TUESDAY);
    String joined = TextIo.write(monday) + TextIo.write(tuesday);
    assertEquals(List.of(monday, tuesday), TextIo.readAll(joined));
    assertEquals(joined, TextIo.writeAllAsString(List.of(monday, tuesday)));
  }

  @Test
  void theWriterRefusesATitleOrLineThatEndsWithAGluedDate() {
    Paper fine = TextIo.read(MONDAY).papers().get(0);
    LocalDate day = LocalDate.of(2024, 10, 14);
    UnwritableDigestException e =
        assertThrows(
            UnwritableDigestException.class,
            () ->
                TextIo.write(
                    Digest.builder().date(day).addPapers(fine.withTitle("x2024년 1월 1일")).build()));
    assertTrue(
        e.getMessage()
            .endsWith(
                "its title ends with a date line glued to the text before it,"
                    + " which the reader refuses as a missing line end"),
        e.getMessage());
    e =
        assertThrows(
            UnwritableDigestException.class,
            () ->
                TextIo.write(
                    Digest.builder()
                        .date(day)
                        .addPapers(fine.withTranslation("Published on2024년 1월 1일"))
                        .build()));
    assertTrue(
        e.getMessage()
            .endsWith(
                "line 1 of its translation `Published on2024년 1월 1일` ends with a date line glued"
                    + " to the text before it, which the reader refuses as a missing line end"),
        e.getMessage());
  }
}
