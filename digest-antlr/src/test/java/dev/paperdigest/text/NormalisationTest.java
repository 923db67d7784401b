package dev.paperdigest.text;

import static dev.paperdigest.text.TextIo.read;
import static dev.paperdigest.text.TextIo.readAll;
import static dev.paperdigest.text.TextIo.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text that is not canonical reads, and writing it back gives the canonical form, once and for all.
 */
class NormalisationTest {
  private static String sample;
  private static Digest sampleDigest;

  @BeforeAll
  static void readSample() throws IOException {
    sample = Files.readString(SampleTest.SAMPLE, StandardCharsets.UTF_8);
    sampleDigest = read(sample);
  }

  @Test
  void crlfLineEndsRead() {
    assertNormalisesToSample(sample.replace("\n", "\r\n"));
  }

  @Test
  void loneCarriageReturnsRead() {
    assertNormalisesToSample(sample.replace("\n", "\r"));
  }

  @Test
  void mixedLineEndsRead() {
    String[] lines = sample.split("\n");
    StringBuilder mixed = new StringBuilder();
    String[] ends = {"\n", "\r\n", "\r"};
    for (int i = 0; i < lines.length; i++) {
      mixed.append(lines[i]).append(ends[i % 3]);
    }
    assertNormalisesToSample(mixed.toString());
  }

  @Test
  void aByteOrderMarkAtTheStartIsDropped() {
    assertNormalisesToSample("\uFEFF" + sample);
  }

  @Test
  void aByteOrderMarkElsewhereIsText() {
    Digest digest = read("2024년 1월 1일\n\uFEFFTitle\n()\n#t");
    assertEquals("\uFEFFTitle", digest.papers().get(0).title());
    assertEquals(
        List.of(
            Diagnostic.error(
                TextIo.SOURCE,
                1,
                2,
                "`2024년 1월 1일` follows a byte-order mark (U+FEFF) in the middle of the input, as"
                    + " when `cat a.txt b.txt` joins files saved with one; remove the mark")),
        TextIo.diagnostics("\uFEFF\uFEFF2024년 1월 1일"),
        "only the first byte-order mark is dropped");
  }

  @Test
  void blankAndWhitespaceOnlyLinesAreDropped() {
    String[] blanks = {
      "", " ", "\t", "\u3000", "\u00A0 ", "\u000B", "\u000C", "\u0085", "\u2028", "\u205F"
    };
    String[] lines = sample.split("\n");
    StringBuilder noisy = new StringBuilder(blanks[1]).append('\n');
    for (int i = 0; i < lines.length; i++) {
      noisy.append(lines[i]).append('\n').append(blanks[i % blanks.length]).append('\n');
    }
    assertNormalisesToSample(noisy.toString());
  }

  @Test
  void theFinalLineEndMayBeMissingOrRepeated() {
    assertNormalisesToSample(sample);
    assertNormalisesToSample(sample + "\n");
    assertNormalisesToSample(sample + "\r\n");
    assertNormalisesToSample(sample + "\r");
    assertNormalisesToSample(sample + "\n\n \n");
  }

  @Test
  void leadingZerosInTheDateRead() {
    Digest digest = read("2024년 09월 05일\nTitle\n(A)\n#t");
    assertEquals(LocalDate.of(2024, 9, 5), digest.date());
    assertEquals("2024년 9월 5일\nTitle\n(A)\n#t\n", write(digest));
  }

  @Test
  void yearsBelowOneThousandKeepFourDigits() {
    Digest digest = Digest.builder().date(LocalDate.of(7, 3, 4)).build();
    assertEquals("0007년 3월 4일\n", write(digest));
    assertEquals(digest, read("0007년 3월 4일"));
    assertEquals(LocalDate.of(0, 1, 1), read("0000년 1월 1일").date());
  }

  @Test
  void tagsSeparatedByAnyWhitespaceRead() {
    Digest digest = read("2024년 1월 1일\nTitle\n(A)\n \u3000#scaling-law \t #moe\u00A0#x  ");
    assertEquals(List.of("scaling-law", "moe", "x"), digest.papers().get(0).tags());
    assertEquals("2024년 1월 1일\nTitle\n(A)\n#scaling-law #moe #x\n", write(digest));
  }

  @Test
  void onlyTheFirstHashOfATagIsDropped() {
    Digest digest = read("2024년 1월 1일\nTitle\n(A)\n##x #a#b");
    assertEquals(List.of("#x", "a#b"), digest.papers().get(0).tags());
    assertEquals("2024년 1월 1일\nTitle\n(A)\n##x #a#b\n", write(digest));
  }

  @Test
  void trailingSpacesAreData() {
    Paper paper = read("2024년 1월 1일\nTitle  \n(A )\nAbstract \n한국어 \nEnglish \n#t").papers().get(0);
    assertEquals("Title  ", paper.title());
    assertEquals(List.of("A "), paper.authors());
    assertEquals(Optional.of("Abstract "), paper.abstractText());
    assertEquals(Optional.of("한국어 "), paper.comment());
    assertEquals(Optional.of("English "), paper.translation());
  }

  @Test
  void linesThatOnlyLookLikeTagsAreText() {
    Paper paper = read("2024년 1월 1일\nTitle\n(A)\n#1 takeaway: it works\n#\n# \n#t").papers().get(0);
    assertEquals(Optional.of("#1 takeaway: it works\n#\n# "), paper.abstractText());
    assertEquals(List.of("t"), paper.tags());
  }

  @Test
  void anyLineButADateLineIsATitle() {
    List<Paper> papers =
        read("2024년 1월 1일\n#InsTag: Instruction Tagging\n()\n#a\n#b\n(X)\n#c\n"
                + "(Parenthesised) title\n()\n#d\n한국어 제목\n()\n#e")
            .papers();
    assertEquals(
        List.of("#InsTag: Instruction Tagging", "#b", "(Parenthesised) title", "한국어 제목"),
        papers.stream().map(Paper::title).toList());
  }

  @Test
  void authorsAreSplitOnCommaSpaceOnly() {
    assertEquals(List.of(), authorsOf("()"));
    assertEquals(List.of("a,b"), authorsOf("(a,b)"));
    assertEquals(List.of(" a", " b "), authorsOf("( a,  b )"));
    assertEquals(List.of("x,", "y) (z"), authorsOf("(x,, y) (z)"));
    assertEquals(List.of("김철수", "Petar Veličković"), authorsOf("(김철수, Petar Veličković)"));
  }

  @Test
  void aCommentRunsFromTheFirstToTheLastHangulLine() {
    Paper paper =
        read("2024년 1월 1일\nTitle\n(A)\nabstract\n(aside)\n첫 줄\nη ∝ sqrt(T)\n(둘째)\n"
                + "translation\n(more)\n#t")
            .papers()
            .get(0);
    assertEquals(Optional.of("abstract\n(aside)"), paper.abstractText());
    assertEquals(Optional.of("첫 줄\nη ∝ sqrt(T)\n(둘째)"), paper.comment());
    assertEquals(Optional.of("translation\n(more)"), paper.translation());
  }

  @Test
  void decomposedHangulAndCompatibilityJamoCount() {
    // U+1112 U+1161 U+11AB: 한 as conjoining jamo; U+314B: compatibility jamo ㅋ.
    Paper paper =
        read("2024년 1월 1일\nTitle\n(A)\n\u1112\u1161\u11AB\nㅋㅋ\nEnglish\n#t").papers().get(0);
    assertEquals(Optional.empty(), paper.abstractText());
    assertEquals(Optional.of("\u1112\u1161\u11AB\nㅋㅋ"), paper.comment());
  }

  @Test
  void aDigestMayHaveNoPapersAndAnArchiveHoldsSeveralDigests() {
    List<Digest> digests = readAll("2024년 1월 1일\n2024년 1월 2일\nTitle\n()\n#t\n2024년 1월 3일");
    assertEquals(3, digests.size());
    assertEquals(0, digests.get(0).papers().size());
    assertEquals(1, digests.get(1).papers().size());
    assertEquals(0, digests.get(2).papers().size());
    assertEquals(
        "2024년 1월 1일\n2024년 1월 2일\nTitle\n()\n#t\n2024년 1월 3일\n", TextIo.writeAllAsString(digests));
  }

  @Test
  void writingAnArchiveOfOneIsWritingTheDigest() {
    assertEquals(write(sampleDigest), TextIo.writeAllAsString(List.of(sampleDigest)));
  }

  private static List<String> authorsOf(String authorsLine) {
    return read("2024년 1월 1일\nTitle\n" + authorsLine + "\n#t").papers().get(0).authors();
  }

  private static void assertNormalisesToSample(String noisy) {
    Digest digest = read(noisy);
    assertEquals(sampleDigest, digest);
    String canonical = write(digest);
    assertEquals(sample + "\n", canonical);
    assertEquals(canonical, write(read(canonical)), "normalising twice changes nothing more");
  }
}
