package dev.paperdigest.testkit;

import dev.paperdigest.core.UnicodeText;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bends generated lines into the shapes the plain-text format can hold (docs/text-format.md). It is
 * written independently of the format's own line classifier on purpose: it is the oracle the
 * format's tests are checked against, not a copy of the code under test.
 */
final class TextShape {
  private static final String DATE =
      "[0-9]{4}" + oneOf('년') + " [0-9]{1,2}" + oneOf('월') + " [0-9]{1,2}" + oneOf('일');
  private static final Pattern DATE_LINE = Pattern.compile(DATE);
  private static final Pattern DATE_AT_END = Pattern.compile(DATE + "$");

  private TextShape() {}

  /**
   * The spellings of a Hangul syllable that Unicode holds equivalent: precomposed (NFC), as
   * conjoining jamo (NFD), and the syllable without its final consonant followed by that consonant.
   */
  static List<String> spellings(char syllable) {
    String jamo = Normalizer.normalize(String.valueOf(syllable), Normalizer.Form.NFD);
    String open = Normalizer.normalize(jamo.substring(0, 2), Normalizer.Form.NFC);
    return List.of(String.valueOf(syllable), jamo, open + jamo.substring(2));
  }

  private static String oneOf(char syllable) {
    return "(?:" + String.join("|", spellings(syllable)) + ")";
  }

  static boolean isHangul(int cp) {
    return (cp >= 0x1100 && cp <= 0x11FF)
        || (cp >= 0x3130 && cp <= 0x318F)
        || (cp >= 0xA960 && cp <= 0xA97F)
        || (cp >= 0xAC00 && cp <= 0xD7FF)
        || (cp >= 0xFFA0 && cp <= 0xFFDC);
  }

  static boolean hasHangul(String line) {
    return line.codePoints().anyMatch(TextShape::isHangul);
  }

  /** A line that is whitespace-separated tokens, each {@code #} and at least one more character. */
  static boolean isTagLine(String line) {
    String[] tokens = splitOnWhitespace(line);
    if (tokens.length == 0) {
      return false;
    }
    for (String token : tokens) {
      if (token.length() < 2 || token.charAt(0) != '#') {
        return false;
      }
    }
    return true;
  }

  /** {@code 2024년 10월 10일}, its units spelled in any of their {@link #spellings}. */
  static boolean isDateLine(String line) {
    return DATE_LINE.matcher(line).matches();
  }

  /**
   * A line that ends with a date glued to text that is not whitespace, as {@code cat} makes of a
   * file that lacks its final line end and the next file: the format refuses it.
   */
  static boolean endsWithGluedDate(String line) {
    Matcher date = DATE_AT_END.matcher(line);
    return date.find()
        && date.start() > 0
        && !UnicodeText.isWhitespace(line.codePointBefore(date.start()));
  }

  /**
   * A line the format reads as an ordinary line of text: not blank, not a date or tag line, not
   * ending with a glued date.
   */
  static String ordinary(String line) {
    if (UnicodeText.isBlank(line)) {
      return "x" + line;
    }
    if (isTagLine(line) || isDateLine(line)) {
      return "x " + line;
    }
    if (endsWithGluedDate(line)) {
      return line + ".";
    }
    return line;
  }

  /** An ordinary line with no Hangul, as abstracts and translations need. */
  static String plain(String line) {
    return ordinary(TextPieces.without(line, TextShape::isHangul));
  }

  /** Multi-line text whose every line is plain. */
  static String plainText(String text) {
    return mapLines(text, TextShape::plain);
  }

  /** A comment: ordinary lines, the first and the last holding Hangul. */
  static String comment(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      lines[i] = ordinary(lines[i]);
    }
    if (!hasHangul(lines[0])) {
      // Checked again: "#" plus Hangul would make a tag line.
      lines[0] = ordinary(lines[0] + "에서");
    }
    int last = lines.length - 1;
    if (!hasHangul(lines[last])) {
      lines[last] = ordinary("한국어 " + lines[last]);
    }
    return String.join("\n", lines);
  }

  /** A title: any non-blank line except a date line or one ending with a glued date. */
  static String title(String line) {
    String title = UnicodeText.isBlank(line) ? "T" + line : line;
    return isDateLine(title) || endsWithGluedDate(title) ? title + "!" : title;
  }

  /** An author the authors line can hold: no {@code ", "} inside. */
  static String author(String name) {
    String author = name;
    // Once is not enough: ",  " loses one space and leaves ", " behind.
    while (author.contains(", ")) {
      author = author.replace(", ", ",");
    }
    return author;
  }

  private static String mapLines(String text, java.util.function.UnaryOperator<String> f) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      lines[i] = f.apply(lines[i]);
    }
    return String.join("\n", lines);
  }

  static String[] splitOnWhitespace(String line) {
    java.util.List<String> tokens = new java.util.ArrayList<>();
    int start = -1;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      boolean space = UnicodeText.isWhitespace(cp);
      if (space && start >= 0) {
        tokens.add(line.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(line.substring(start));
    }
    return tokens.toArray(new String[0]);
  }
}
