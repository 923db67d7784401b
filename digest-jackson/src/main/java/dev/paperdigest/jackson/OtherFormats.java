package dev.paperdigest.jackson;

import dev.paperdigest.core.spi.MessageText;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Recognises a file in another digest format given to a JSON reader, the commonest reason the first
 * line is not JSON at all: a text digest or a Markdown page saved as {@code .json}, or
 * pretty-printed JSON saved as {@code .jsonl}. It says so instead of Jackson's complaint about the
 * first character that is not JSON.
 */
final class OtherFormats {
  /** A date line of the text format, loosely, so that a near miss is recognised too. */
  private static final Pattern TEXT_DATE_LINE =
      Pattern.compile("\\s*\\d{1,4}\\s*년\\s*\\d{1,2}\\s*월\\s*\\d{1,2}\\s*일.*");

  /** A Markdown (ATX) heading. */
  private static final Pattern HEADING = Pattern.compile(" {0,3}#{1,6}([ \\t].*)?");

  /** An opening bracket alone: the first line of pretty-printed JSON. */
  private static final Pattern OPENING_ALONE = Pattern.compile("\\s*[\\[{]\\s*");

  private OtherFormats() {}

  /**
   * What the first line of an input that is not JSON looks like.
   *
   * @param firstLine the first line that is not blank, or {@code null} if unknown
   * @param jsonLines whether the input was read as JSON Lines
   * @return a message that names the format it looks like, or {@code null}
   */
  static String describe(String firstLine, boolean jsonLines) {
    if (firstLine == null) {
      return null;
    }
    // Text saved on macOS may hold decomposed Hangul; the pattern is written composed.
    String line = Normalizer.normalize(firstLine, Normalizer.Form.NFC);
    String quoted = MessageText.quote(firstLine.strip());
    if (TEXT_DATE_LINE.matcher(line).matches()) {
      return "this is not JSON: it looks like the text format (its first line "
          + quoted
          + " is a date line); read it as text (-f text)";
    }
    if (HEADING.matcher(line).matches()) {
      return "this is not JSON: it looks like Markdown (its first line "
          + quoted
          + " is a heading); read it as Markdown (-f markdown)";
    }
    if (jsonLines && OPENING_ALONE.matcher(line).matches()) {
      return "this is not JSON Lines: it looks like JSON spread over several lines (its first line"
          + " is "
          + quoted
          + "), while a jsonl line holds one whole digest; read it as json (-f json)";
    }
    return null;
  }
}
