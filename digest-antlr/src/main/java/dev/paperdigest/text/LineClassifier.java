package dev.paperdigest.text;

import dev.paperdigest.core.UnicodeText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The class of a line, decided by the rules of {@code DigestLexer.g4} in plain Java. The reader's
 * {@link LineTokenSource} and the writer's checks both use it, so the writer refuses exactly what
 * the reader would read differently.
 */
final class LineClassifier {
  private LineClassifier() {}

  /**
   * The token type of {@code line} (without its line end): one of {@link DigestLexer#DATE}, {@code
   * TAGS}, {@code PAREN_HANGUL}, {@code PAREN}, {@code HANGUL}, {@code BLANK} or {@code TEXT}. The
   * checks run in the order the lexer's rules are listed; the first that fits wins.
   */
  static int classify(String line) {
    return classify(line, false);
  }

  /**
   * As {@link #classify(String)}; {@code ascii} says the caller knows the line to be ASCII only,
   * which spares scanning it for Hangul.
   */
  static int classify(String line, boolean ascii) {
    if (isDateLine(line)) {
      return DigestLexer.DATE;
    }
    if (isTagLine(line)) {
      return DigestLexer.TAGS;
    }
    boolean hangul = !ascii && containsHangul(line);
    int length = line.length();
    if (length >= 2 && line.charAt(0) == '(' && line.charAt(length - 1) == ')') {
      return hangul ? DigestLexer.PAREN_HANGUL : DigestLexer.PAREN;
    }
    if (hangul) {
      return DigestLexer.HANGUL;
    }
    return UnicodeText.isBlank(line) ? DigestLexer.BLANK : DigestLexer.TEXT;
  }

  /** Whether the whole line is {@code YYYY년 M월 D일}, with one or two digits for month and day. */
  static boolean isDateLine(String line) {
    int length = line.length();
    if (length < 11 || length > 13) {
      return false;
    }
    int i = digits(line, 0, 4, 4);
    if (i < 0 || !line.startsWith("년 ", i)) {
      return false;
    }
    i = digits(line, i + 2, 1, 2);
    if (i < 0 || !line.startsWith("월 ", i)) {
      return false;
    }
    i = digits(line, i + 2, 1, 2);
    return i == length - 1 && line.charAt(i) == '일';
  }

  /**
   * The date a date line names.
   *
   * @throws DateTimeException if it names no calendar date, like {@code 2024년 2월 30일}
   */
  static LocalDate dateOf(String dateLine) {
    int monthStart = 6;
    int monthEnd = dateLine.indexOf('월', monthStart);
    int dayStart = monthEnd + 2;
    int dayEnd = dateLine.length() - 1;
    return LocalDate.of(
        Integer.parseInt(dateLine, 0, 4, 10),
        Integer.parseInt(dateLine, monthStart, monthEnd, 10),
        Integer.parseInt(dateLine, dayStart, dayEnd, 10));
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
  static boolean isTagLine(String line) {
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

  /** The tags of a tag line, each without its first {@code #}. */
  static List<String> tagsOf(String tagLine) {
    List<String> tags = new ArrayList<>();
    int length = tagLine.length();
    int i = skipWhitespace(tagLine, 0);
    while (i < length) {
      int end = skipToken(tagLine, i);
      tags.add(tagLine.substring(i + 1, end));
      i = skipWhitespace(tagLine, end);
    }
    return tags;
  }

  /** Whether the text holds a code point from one of the Hangul blocks the format recognises. */
  static boolean containsHangul(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isHangul(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  // Every range is in the Basic Multilingual Plane, so UTF-16 units can be tested one by one:
  // a surrogate never falls inside a range.
  private static boolean isHangul(char c) {
    if (c < 0x1100) {
      return false;
    }
    return c <= 0x11FF
        || (c >= 0x3130 && c <= 0x318F)
        || (c >= 0xA960 && c <= 0xA97F)
        || (c >= 0xAC00 && c <= 0xD7FF)
        || (c >= 0xFFA0 && c <= 0xFFDC);
  }

  /** The index after {@code min} to {@code max} ASCII digits at {@code from}, or -1. */
  private static int digits(String line, int from, int min, int max) {
    int i = from;
    while (i < line.length() && i - from < max && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
      i++;
    }
    return i - from >= min ? i : -1;
  }

  // White_Space has no supplementary code points, so UTF-16 units suffice here too.
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
