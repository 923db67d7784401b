package dev.paperdigest.lint;

import dev.paperdigest.core.UnicodeText;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The keys by which lint decides that two texts name the same thing: a title or an author whatever
 * its case, spacing and Unicode normal form, a tag whatever its case and separators.
 */
final class TextKeys {
  /** Below this many code points a tag key is compared exactly: short tags differ in one letter. */
  static final int NEAR_MATCH_MIN_LENGTH = 10;

  private TextKeys() {}

  /**
   * A title or a name in NFC, lower case, with every run of whitespace one space and none at either
   * end: {@code "Kun Xu"}, {@code "kun xu"} and a decomposed spelling give the same key.
   */
  static String nameKey(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(normal.length());
    boolean space = false;
    for (int i = 0; i < normal.length(); i++) {
      char c = normal.charAt(i);
      if (UnicodeText.isWhitespace(c)) {
        space = key.length() > 0;
      } else {
        if (space) {
          key.append(' ');
          space = false;
        }
        key.append(c);
      }
    }
    return key.toString();
  }

  /**
   * A tag in NFC and lower case, without dashes, connector punctuation ({@code _}) and full stops:
   * {@code LLM} and {@code llm}, {@code in-context-learning} and {@code incontext_learning} give
   * the same key.
   */
  static String tagKey(String tag) {
    String normal = Normalizer.normalize(tag, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(normal.length());
    normal.codePoints().filter(cp -> !isSeparator(cp)).forEach(cp -> key.appendCodePoint(cp));
    return key.toString();
  }

  private static boolean isSeparator(int codePoint) {
    int type = Character.getType(codePoint);
    return codePoint == '.'
        || type == Character.DASH_PUNCTUATION
        || type == Character.CONNECTOR_PUNCTUATION;
  }

  /**
   * Whether two different tag keys are one slip apart: one letter inserted or left out ({@code
   * positionalencoding}, {@code positionalencodings}), or two neighbouring letters swapped. Only
   * keys of at least {@link #NEAR_MATCH_MIN_LENGTH} code points qualify. A replaced letter does not
   * count, nor does a digit: {@code multimodalllm} and {@code multimodalvlm}, or {@code
   * stablediffusion} and {@code stablediffusion2}, name different things.
   */
  static boolean oneSlipApart(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    if (Math.min(x.length, y.length) < NEAR_MATCH_MIN_LENGTH) {
      return false;
    }
    if (x.length == y.length) {
      return swappedNeighbours(x, y);
    }
    return x.length + 1 == y.length
        ? oneLetterMore(y, x)
        : x.length == y.length + 1 && oneLetterMore(x, y);
  }

  private static boolean swappedNeighbours(int[] x, int[] y) {
    int i = 0;
    while (i < x.length && x[i] == y[i]) {
      i++;
    }
    return i + 1 < x.length
        && x[i] == y[i + 1]
        && x[i + 1] == y[i]
        && Character.isLetter(x[i])
        && Character.isLetter(x[i + 1])
        && java.util.Arrays.equals(x, i + 2, x.length, y, i + 2, y.length);
  }

  /** Whether {@code longer} is {@code shorter} with one letter inserted somewhere. */
  private static boolean oneLetterMore(int[] longer, int[] shorter) {
    int i = 0;
    while (i < shorter.length && longer[i] == shorter[i]) {
      i++;
    }
    return Character.isLetter(longer[i])
        && java.util.Arrays.equals(longer, i + 1, longer.length, shorter, i, shorter.length);
  }
}
