package dev.paperdigest.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference sample, examples/2024-10-10.txt, read field by field and written back. */
class SampleTest {
  static final Path SAMPLE = Path.of("../examples/2024-10-10.txt");

  private static final TextFormat TEXT = new TextFormat();
  private static byte[] bytes;
  private static Digest digest;

  @BeforeAll
  static void readSample() throws IOException {
    bytes = Files.readAllBytes(SAMPLE);
    digest = TEXT.reader().read(SAMPLE);
  }

  @Test
  void hasTheDateAndEightPapers() {
    assertEquals(LocalDate.of(2024, 10, 10), digest.date());
    assertEquals(8, digest.papers().size());
    assertEquals(
        "Everything Everywhere All at Once: LLMs can In-Context Learn Multiple Tasks in"
            + " Superposition",
        paper(0).title());
    assertEquals(
        "The Accuracy Paradox in RLHF: When Better Reward Models Don't Yield Better Language"
            + " Models",
        paper(7).title());
  }

  @Test
  void txt360HasNoAbstractButACommentAndTranslationOfTwoLinesEach() {
    Paper txt360 = paper(2);
    assertTrue(txt360.title().startsWith("TxT360"));
    assertEquals(Optional.empty(), txt360.abstractText());
    assertEquals(2, lines(txt360.comment()).size());
    assertTrue(lines(txt360.comment()).get(0).startsWith("LLM 프리트레이닝을 위한 코퍼스인데"));
    assertEquals(2, lines(txt360.translation()).size());
    assertEquals(List.of("corpus"), txt360.tags());
  }

  @Test
  void pyramidalFlowAbstractKeepsItsUrlLineAndTheLoneDot() {
    Paper pyramidal = paper(1);
    assertTrue(pyramidal.title().startsWith("Pyramidal Flow Matching"));
    List<String> abstractLines = lines(pyramidal.abstractText());
    assertEquals(3, abstractLines.size());
    assertEquals("https://pyramid-flow.github.io", abstractLines.get(1));
    assertEquals(".", abstractLines.get(2));
  }

  @Test
  void kunXuIsListedTwice() {
    List<String> authors = paper(1).authors();
    assertEquals(11, authors.size());
    assertEquals(List.of("Kun Xu", "Kun Xu"), authors.subList(3, 5));
    assertEquals("Petar Veličković", paper(3).authors().get(4));
  }

  @Test
  void ropeCommentAndTranslationHaveTwoLinesEach() {
    Paper rope = paper(3);
    assertTrue(rope.title().startsWith("Round and Round We Go!"));
    List<String> comment = lines(rope.comment());
    assertEquals(2, comment.size());
    assertTrue(comment.get(0).startsWith("RoPE에서 고주파수 차원들은"));
    assertTrue(comment.get(1).startsWith("그래서 부분적으로만 RoPE를"));
    List<String> translation = lines(rope.translation());
    assertEquals(2, translation.size());
    assertTrue(translation.get(0).startsWith("The study found that in RoPE"));
    assertTrue(translation.get(1).startsWith("Consequently, the researchers"));
    assertEquals(List.of("positional-encoding"), rope.tags());
  }

  @Test
  void moeEntryHasTwoTags() {
    Paper moe = paper(4);
    assertTrue(moe.title().startsWith("Scaling Laws Across Model Architectures"));
    assertEquals(List.of("scaling-law", "moe"), moe.tags());
  }

  @Test
  void abstractsKeepLatexAndMathematicalSymbols() {
    assertTrue(paper(5).abstractText().orElseThrow().contains("η ∝ sqrt(T)"));
    assertTrue(paper(5).abstractText().orElseThrow().contains("T → ∞"));
    assertTrue(paper(6).abstractText().orElseThrow().contains("\\textbf{Effective}"));
  }

  /**
   * The sample has no final line end; the canonical form ends every line, the last one included,
   * and changes nothing else.
   */
  @Test
  void writingTheDigestGivesTheSampleBackWithAFinalLineEnd() throws IOException {
    assertNotEquals('\n', bytes[bytes.length - 1], "the sample ends without a line end");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TEXT.writer().write(digest, out);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes(bytes);
    expected.write('\n');
    assertArrayEquals(expected.toByteArray(), out.toByteArray());
  }

  @Test
  void readingFromAStreamGivesTheSameDigest() throws IOException {
    assertEquals(digest, TEXT.reader().read(new ByteArrayInputStream(bytes), "sample"));
  }

  private static Paper paper(int index) {
    return digest.papers().get(index);
  }

  private static List<String> lines(Optional<String> text) {
    return List.of(text.orElseThrow().split("\n", -1));
  }
}
