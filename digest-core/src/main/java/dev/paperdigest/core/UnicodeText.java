package dev.paperdigest.core;

/**
 * The character classes every digest format agrees on, so that what the model calls whitespace is
 * what a format splits on.
 *
 * <p>Whitespace is Unicode's {@code White_Space} property, listed here rather than taken from
 * {@link Character#isWhitespace(int)} (which leaves out no-break spaces and counts some control
 * characters) so that the answer never depends on the JDK that runs the code.
 *
 * <pre>{@code
 * UnicodeText.isBlank("\u3000 \t");   // true: ideographic space, space, tab
 * UnicodeText.isWhitespace('#');      // false
 * }</pre>
 */
public final class UnicodeText {
  private UnicodeText() {}

  /**
   * Tells whether a code point is whitespace, by Unicode's {@code White_Space} property.
   *
   * @param codePoint a Unicode code point
   * @return whether it has the property
   */
  public static boolean isWhitespace(int codePoint) {
    if (codePoint <= 0x20) {
      return codePoint == 0x20 || (codePoint >= 0x09 && codePoint <= 0x0D);
    }
    if (codePoint < 0x85) {
      return false;
    }
    return codePoint == 0x85
        || codePoint == 0xA0
        || codePoint == 0x1680
        || (codePoint >= 0x2000 && codePoint <= 0x200A)
        || codePoint == 0x2028
        || codePoint == 0x2029
        || codePoint == 0x202F
        || codePoint == 0x205F
        || codePoint == 0x3000;
  }

  /**
   * Tells whether a text is blank.
   *
   * @param text the text
   * @return whether it is empty or holds only whitespace
   */
  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      // White_Space has no supplementary code points, so UTF-16 units suffice.
      if (!isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code codePoint} is Hangul: a code point of Hangul Jamo (U+1100 to U+11FF), Hangul
   * Compatibility Jamo (U+3130 to U+318F), Jamo Extended-A (U+A960 to U+A97F), Hangul Syllables
   * (U+AC00 to U+D7AF), Jamo Extended-B (U+D7B0 to U+D7FF) or the halfwidth forms (U+FFA0 to
   * U+FFDC). Decomposed Hangul (NFD, conjoining jamo) counts as well as precomposed syllables. The
   * ranges are listed rather than taken from {@link Character.UnicodeScript}, so that the answer
   * never depends on the JDK.
   *
   * @param codePoint any code point
   * @return whether it is Hangul
   */
  public static boolean isHangul(int codePoint) {
    if (codePoint < 0x1100 || codePoint > 0xFFDC) {
      return false;
    }
    return codePoint <= 0x11FF
        || (codePoint >= 0x3130 && codePoint <= 0x318F)
        || (codePoint >= 0xA960 && codePoint <= 0xA97F)
        || (codePoint >= 0xAC00 && codePoint <= 0xD7FF)
        || codePoint >= 0xFFA0;
  }

  /**
   * Whether {@code text} holds at least one {@linkplain #isHangul Hangul} code point: the rule by
   * which the text format tells the Korean comment from the English around it.
   *
   * @param text any text
   * @return whether it holds Hangul
   */
  public static boolean containsHangul(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      // Every Hangul range lies in the Basic Multilingual Plane, and no surrogate falls inside
      // one, so UTF-16 units can be tested one by one.
      if (isHangul(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
