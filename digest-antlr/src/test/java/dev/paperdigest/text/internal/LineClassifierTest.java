package dev.paperdigest.text.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.core.UnicodeText;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class LineClassifierTest {
  /**
   * The precomposed syllable, its conjoining jamo (NFD), and the syllable without its final
   * consonant followed by that consonant: the three spellings Unicode holds equivalent.
   */
  private static String[] spellings(char syllable) {
    String jamo = Normalizer.normalize(String.valueOf(syllable), Normalizer.Form.NFD);
    String open = Normalizer.normalize(jamo.substring(0, 2), Normalizer.Form.NFC);
    return new String[] {String.valueOf(syllable), jamo, open + jamo.substring(2)};
  }

  @Test
  void theUnitsOfADateLineAreSpelledAsUnicodeNormalisesThem() {
    assertArrayEquals(spellings('년'), LineClassifier.YEAR);
    assertArrayEquals(spellings('월'), LineClassifier.MONTH);
    assertArrayEquals(spellings('일'), LineClassifier.DAY);
  }

  /**
   * Every three bytes that begin with a lead byte of a three-byte sequence, valid or not, with a
   * byte before them that is ASCII, a continuation, or a lead whose sequence they cut short.
   */
  @Test
  void hangulIsFoundInBytesExactlyWhereTheDecodedTextHoldsIt() {
    byte[] window = new byte[4];
    List<String> misjudged = new ArrayList<>();
    for (int before : new int[] {'x', 0x80, 0xC3, 0xE1, 0xF0}) {
      window[0] = (byte) before;
      for (int lead = 0xE0; lead <= 0xEF; lead++) {
        for (int second = 0; second <= 0xFF; second++) {
          for (int third = 0; third <= 0xFF; third++) {
            window[1] = (byte) lead;
            window[2] = (byte) second;
            window[3] = (byte) third;
            if (LineClassifier.containsHangul(window, 0, 4)
                != UnicodeText.containsHangul(new String(window, StandardCharsets.UTF_8))) {
              misjudged.add(hex(window));
            }
          }
        }
      }
    }
    assertTrue(
        misjudged.isEmpty(),
        () ->
            misjudged.size()
                + " windows misjudged, among them "
                + misjudged.subList(0, Math.min(8, misjudged.size())));
  }

  @Test
  void hangulIsFoundInTheBytesOfAnyPartOfADocumentAsInItsText() {
    qt().withExamples(300)
        .forAll(LineSoup.documents(), SourceDSL.integers().all(), SourceDSL.integers().all())
        .checkAssert(
            (document, a, b) -> {
              int from = Math.floorMod(a, document.length + 1);
              int to = from + Math.floorMod(b, document.length - from + 1);
              String text = new String(document, from, to - from, StandardCharsets.UTF_8);
              assertEquals(
                  UnicodeText.containsHangul(text),
                  LineClassifier.containsHangul(document, from, to),
                  () -> hex(Arrays.copyOfRange(document, from, to)));
            });
  }

  private static String hex(byte[] bytes) {
    return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
  }
}
