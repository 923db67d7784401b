package dev.paperdigest.text.internal;

import dev.paperdigest.core.spi.Utf8;
import java.nio.charset.StandardCharsets;

/**
 * The text of a line of UTF-8 bytes, and the diagnosis of bytes that are not UTF-8. A bad byte
 * decodes as U+FFFD, as the generated lexer's input would, so that the line is still classified and
 * parsed; its message is the one every format gives ({@link Utf8#describeMalformed}).
 */
final class LineDecoder {
  private LineDecoder() {}

  /**
   * The text of {@code bytes[from, to)}, every invalid sequence replaced by U+FFFD.
   *
   * @param ascii the caller knows the bytes to be ASCII only: they are then copied as Latin-1,
   *     which gives the same text without the UTF-8 decoder's pass that looks for bytes above 0x7F
   */
  static String decode(byte[] bytes, int from, int to, boolean ascii) {
    return new String(
        bytes, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  /**
   * The first invalid sequence of a line, or {@code null} when it is valid UTF-8.
   *
   * @param text the line as {@link #decode} gave it: a line without U+FFFD needs no second look
   */
  static LineProblem encodingProblem(byte[] bytes, int from, int to, String text) {
    // The decoding cannot tell a U+FFFD that was in the file from one it produced.
    if (text.indexOf('\uFFFD') < 0) {
      return null;
    }
    int bad = Utf8.indexOfMalformed(bytes, from, to);
    if (bad < 0) {
      return null;
    }
    return new LineProblem(
        Utf8.countCodePoints(bytes, from, bad) + 1, Utf8.describeMalformed(bytes, bad, to));
  }
}
