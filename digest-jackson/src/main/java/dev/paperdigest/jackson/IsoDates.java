package dev.paperdigest.jackson;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The date as JSON carries it: {@code YYYY-MM-DD}, four-digit year, nothing else. Hand-written
 * rather than {@link java.time.format.DateTimeFormatter#ISO_LOCAL_DATE}, which also accepts and
 * writes signed years of five digits and more, so that every written date matches the schema's
 * pattern.
 */
final class IsoDates {
  static final int MIN_YEAR = 0;
  static final int MAX_YEAR = 9999;

  private IsoDates() {}

  /** Whether {@code date} can be written in ten characters. */
  static boolean isWritable(LocalDate date) {
    return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
  }

  /**
   * Fills {@code into[0..10)} with {@code date}, which must be {@linkplain #isWritable writable}.
   */
  static void format(LocalDate date, char[] into) {
    int year = date.getYear();
    into[0] = digit(year / 1000);
    into[1] = digit(year / 100 % 10);
    into[2] = digit(year / 10 % 10);
    into[3] = digit(year % 10);
    into[4] = '-';
    into[5] = digit(date.getMonthValue() / 10);
    into[6] = digit(date.getMonthValue() % 10);
    into[7] = '-';
    into[8] = digit(date.getDayOfMonth() / 10);
    into[9] = digit(date.getDayOfMonth() % 10);
  }

  /**
   * The date {@code text} names.
   *
   * @throws DateTimeException with a message for people if it is not a {@code YYYY-MM-DD} date
   */
  static LocalDate parse(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw new DateTimeException("a date is written YYYY-MM-DD");
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 7);
    int day = number(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      throw new DateTimeException("a date is written YYYY-MM-DD, with digits only");
    }
    return LocalDate.of(year, month, day);
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static char digit(int value) {
    return (char) ('0' + value);
  }
}
