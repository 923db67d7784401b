package dev.paperdigest.text;

/** How messages show a piece of the digest: in backticks, cut short when long. */
final class TextQuotes {
  private static final int MAX_CODE_POINTS = 60;

  private TextQuotes() {}

  /** {@code text} in backticks, its first 60 code points and an ellipsis if it is longer. */
  static String quote(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_CODE_POINTS) {
      return "`" + text + "`";
    }
    return "`" + text.substring(0, text.offsetByCodePoints(0, MAX_CODE_POINTS)) + "…`";
  }
}
