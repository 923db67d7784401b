package dev.paperdigest.text.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

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
}
