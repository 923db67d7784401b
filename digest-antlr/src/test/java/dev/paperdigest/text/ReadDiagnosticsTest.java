package dev.paperdigest.text;

import static dev.paperdigest.text.TextIo.diagnostics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken input: where the diagnostics point, what they say, and how reading carries on. */
class ReadDiagnosticsTest {

  @Test
  void aMissingAuthorsLineIsReportedWhereItShouldBe() {
    List<Diagnostic> found = diagnostics("2024년 1월 1일\nA Title\nAn abstract line\n코멘트\n#t");
    assertEquals(
        List.of(
            Diagnostic.error(
                TextIo.SOURCE,
                3,
                1,
                "expected an authors line like `(Name, Name)` after the title `A Title`")),
        found);
    assertEquals(
        "digest.txt:3:1: error: expected an authors line like `(Name, Name)` after the title `A"
            + " Title`",
        found.get(0).toString());
  }

  @Test
  void aTitleAtTheEndOfTheFileLacksItsAuthors() {
    List<Diagnostic> found = diagnostics("2024년 1월 1일\nA Title\n");
    assertEquals(
        List.of(
            Diagnostic.error(
                TextIo.SOURCE,
                3,
                1,
                "expected an authors line like `(Name, Name)` after the title `A Title`, found the"
                    + " end of the file")),
        found);
  }

  @Test
  void aRepeatedTagLineIsExplained() {
    List<Diagnostic> found = diagnostics("2024년 1월 1일\nTitle\n(A)\n#t\n#t\nNext\n(B)\n#u");
    assertEquals(1, found.size());
    assertEquals(6, found.get(0).line());
    assertTrue(found.get(0).message().contains("after the title `#t`"));
    assertTrue(found.get(0).message().contains("a line of tags right after a tag line"));
  }

  @Test
  void aMissingTagLineBeforeTheNextDateLine() {
    byte[] input = utf8("2024년 1월 1일\nTitle\n(A)\nabstract\n2024년 1월 2일\nNext\n(B)\n#u");
    try (DigestIterator digests =
        TextIo.TEXT.reader().open(new ByteArrayInputStream(input), "a.txt")) {
      DigestFormatException e = assertThrows(DigestFormatException.class, digests::next);
      assertEquals(
          List.of(
              Diagnostic.error(
                  "a.txt",
                  5,
                  1,
                  "the entry `Title` from line 2 has no tag line:"
                      + " expected a line of tags like `#tag` before the next date line")),
          e.diagnostics());
      assertEquals(new SourcePosition(1, 1), digests.position());
      assertTrue(digests.hasNext(), "reading goes on at the next date line");
      Digest next = digests.next();
      assertEquals(LocalDate.of(2024, 1, 2), next.date());
      assertEquals(new SourcePosition(5, 1), digests.position());
      assertFalse(digests.hasNext());
    }
  }

  @Test
  void aMissingTagLineAtTheEndOfTheFile() {
    assertEquals(
        List.of(
            Diagnostic.error(
                TextIo.SOURCE,
                5,
                1,
                "the entry `Title` from line 2 has no tag line:"
                    + " expected a line of tags like `#tag` before the end of the file")),
        diagnostics("2024년 1월 1일\nTitle\n(A)\n한국어\nEnglish"));
  }

  @Test
  void textBeforeTheFirstDateLineIsReportedOnceAndReadingGoesOn() {
    byte[] input = utf8("Title\n(A)\n#t\nmore junk\n2024년 1월 1일\nTitle\n(A)\n#t");
    try (DigestIterator digests =
        TextIo.TEXT.reader().open(new ByteArrayInputStream(input), "a.txt")) {
      DigestFormatException e = assertThrows(DigestFormatException.class, digests::next);
      assertEquals(
          List.of(
              Diagnostic.error(
                  "a.txt",
                  1,
                  1,
                  "expected a date line like `2024년 10월 10일` at the start of the file, found"
                      + " `Title`")),
          e.diagnostics());
      assertEquals(1, digests.next().papers().size());
      assertFalse(digests.hasNext());
    }
    assertEquals(1, diagnostics("no date at all\nanywhere").size());
  }

  @Test
  void anImpossibleDate() {
    assertEquals(
        List.of(
            Diagnostic.error(
                TextIo.SOURCE,
                1,
                1,
                "`2024년 2월 30일` is not a date: there is no February 30 in 2024")),
        diagnostics("2024년 2월 30일\nTitle\n(A)\n#t"));
    assertEquals(
        List.of(
            Diagnostic.error(
                TextIo.SOURCE, 1, 1, "`2023년 13월 1일` is not a date: there is no month 13"),
            Diagnostic.error(
                TextIo.SOURCE, 2, 1, "`2023년 0월 1일` is not a date: there is no month 0"),
            Diagnostic.error(
                TextIo.SOURCE,
                3,
                1,
                "`2023년 2월 29일` is not a date: there is no February 29 in 2023")),
        diagnostics("2023년 13월 1일\n2023년 0월 1일\n2023년 2월 29일\n2024년 2월 29일"));
  }

  @Test
  void everyBlankAuthorNameIsReportedAtItsColumn() {
    List<Diagnostic> found = diagnostics("2024년 1월 1일\nTitle\n(Kim, , Lee,  )\n#t");
    String hint = ": names are separated by `, ` with a name on each side, like `(Name, Name)`";
    assertEquals(
        List.of(
            Diagnostic.error(TextIo.SOURCE, 3, 7, "author 2 of the authors line is blank" + hint),
            Diagnostic.error(TextIo.SOURCE, 3, 14, "author 4 of the authors line is blank" + hint)),
        found);
  }

  @Test
  void invalidUtf8IsReportedWithLineAndColumn() {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(utf8("2024년 1월 1일\nTitle\n(A)\n가나다 "));
    input.write(0xC3);
    input.writeBytes(utf8("x\nEnglish "));
    input.writeBytes(new byte[] {(byte) 0xE3, (byte) 0x81});
    input.writeBytes(utf8("\n#t"));
    List<Diagnostic> found = diagnostics(input.toByteArray());
    assertEquals(
        List.of(
            Diagnostic.error(
                TextIo.SOURCE,
                4,
                5,
                "invalid UTF-8: byte 0xC3 begins a character that does not end;"
                    + " save the file as UTF-8"),
            Diagnostic.error(
                TextIo.SOURCE,
                5,
                9,
                "invalid UTF-8: bytes 0xE3 0x81 do not form a character;"
                    + " save the file as UTF-8")),
        found);
  }

  @Test
  void invalidUtf8DoesNotHideStructuralProblems() {
    byte[] input = {'2', '0', '2', '4', (byte) 0xFF};
    List<Diagnostic> found = diagnostics(input);
    assertEquals(2, found.size());
    assertTrue(found.get(0).message().startsWith("expected a date line"));
    assertTrue(found.get(1).message().startsWith("invalid UTF-8: byte 0xFF"));
    assertEquals(5, found.get(1).column());
  }

  /** ESC [2J would clear the screen and BEL ring the bell if a message echoed them raw. */
  @Test
  void controlCharactersOfTheInputAreEscapedInMessages() {
    List<Diagnostic> found =
        diagnostics(
            "junk \u001B[2J\n"
                + "2024년 1월 1일\n"
                + "Ti\u0007tle\n"
                + "#a\n"
                + "T\n"
                + "(A)\n"
                + "#t\u001B\n"
                + "#t\u001B\n"
                + "Next\n"
                + "(B)\n"
                + "#u");
    assertEquals(
        List.of(
            "expected a date line like `2024년 10월 10일` at the start of the file, found `junk"
                + " \\u001B[2J`",
            "expected an authors line like `(Name, Name)` after the title `Ti\\u0007tle`",
            "expected an authors line like `(Name, Name)` after the title `#t\\u001B` (a line of"
                + " tags right after a tag line or a date line starts a new entry as its title)"),
        found.stream().map(Diagnostic::message).toList());
    for (Diagnostic d : found) {
      assertTrue(d.toString().chars().noneMatch(c -> c < 0x20), d.toString());
    }
  }

  @Test
  void aReplacementCharacterInTheFileIsNotAnError() {
    assertEquals(List.of(), diagnostics("2024년 1월 1일\nTitle \uFFFD\n(A)\n#t"));
  }

  @Test
  void everyBrokenEntryIsReportedAndTheGoodOnesAroundThemAreNot() {
    String good1 = "Good one\n(A)\nabstract\n#a\n";
    String broken1 = "Broken one\nno authors here\n한국어\n#b\n";
    String good2 = "Good two\n(B)\n#c\n";
    String broken2 = "Broken two\n#d\n";
    String good3 = "Good three\n()\n코멘트\n#e";
    List<Diagnostic> found =
        diagnostics("2024년 1월 1일\n" + good1 + broken1 + good2 + broken2 + good3);
    assertEquals(List.of(7L, 14L), found.stream().map(Diagnostic::line).toList(), found.toString());
    assertTrue(found.get(0).message().contains("`Broken one`"));
    assertTrue(found.get(1).message().contains("`Broken two`"));
    assertEquals(3, TextIo.read("2024년 1월 1일\n" + good1 + good2 + good3).papers().size());
  }

  @Test
  void brokenDigestsOfAnArchiveAreEachReported() {
    String text = "2024년 1월 1일\nT\n#x\n2024년 1월 2일\nT\n(A)\n#t\n2024년 2월 31일\n2024년 1월 4일\nT";
    List<Diagnostic> found = diagnostics(text);
    assertEquals(
        List.of(3L, 8L, 10L), found.stream().map(Diagnostic::line).toList(), found.toString());
    DigestFormatException e = assertThrows(DigestFormatException.class, () -> TextIo.readAll(text));
    assertEquals(found, e.diagnostics());
  }

  @Test
  void messagesNeverUseGrammarWords() {
    String text = "2024년 1월 1일\nT\n#x\n(A)\n2024년 1월 2일\nT\n(A)\n2024년 1월 3일\nT";
    for (Diagnostic d : diagnostics(text)) {
      TextDigestAssertions.assertReadableMessage(d);
    }
  }

  @Test
  void readingIsLazyAndGoesOnForever() {
    byte[] day = utf8("2024년 1월 1일\nTitle\n(A)\nabstract\n한국어\n#t\n");
    java.io.InputStream endless =
        new java.io.InputStream() {
          private long position;

          @Override
          public int read() {
            return day[(int) (position++ % day.length)] & 0xFF;
          }
        };
    try (DigestIterator digests = TextIo.TEXT.reader().open(endless, "endless")) {
      for (int i = 0; i < 2000; i++) {
        assertEquals(1, digests.next().papers().size());
      }
      assertEquals(new SourcePosition(1999 * 6 + 1, 1), digests.position());
    }
  }

  @Test
  void theFormatIsRegisteredByNameAndExtension() {
    DigestFormats formats = DigestFormats.load();
    DigestFormat byName = formats.byName("text").orElseThrow();
    assertSame(TextFormat.class, byName.getClass());
    assertSame(TextFormat.class, formats.byPath(Path.of("x.txt")).orElseThrow().getClass());
    assertEquals(List.of(".txt"), byName.extensions());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
