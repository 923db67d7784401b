package dev.paperdigest.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LineScanTest {

  @Test
  void classifiesEveryLineOfTheSample() throws IOException {
    int[] counts = LineScan.scan(Files.readAllBytes(Path.of("../examples/2024-10-10.txt")));
    // 1 date line, 8 authors and 8 tag lines, 11 Hangul lines; 8 titles, abstracts and translations
    // are other.
    assertArrayEquals(new int[] {1, 8, 8, 11, 28}, counts);
  }

  @Test
  void tellsDateAndTagLinesFromTextThatResemblesThem() {
    assertEquals(LineScan.DATE, LineScan.classify("2024년 9월 5일"));
    assertEquals(LineScan.HANGUL, LineScan.classify("2024년 9월 5일에"));
    assertEquals(LineScan.HANGUL, LineScan.classify("2024년 9월"));
    assertEquals(LineScan.TAGS, LineScan.classify("#scaling-law #moe"));
    assertEquals(LineScan.OTHER, LineScan.classify("#1 takeaway: scale"));
    assertEquals(LineScan.OTHER, LineScan.classify("#"));
    assertEquals(LineScan.OTHER, LineScan.classify("#a  #b"));
    assertEquals(LineScan.AUTHORS, LineScan.classify("(Kun Xu, Kun Xu)"));
    assertEquals(LineScan.HANGUL, LineScan.classify("RoPE에서 고주파수"));
    assertEquals(LineScan.HANGUL, LineScan.classify("\u1112\u1161\u11AB"));
    assertEquals(LineScan.OTHER, LineScan.classify("η ∝ sqrt(T)"));
  }

  @Test
  void countsALastLineWithoutNewlineAndStripsCarriageReturns() {
    byte[] text = "2024년 10월 10일\r\nTitle\r\n(A, B)\r\n#tag".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(new int[] {1, 1, 1, 0, 1}, LineScan.scan(text));
  }
}
