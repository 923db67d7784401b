package dev.paperdigest.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.UnwritableDigestException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hangul typed decomposed (NFD, conjoining jamo, as macOS saves text) or half decomposed reads as
 * precomposed Hangul does, in date lines and in the comment, and is kept as written.
 */
class DecomposedHangulTest {
  // 2024년 10월 10일 as conjoining jamo, and with each syllable less its final consonant.
  private static final String NFD_DATE =
      "2024\u1102\u1167\u11AB 10\u110B\u116F\u11AF 10\u110B\u1175\u11AF";
  private static final String HALF_DECOMPOSED_DATE =
      "2024\uB140\u11AB 10\uC6CC\u11AF 10\uC774\u11AF";

  private static String sample;
  private static Digest sampleDigest;

  @BeforeAll
  static void readSample() throws IOException {
    sample = Files.readString(SampleTest.SAMPLE, StandardCharsets.UTF_8);
    sampleDigest = TextIo.read(sample);
  }

  @Test
  void theSampleSavedInNfdReadsAsTheSampleAndKeepsItsSpelling() {
    String nfd = Normalizer.normalize(sample, Normalizer.Form.NFD);
    assertTrue(nfd.startsWith(NFD_DATE), "the date line is decomposed too");
    Digest digest = TextIo.read(nfd);
    assertEquals(sampleDigest.date(), digest.date());
    assertEquals(sampleDigest, TextIo.nfc(digest));
    assertNotEquals(sampleDigest, digest, "text is kept as written, not normalised");
    Paper rope = digest.papers().get(3);
    assertEquals(
        Normalizer.normalize(
            sampleDigest.papers().get(3).comment().orElseThrow(), Normalizer.Form.NFD),
        rope.comment().orElseThrow());
    // Written back, only the date line is precomposed again.
    String expected = "2024년 10월 10일" + nfd.substring(NFD_DATE.length()) + "\n";
    assertEquals(expected, TextIo.write(digest));
  }

  @Test
  void aSampleWithNfdAndNfcLinesMixedReadsAsTheSample() {
    String[] lines = sample.split("\n", -1);
    for (int i = 0; i < lines.length; i += 2) {
      lines[i] = Normalizer.normalize(lines[i], Normalizer.Form.NFD);
    }
    Digest digest = TextIo.read(String.join("\n", lines));
    assertEquals(sampleDigest, TextIo.nfc(digest));
  }

  @Test
  void eachUnitOfADateLineMayBeSpelledAnyOfThreeWays() {
    String[][] units = {
      {"년", "\u1102\u1167\u11AB", "\uB140\u11AB"},
      {"월", "\u110B\u116F\u11AF", "\uC6CC\u11AF"},
      {"일", "\u110B\u1175\u11AF", "\uC774\u11AF"}
    };
    for (String year : units[0]) {
      for (String month : units[1]) {
        for (String day : units[2]) {
          String line = "2024" + year + " 9" + month + " 05" + day;
          assertEquals(LocalDate.of(2024, 9, 5), TextIo.read(line + "\n").date(), line);
        }
      }
    }
    assertEquals(LocalDate.of(2024, 10, 10), TextIo.read(HALF_DECOMPOSED_DATE).date());
  }

  @Test
  void anIncompleteSpellingIsNoDateLine() {
    // 이 without its final ᆯ, and 녀 without its ᆫ: Hangul text, not a date.
    for (String line : List.of("2024년 10월 10\u110B\u1175", "2024\u1102\u1167 10월 10일")) {
      assertEquals(
          "expected a date line like `2024년 10월 10일` at the start of the file, found `"
              + line
              + "`",
          TextIo.diagnostics(line).get(0).message());
    }
  }

  @Test
  void decomposedHangulMarksTheCommentAsPrecomposedHangulDoes() {
    String comment = Normalizer.normalize("고주파수 차원\nη ∝ sqrt(T)\n(결과)", Normalizer.Form.NFD);
    Paper paper =
        TextIo.read(NFD_DATE + "\nTitle\n(A)\nabstract\n" + comment + "\nEnglish\n#t\n")
            .papers()
            .get(0);
    assertEquals(Optional.of("abstract"), paper.abstractText());
    assertEquals(Optional.of(comment), paper.comment());
    assertEquals(Optional.of("English"), paper.translation());
  }

  @Test
  void theWriterRefusesADecomposedDateLineWhereTheReaderWouldSeeOne() {
    Paper fine = Paper.builder().title("Fine").addAuthors("A").comment("한국어").addTags("t").build();
    Digest titled =
        Digest.builder().date(LocalDate.of(2024, 1, 1)).addPapers(fine.withTitle(NFD_DATE)).build();
    UnwritableDigestException e =
        assertThrows(UnwritableDigestException.class, () -> TextIo.write(titled));
    assertTrue(e.getMessage().contains("its title reads as a date line"), e.getMessage());
    Digest inComment =
        Digest.builder()
            .date(LocalDate.of(2024, 1, 1))
            .addPapers(fine.withComment("한국어\n" + HALF_DECOMPOSED_DATE + "\n한국어"))
            .build();
    e = assertThrows(UnwritableDigestException.class, () -> TextIo.write(inComment));
    assertTrue(e.getMessage().contains("reads as a date line"), e.getMessage());
  }

  @Test
  void decomposedTextIsWrittenBackByteForByte() {
    String text =
        "2024년 1월 1일\n"
            + Normalizer.normalize("한국어 제목\n(김철수, Lee)\n코멘트\n#태그\n", Normalizer.Form.NFD);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(bytes, TextIo.writeAll(TextIo.readAll(bytes)));
  }
}
