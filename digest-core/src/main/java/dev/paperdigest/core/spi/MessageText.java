package dev.paperdigest.core.spi;

/**
 * How every message of the library shows a piece of its input: quoted the same way in every format,
 * cut short when long, and safe to print on a terminal.
 *
 * <pre>{@code
 * MessageText.quote("#rope");             // `#rope`
 * MessageText.quote("a `b` c");           // ``a `b` c``
 * MessageText.quote("x\u001B[2J");        // `x\u001B[2J`
 * MessageText.codePointName('\u00A0');    // U+00A0
 * }</pre>
 *
 * <p>Quotes follow Markdown's code spans: backticks, doubled (with a space inside) when the text
 * holds a backtick, so that the quoted text reads back unambiguously. A text longer than 60 code
 * points is cut there and ends with {@code …}.
 */
public final class MessageText {
  private static final int MAX_QUOTED_CODE_POINTS = 60;

  private MessageText() {}

  /**
   * {@code text} as a message quotes it: in backticks, its first 60 code points, control characters
   * escaped.
   *
   * @param text any text, even empty or hostile
   * @return the quote, such as {@code `#rope`}
   */
  public static String quote(String text) {
    String shown = text;
    boolean cut = text.codePointCount(0, text.length()) > MAX_QUOTED_CODE_POINTS;
    if (cut) {
      shown = text.substring(0, text.offsetByCodePoints(0, MAX_QUOTED_CODE_POINTS)) + "…";
    }
    shown = escapeControls(shown);
    String fence = "`".repeat(longestBacktickRun(shown) + 1);
    boolean pad = shown.startsWith("`") || shown.endsWith("`");
    String space = pad ? " " : "";
    return fence + space + shown + space + fence;
  }

  /**
   * {@code text} with every character that could act on a terminal or reorder text on screen
   * written as an escape: {@code \n}, {@code \r}, {@code \t} for those three, {@code \u001B} style
   * for the other C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional
   * embeddings, overrides and isolates, and surrogates without their partner (which no terminal can
   * show). Printable text, Hangul and emoji included, is kept as it is.
   *
   * @param text any text
   * @return the same text, or a copy with escapes
   */
  public static String escapeControls(String text) {
    int first = firstControl(text);
    if (first < 0) {
      return text;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(text, i)) {
        escaped.append(c);
      } else if (c == '\n') {
        escaped.append("\\n");
      } else if (c == '\r') {
        escaped.append("\\r");
      } else if (c == '\t') {
        escaped.append("\\t");
      } else {
        escaped.append(String.format("\\u%04X", (int) c));
      }
    }
    return escaped.toString();
  }

  /**
   * The Unicode name of a code point as messages give it: {@code U+} and at least four hex digits.
   *
   * @param codePoint any code point
   * @return such as {@code U+00A0} or {@code U+1F600}
   */
  public static String codePointName(int codePoint) {
    return String.format("U+%04X", codePoint);
  }

  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (needsEscape(text, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code text[i]} is written as an escape: a control character, or a surrogate without
   * its partner, which a terminal cannot show (a pair is one printable code point and is kept).
   */
  private static boolean needsEscape(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return isControl(c);
  }

  /**
   * C0 and C1 controls, DEL, U+2028 and U+2029, and the bidirectional formatting characters
   * (Unicode's Bidi_Control: U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) that
   * "Trojan Source" attacks use. None is a surrogate, so one UTF-16 unit decides.
   */
  private static boolean isControl(char c) {
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C) {
      return true;
    }
    if (c < 0x200E || c > 0x2069) {
      return false;
    }
    return c == 0x200E
        || c == 0x200F
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x202A && c <= 0x202E)
        || c >= 0x2066;
  }

  private static int longestBacktickRun(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
