package dev.paperdigest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.UnicodeText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DigestGeneratorsTest {

  private static final long SEED = 20241010L;

  private static <T> List<T> sample(org.quicktheories.core.Gen<T> gen, int n) {
    List<T> seen = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(seen::add);
    return seen;
  }

  private static void assertSomeLine(List<String> lines, String what, Predicate<String> test) {
    assertTrue(lines.stream().anyMatch(test), "no generated line has " + what);
  }

  @Test
  void linesCoverTheAdversarialCases() {
    List<String> lines = sample(DigestGenerators.lines(), 1500);
    assertSomeLine(
        lines, "a supplementary-plane code point", l -> l.codePoints().anyMatch(cp -> cp > 0xFFFF));
    assertSomeLine(
        lines, "a code point beyond plane 2", l -> l.codePoints().anyMatch(cp -> cp >= 0x30000));
    assertSomeLine(
        lines,
        "a precomposed Hangul syllable",
        l -> l.codePoints().anyMatch(cp -> cp >= 0xAC00 && cp <= 0xD7A3));
    assertSomeLine(
        lines,
        "conjoining (decomposed) Hangul jamo",
        l -> l.codePoints().anyMatch(cp -> cp >= 0x1100 && cp <= 0x11FF));
    assertSomeLine(lines, "a Markdown emphasis character", l -> l.contains("*") || l.contains("_"));
    assertSomeLine(lines, "a LaTeX command", l -> l.contains("\\textbf"));
    assertSomeLine(lines, "HTML-like text", l -> l.contains("<br>") || l.contains("<div>"));
    assertSomeLine(
        lines, "a start like a list item", l -> l.startsWith("1. ") || l.startsWith("- "));
    assertSomeLine(lines, "a start with '#'", l -> l.startsWith("#"));
    assertSomeLine(lines, "a start with '('", l -> l.startsWith("("));
    assertSomeLine(
        lines, "a start with a digit", l -> !l.isEmpty() && Character.isDigit(l.charAt(0)));
    assertSomeLine(
        lines, "leading whitespace", l -> !l.isEmpty() && Character.isWhitespace(l.charAt(0)));
    assertSomeLine(lines, "more than 1000 characters", l -> l.length() > 1000);
    assertSomeLine(
        lines,
        "a date spelled in conjoining jamo",
        l -> l.contains("\u1102\u1167\u11AB ") && l.contains("\u110B\u1175\u11AF"));
    assertSomeLine(lines, "a date glued to the end of text", TextShape::endsWithGluedDate);
    assertSomeLine(
        lines,
        "a syllable followed by its final consonant",
        l -> l.matches("(?s).*[\uAC00-\uD7A3][\u11A8-\u11C2].*"));
    for (String line : lines) {
      assertFalse(line.contains("\n") || line.contains("\r"), "a line holds a line break: " + line);
      // A lone surrogate would not survive the trip through UTF-8.
      assertEquals(
          line,
          new String(
              line.getBytes(java.nio.charset.StandardCharsets.UTF_8),
              java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void papersSometimesLackEachOptionalPartAndSometimesHaveIt() {
    List<Paper> papers = sample(DigestGenerators.papers(), 400);
    assertTrue(papers.stream().anyMatch(p -> p.abstractText().isEmpty()));
    assertTrue(papers.stream().anyMatch(p -> p.abstractText().isPresent()));
    assertTrue(
        papers.stream().anyMatch(p -> p.translation().isPresent() && p.comment().isEmpty()),
        "the model allows a translation without a comment, so the generator must produce one");
    assertTrue(papers.stream().anyMatch(p -> p.authors().isEmpty()));
    assertTrue(papers.stream().anyMatch(p -> p.tags().isEmpty()));
    assertTrue(
        papers.stream()
            .anyMatch(
                p ->
                    p.abstractText().orElse("").contains("\n\n")
                        || p.comment().orElse("").contains("\n\n")
                        || p.translation().orElse("").startsWith("\n")),
        "multi-line text with an empty line must occur");
  }

  @Test
  void textPapersKeepToTheTextFormatsShape() {
    List<Paper> papers = sample(DigestGenerators.textPapers(), 400);
    assertTrue(papers.stream().anyMatch(p -> p.translation().isPresent()));
    for (Paper paper : papers) {
      assertFalse(paper.tags().isEmpty(), "the text format needs a tag line");
      assertFalse(TextShape.isDateLine(paper.title()));
      paper.authors().forEach(a -> assertFalse(a.contains(", "), a));
      paper.abstractText().ifPresent(t -> assertFalse(TextShape.hasHangul(t), t));
      paper
          .translation()
          .ifPresent(
              t -> {
                assertFalse(TextShape.hasHangul(t), t);
                assertTrue(paper.comment().isPresent(), "a translation without a comment");
              });
      paper
          .comment()
          .ifPresent(
              c -> {
                String[] lines = c.split("\n", -1);
                assertTrue(
                    TextShape.hasHangul(lines[0]) && TextShape.hasHangul(lines[lines.length - 1]),
                    c);
                for (String line : lines) {
                  assertFalse(TextShape.isTagLine(line) || TextShape.isDateLine(line), line);
                }
              });
    }
  }

  @Test
  void suspectPapersHoldAnAuthorWithTheSeparatorOrATagWithAHash() {
    List<Paper> papers = sample(DigestGenerators.suspectPapers(), 300);
    Predicate<Paper> author = p -> p.authors().stream().anyMatch(a -> a.contains(", "));
    Predicate<Paper> tag = p -> p.tags().stream().anyMatch(t -> t.startsWith("#"));
    for (Paper paper : papers) {
      assertTrue(author.test(paper) || tag.test(paper), paper.toString());
    }
    assertTrue(papers.stream().anyMatch(author.and(tag.negate())));
    assertTrue(papers.stream().anyMatch(tag.and(author.negate())));
    assertTrue(papers.stream().anyMatch(author.and(tag)));
    for (Digest digest : sample(DigestGenerators.suspectDigests(), 100)) {
      assertTrue(digest.papers().stream().anyMatch(author.or(tag)), digest.toString());
    }
  }

  @Test
  void noisyTextSpellsDatesEveryWay() {
    Digest digest = Digest.builder().date(java.time.LocalDate.of(2024, 10, 10)).build();
    Set<String> dateLines = new HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      String text = TextDocuments.noisy(List.of(digest), seed).replace("\uFEFF", "");
      // Blank lines may come first.
      String dateLine =
          Arrays.stream(text.split("\r\n|\r|\n", -1))
              .filter(l -> !UnicodeText.isBlank(l))
              .findFirst()
              .orElseThrow();
      assertTrue(TextShape.isDateLine(dateLine), dateLine);
      dateLines.add(dateLine);
    }
    assertTrue(dateLines.contains("2024년 10월 10일"));
    assertTrue(
        dateLines.contains("2024\u1102\u1167\u11AB 10\u110B\u116F\u11AF 10\u110B\u1175\u11AF"));
    assertTrue(dateLines.contains("2024\uB140\u11AB 10\uC6CC\u11AF 10\uC774\u11AF"));
  }

  @Test
  void tagLinesAndDateLinesAreRecognisedAsTheFormatDefinesThem() {
    assertTrue(TextShape.isTagLine("#scaling-law #moe"));
    assertTrue(TextShape.isTagLine(" #a\u3000#b "));
    assertFalse(TextShape.isTagLine("#1 takeaway: scale"));
    assertFalse(TextShape.isTagLine("#"));
    assertFalse(TextShape.isTagLine("   "));
    assertTrue(TextShape.isDateLine("2024년 9월 5일"));
    assertTrue(TextShape.isDateLine("2024\u1102\u1167\u11AB 9\uC6CC\u11AF 5일"));
    assertFalse(TextShape.isDateLine("2024년 9월 5일 "));
    assertTrue(TextShape.endsWithGluedDate("#tag2024년 9월 5일"));
    assertTrue(TextShape.endsWithGluedDate("12024년 9월 5일"));
    assertFalse(TextShape.endsWithGluedDate("2024년 9월 5일"));
    assertFalse(TextShape.endsWithGluedDate("발표: 2024년 9월 5일"));
    assertFalse(TextShape.endsWithGluedDate("x2024년 9월 5일."));
  }

  @Test
  void shapingLeavesNoSeparatorInAnAuthorAndNoTagLineInAComment() {
    assertFalse(TextShape.author("a,  b, ,  c").contains(", "));
    String comment = TextShape.comment("#\nplain\n#x");
    for (String line : comment.split("\n", -1)) {
      assertFalse(TextShape.isTagLine(line), line);
    }
    assertTrue(TextShape.hasHangul(comment.split("\n", -1)[0]));
  }
}
