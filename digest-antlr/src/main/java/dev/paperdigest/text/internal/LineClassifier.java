package dev.paperdigest.text.internal;

import dev.paperdigest.core.UnicodeText;
import dev.paperdigest.core.spi.DigestDates;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The class of a line, decided by the rules of {@code DigestLexer.g4} in plain Java. The reader's
 * {@link LineTokenSource} and the writer's checks both use it, so the writer refuses exactly what
 * the reader would read differently.
 */
final class LineClassifier {
  /**
   * The spellings of the units of a date line that Unicode holds equivalent, so that a date line
   * typed on a system that decomposes Hangul (macOS does) reads as one typed elsewhere: the
   * precomposed syllable, its conjoining jamo (NFD), and the syllable without its final consonant
   * followed by that consonant. Written out rather than derived with {@code java.text.Normalizer},
   * whose tables took milliseconds of every start to load; {@code LineClassifierTest} derives them.
   */
  static final String[] YEAR = {"\uB144", "\u1102\u1167\u11AB", "\uB140\u11AB"};

  static final String[] MONTH = {"\uC6D4", "\u110B\u116F\u11AF", "\uC6CC\u11AF"};
  static final String[] DAY = {"\uC77C", "\u110B\u1175\u11AF", "\uC774\u11AF"};

  private LineClassifier() {}

  /**
   * The token type of {@code line} (without its line end): one of {@link DigestLexer#DATE}, {@code
   * GLUED_DATE}, {@code TAGS}, {@code PAREN_HANGUL}, {@code PAREN}, {@code HANGUL}, {@code BLANK}
   * or {@code TEXT}. The checks run in the order the lexer's rules are listed; the first that fits
   * wins.
   *
   * @param ascii the caller knows the line to be ASCII only, which spares scanning it for Hangul
   *     (date lines hold Hangul too)
   */
  static int classify(String line, boolean ascii) {
    return classify(line, ascii, !ascii && UnicodeText.containsHangul(line));
  }

  /**
   * The token type of {@code line}, as {@link #classify(String, boolean)} gives it, for a line the
   * reader decoded from {@code bytes[from, to)}: whether it holds Hangul is found in its bytes,
   * which spares an interface call per character of every line that is not ASCII.
   *
   * @param ascii the caller knows the line to be ASCII only
   */
  static int classify(String line, byte[] bytes, int from, int to, boolean ascii) {
    return classify(line, ascii, !ascii && containsHangul(bytes, from, to));
  }

  private static int classify(String line, boolean ascii, boolean hangul) {
    if (!ascii) {
      int date = dateStart(line);
      if (date == 0) {
        return DigestLexer.DATE;
      }
      if (date > 0 && !UnicodeText.isWhitespace(line.charAt(date - 1))) {
        return DigestLexer.GLUED_DATE;
      }
    }
    if (isTagLine(line)) {
      return DigestLexer.TAGS;
    }
    int length = line.length();
    if (length >= 2 && line.charAt(0) == '(' && line.charAt(length - 1) == ')') {
      return hangul ? DigestLexer.PAREN_HANGUL : DigestLexer.PAREN;
    }
    if (hangul) {
      return DigestLexer.HANGUL;
    }
    return UnicodeText.isBlank(line) ? DigestLexer.BLANK : DigestLexer.TEXT;
  }

  /**
   * Whether the UTF-8 line {@code bytes[from, to)} is one that {@link #classify} can only call
   * {@code TAGS}, {@code PAREN}, {@code PAREN_HANGUL}, {@code HANGUL} or {@code TEXT}, judged from
   * three bytes at its end and one at its start without decoding it. A date line, and a line a date
   * is glued to, ends with the unit 일, whose three spellings end with U+C77C or U+11AF (EC 9D BC or
   * E1 86 AF). A blank line begins with whitespace, which is ASCII or begins with C2, E1, E2 or E3;
   * a line beginning with any other byte, or with one that is not UTF-8 (which decodes to U+FFFD),
   * is not blank. {@code false} says only that the line must be decoded to tell.
   *
   * @param to more than {@code from}: the line is not empty
   */
  static boolean isContentLine(byte[] bytes, int from, int to) {
    int first = bytes[from] & 0xFF;
    boolean notBlank =
        first >= 0x80 ? first != 0xC2 && (first < 0xE1 || first > 0xE3) : first > ' ';
    if (!notBlank) {
      return false;
    }
    if (to - from < 3) {
      return true;
    }
    int a = bytes[to - 3] & 0xFF;
    int b = bytes[to - 2] & 0xFF;
    int c = bytes[to - 1] & 0xFF;
    return !((a == 0xEC && b == 0x9D && c == 0xBC) || (a == 0xE1 && b == 0x86 && c == 0xAF));
  }

  /**
   * Whether the UTF-8 bytes {@code bytes[from, to)} decode to text that {@linkplain
   * UnicodeText#containsHangul holds Hangul}, every invalid sequence counting as U+FFFD. Every
   * Hangul block lies in U+1100 to U+FFDC, so only a lead byte E1 to EF followed by two
   * continuation bytes can be one; a decoder never takes such a lead byte into the sequence before
   * it, so the three bytes decode to the code point they spell.
   */
  static boolean containsHangul(byte[] bytes, int from, int to) {
    for (int i = from; i < to - 2; i++) {
      int lead = bytes[i] & 0xFF;
      if (lead < 0xE1 || lead > 0xEF) {
        continue;
      }
      int second = bytes[i + 1] & 0xFF;
      int third = bytes[i + 2] & 0xFF;
      if ((second & 0xC0) == 0x80
          && (third & 0xC0) == 0x80
          && UnicodeText.isHangul((lead & 0x0F) << 12 | (second & 0x3F) << 6 | (third & 0x3F))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the date of a date line, or of a line a date line is glued to, begins.
   *
   * @param line a line of type {@code DATE} or {@code GLUED_DATE}
   * @return the index of the year's first digit; 0 for a date line
   */
  static int dateStart(String line) {
    int i = digitsBefore(line, unitBefore(line, line.length(), DAY), 2);
    i = digitsBefore(line, unitBefore(line, spaceBefore(line, i), MONTH), 2);
    i = unitBefore(line, spaceBefore(line, i), YEAR);
    if (i < 4) {
      return -1;
    }
    for (int k = i - 4; k < i; k++) {
      if (!isDigit(line.charAt(k))) {
        return -1;
      }
    }
    return i - 4;
  }

  /**
   * The date a date line names, however its units are spelled.
   *
   * @param line a line of type {@code DATE}, or the date cut from a {@code GLUED_DATE} line
   * @throws DateTimeException if it names no calendar date, like {@code 2024년 2월 30일}; the message
   *     says why in people's words
   */
  static LocalDate dateOf(String line) {
    int year = Integer.parseInt(line, 0, 4, 10);
    int monthStart = 4 + unitAt(line, 4, YEAR) + 1;
    int monthEnd = digitsAfter(line, monthStart);
    int dayStart = monthEnd + unitAt(line, monthEnd, MONTH) + 1;
    int dayEnd = digitsAfter(line, dayStart);
    return DigestDates.date(
        year,
        Integer.parseInt(line, monthStart, monthEnd, 10),
        Integer.parseInt(line, dayStart, dayEnd, 10));
  }

  /** The canonical date line of {@code date}, whose year must be within 0 to 9999. */
  static String dateLine(LocalDate date) {
    StringBuilder line = new StringBuilder(13);
    int year = date.getYear();
    for (int padding = 1000; padding > year && padding > 1; padding /= 10) {
      line.append('0');
    }
    return line.append(year)
        .append("년 ")
        .append(date.getMonthValue())
        .append("월 ")
        .append(date.getDayOfMonth())
        .append('일')
        .toString();
  }

  /**
   * Whether the line is one or more tokens separated by whitespace, each a {@code #} followed by at
   * least one character that is not whitespace.
   */
  private static boolean isTagLine(String line) {
    int length = line.length();
    int tokens = 0;
    int i = skipWhitespace(line, 0);
    while (i < length) {
      if (line.charAt(i) != '#') {
        return false;
      }
      int end = skipToken(line, i + 1);
      if (end == i + 1) {
        return false;
      }
      tokens++;
      i = skipWhitespace(line, end);
    }
    return tokens > 0;
  }

  /**
   * Where the next tag of a tag line begins.
   *
   * @param from where the previous tag ended, or 0
   * @return the index of the tag's {@code #}, or -1 after the last tag
   */
  static int nextTag(String tagLine, int from) {
    int i = skipWhitespace(tagLine, from);
    return i < tagLine.length() ? i : -1;
  }

  /** Where the tag whose {@code #} is at {@code hash} ends. */
  static int tagEnd(String tagLine, int hash) {
    return skipToken(tagLine, hash);
  }

  /** The index where one of {@code spellings} ends the text before {@code end}, or -1. */
  private static int unitBefore(String line, int end, String[] spellings) {
    if (end < 0) {
      return -1;
    }
    for (String spelling : spellings) {
      if (line.startsWith(spelling, end - spelling.length())) {
        return end - spelling.length();
      }
    }
    return -1;
  }

  /** The length of the spelling of a unit that begins at {@code at}. */
  private static int unitAt(String line, int at, String[] spellings) {
    for (String spelling : spellings) {
      if (line.startsWith(spelling, at)) {
        return spelling.length();
      }
    }
    throw new IllegalArgumentException("not a date line: " + line);
  }

  /** The index of the space before {@code end}, or -1. */
  private static int spaceBefore(String line, int end) {
    return end > 0 && line.charAt(end - 1) == ' ' ? end - 1 : -1;
  }

  /** The index of the first of 1 to {@code max} digits before {@code end}, or -1. */
  private static int digitsBefore(String line, int end, int max) {
    if (end < 0) {
      return -1;
    }
    int i = end;
    while (i > 0 && end - i < max && isDigit(line.charAt(i - 1))) {
      i--;
    }
    return i < end ? i : -1;
  }

  private static int digitsAfter(String line, int from) {
    int i = from;
    while (i < line.length() && isDigit(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // White_Space has no supplementary code points, so UTF-16 units suffice here.
  private static int skipWhitespace(String line, int from) {
    int i = from;
    while (i < line.length() && UnicodeText.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipToken(String line, int from) {
    int i = from;
    while (i < line.length() && !UnicodeText.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }
}
