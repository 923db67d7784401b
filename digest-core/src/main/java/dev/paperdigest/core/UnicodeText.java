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

  /** Whether {@code codePoint} has Unicode's {@code White_Space} property. */
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

  /** Whether {@code text} is empty or holds only whitespace. */
  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      // White_Space has no supplementary code points, so UTF-16 units suffice.
      if (!isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The index of the first UTF-16 surrogate without its partner, or -1 if there is none. */
  public static int indexOfLoneSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
