package dev.paperdigest.core.spi;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The dates digest formats can write, and the one way they all read and refuse them.
 *
 * <p>The model accepts any {@link LocalDate}; every format here writes the year as four digits, so
 * only the years {@value #MIN_YEAR} to {@value #MAX_YEAR} can be written. A date that names no day
 * of the calendar is refused in the same words everywhere:
 *
 * <pre>{@code
 * DigestDates.date(2024, 2, 30);      // throws DateTimeException: there is no February 30 in 2024
 * DigestDates.parseIso("2024-10-10"); // 2024-10-10
 * DigestDates.iso(LocalDate.of(7, 3, 4));   // 0007-03-04
 * }</pre>
 */
public final class DigestDates {
  /** The first year a format can write. */
  public static final int MIN_YEAR = 0;

  /** The last year a format can write. */
  public static final int MAX_YEAR = 9999;

  private DigestDates() {}

  /**
   * Whether a format can write the year of {@code date}.
   *
   * @param date any date
   * @return whether its year lies within {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public static boolean isWritable(LocalDate date) {
    return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
  }

  /**
   * Why a format cannot write {@code date}, for an {@link
   * dev.paperdigest.core.UnwritableDigestException}.
   *
   * @param formatName the format that refuses it
   * @param date a date that is not {@linkplain #isWritable writable}
   * @return such as {@code the json format cannot hold the digest of +10000-01-01: its year is
   *     outside 0 to 9999, and dates are written with four-digit years}
   */
  public static String unwritableReason(String formatName, LocalDate date) {
    return "the "
        + formatName
        + " format cannot hold the digest of "
        + date
        + ": its year is outside "
        + MIN_YEAR
        + " to "
        + MAX_YEAR
        + ", and dates are written with four-digit years";
  }

  /**
   * The date of {@code year}, {@code month} and {@code day}.
   *
   * @param year the year
   * @param month the month, 1 to 12 for a valid date
   * @param day the day of the month
   * @return the date
   * @throws DateTimeException with a message in people's words, such as {@code there is no February
   *     30 in 2024} or {@code there is no month 13}
   */
  public static LocalDate date(int year, int month, int day) {
    if (month < 1 || month > 12) {
      throw new DateTimeException("there is no month " + month);
    }
    Month named = Month.of(month);
    int days = named.length(java.time.Year.isLeap(year));
    if (day < 1 || day > days) {
      throw new DateTimeException(
          "there is no "
              + named.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " "
              + day
              + " in "
              + year);
    }
    return LocalDate.of(year, month, day);
  }

  /**
   * Reads {@code YYYY-MM-DD}: four digits, two, two, nothing else (no sign, no time).
   *
   * @param text the text
   * @return the date
   * @throws DateTimeException with a message in people's words when it is not such a date
   */
  public static LocalDate parseIso(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw new DateTimeException("a date is written YYYY-MM-DD, like 2024-10-10");
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      throw new DateTimeException("a date is written YYYY-MM-DD with digits only, like 2024-10-10");
    }
    return date(year, month, day);
  }

  /**
   * {@code date} as {@code YYYY-MM-DD}.
   *
   * @param date a {@linkplain #isWritable writable} date
   * @return ten characters
   */
  public static String iso(LocalDate date) {
    char[] text = new char[10];
    iso(date, text);
    return new String(text);
  }

  /**
   * Fills {@code into[0, 10)} with {@code date} as {@code YYYY-MM-DD}, for writers that avoid a
   * string.
   *
   * @param date a {@linkplain #isWritable writable} date
   * @param into at least ten characters
   */
  public static void iso(LocalDate date, char[] into) {
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

  /** The number in ASCII digits {@code text[from, to)}, or -1 if a character is not a digit. */
  private static int digits(String text, int from, int to) {
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
