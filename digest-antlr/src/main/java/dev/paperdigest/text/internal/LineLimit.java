package dev.paperdigest.text.internal;

import dev.paperdigest.core.spi.MessageText;
import dev.paperdigest.text.TextFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The longest line a reader accepts: how it is given ({@value TextFormat#MAX_LINE_BYTES_PROPERTY}
 * or {@link TextFormat#withMaxLineBytes}), checked and described. A limit keeps one line from
 * taking all memory, and an endless line (from {@code /dev/zero}, say) from reading forever.
 */
final class LineLimit {
  static final String PROPERTY = TextFormat.MAX_LINE_BYTES_PROPERTY;

  private static final Pattern SIZE = Pattern.compile("([0-9]{1,12})([kKmMgG]?)");

  private LineLimit() {}

  /**
   * Checks a limit given by a program.
   *
   * @throws IllegalArgumentException if it is not within 1 byte to {@link
   *     TextFormat#MAX_LINE_BYTES_CEILING}
   */
  static long check(long maxLineBytes) {
    if (maxLineBytes < 1 || maxLineBytes > TextFormat.MAX_LINE_BYTES_CEILING) {
      throw new IllegalArgumentException(
          "the longest line must be from 1 byte to "
              + describe(TextFormat.MAX_LINE_BYTES_CEILING)
              + ", not "
              + maxLineBytes);
    }
    return maxLineBytes;
  }

  /**
   * Reads the value of {@value TextFormat#MAX_LINE_BYTES_PROPERTY}: a number of bytes, or of KiB,
   * MiB or GiB with the suffix {@code K}, {@code M} or {@code G}, as {@code -Xmx} takes them.
   *
   * @param value the property's value, or {@code null} when it is not set
   * @throws IllegalArgumentException with a message in people's words if it is not such a size
   */
  static long parse(String value) {
    if (value == null) {
      return TextFormat.DEFAULT_MAX_LINE_BYTES;
    }
    Matcher size = SIZE.matcher(value.strip());
    if (size.matches()) {
      String unit = size.group(2).toUpperCase(Locale.ROOT);
      int shift = unit.isEmpty() ? 0 : 10 * ("KMG".indexOf(unit) + 1);
      long count = Long.parseLong(size.group(1));
      if (count >= 1 && count <= TextFormat.MAX_LINE_BYTES_CEILING >> shift) {
        return count << shift;
      }
    }
    throw new IllegalArgumentException(
        "the system property "
            + PROPERTY
            + " is "
            + MessageText.quote(value)
            + ", which is not a line length the text reader accepts: give a number of bytes from"
            + " 1 to 1G, like 134217728 or 128M");
  }

  /** A number of bytes as people read it: {@code 64 MiB}, {@code 512 KiB}, {@code 10 bytes}. */
  static String describe(long bytes) {
    if (bytes % (1L << 30) == 0) {
      return (bytes >> 30) + " GiB";
    }
    if (bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes % (1L << 10) == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes == 1 ? "1 byte" : bytes + " bytes";
  }
}
