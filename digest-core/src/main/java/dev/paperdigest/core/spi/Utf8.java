package dev.paperdigest.core.spi;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The strict UTF-8 check every format makes, and the one message that reports a byte that is not
 * UTF-8, so that a bad byte reads the same whether the file was text, JSON or Markdown.
 *
 * <pre>{@code
 * int bad = Utf8.indexOfMalformed(bytes, 0, bytes.length);
 * if (bad >= 0) {
 *   report(line, column, Utf8.describeMalformed(bytes, bad, bytes.length));
 *   // invalid UTF-8: byte 0xFF does not begin any character; save the file as UTF-8
 * }
 * }</pre>
 *
 * <p>Valid means RFC 3629: no overlong forms, no surrogates (U+D800 to U+DFFF), nothing above
 * U+10FFFF. A byte-order mark is valid UTF-8 (formats drop it at the start of a file).
 */
public final class Utf8 {
  /**
   * Reads eight bytes at once: most input is ASCII, and testing a word of it against {@link
   * #HIGH_BITS} is several times faster than testing its bytes one by one (docs/performance.md).
   */
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of each byte of a word: set in every byte that is not ASCII. */
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  /**
   * Where the first invalid sequence of {@code bytes[from, to)} begins.
   *
   * @param bytes the input
   * @param from the first byte to check
   * @param to the end, exclusive
   * @return the index of its first byte, or -1 when all is valid
   */
  public static int indexOfMalformed(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      if (i <= to - Long.BYTES) {
        // The ASCII bytes before the first that is not, all at once (the first byte is the lowest).
        long high = (long) WORDS.get(bytes, i) & HIGH_BITS;
        if (high == 0) {
          i += Long.BYTES;
          continue;
        }
        i += Long.numberOfTrailingZeros(high) >>> 3;
      } else if (bytes[i] >= 0) {
        i++;
        continue;
      }
      // Characters that are not ASCII come in runs (a Korean word), checked one after the other
      // before the next word is read.
      do {
        if (i <= to - Long.BYTES && isPlainThreeByteCharacter((long) WORDS.get(bytes, i))) {
          i += 3;
        } else {
          int length = validSequenceLength(bytes, i, to);
          if (length == 0) {
            return i;
          }
          i += length;
        }
      } while (i < to && bytes[i] < 0);
    }
    return -1;
  }

  /**
   * How many bytes, from {@code at}, make the invalid sequence there: the lead byte and the
   * continuation bytes that follow it as far as they could still belong to it (at least 1).
   *
   * @param bytes the input
   * @param at where {@link #indexOfMalformed} found the sequence
   * @param to the end of the input, exclusive
   * @return 1 to 4
   */
  public static int malformedLength(byte[] bytes, int at, int to) {
    int expected = sequenceLength(bytes[at]);
    int length = 1;
    while (length < expected && at + length < to && isContinuation(bytes[at + length])) {
      length++;
    }
    return length;
  }

  /**
   * The message for the invalid sequence at {@code at}, in people's words, with what to do.
   *
   * @param bytes the input
   * @param at where the invalid sequence begins
   * @param to the end of the input, exclusive
   * @return such as {@code invalid UTF-8: byte 0xFF does not begin any character; save the file as
   *     UTF-8}
   */
  public static String describeMalformed(byte[] bytes, int at, int to) {
    int length = malformedLength(bytes, at, to);
    StringBuilder message = new StringBuilder("invalid UTF-8: ");
    if (length == 1) {
      message.append("byte ").append(hex(bytes[at]));
      message.append(
          isContinuation(bytes[at]) || sequenceLength(bytes[at]) == 0
              ? " does not begin any character"
              : " begins a character that does not end");
    } else {
      message.append("bytes");
      for (int i = 0; i < length; i++) {
        message.append(' ').append(hex(bytes[at + i]));
      }
      message.append(" do not form a character");
    }
    return message.append("; save the file as UTF-8").toString();
  }

  /**
   * Code points in UTF-8 {@code bytes[from, to)}, counting each invalid byte as one, as a decoder
   * that replaces it with U+FFFD would: the column of a position within a line.
   *
   * @param bytes the input
   * @param from the first byte
   * @param to the end, exclusive
   * @return the number of code points
   */
  public static long countCodePoints(byte[] bytes, int from, int to) {
    long count = to - from;
    int i = from;
    for (; i <= to - Long.BYTES; i += Long.BYTES) {
      count -= continuationBytes((long) WORDS.get(bytes, i));
    }
    for (; i < to; i++) {
      if (isContinuation(bytes[i])) {
        count--;
      }
    }
    return count;
  }

  /**
   * Whether the first three bytes of {@code word} (the lowest first) are a three-byte character
   * whose lead is neither E0 nor ED, the two leads that narrow the second byte's range: Hangul,
   * most CJK, most punctuation. One test instead of {@link #validSequenceLength}'s several; Korean
   * text is mostly these.
   */
  private static boolean isPlainThreeByteCharacter(long word) {
    long leadBits = word & 0x0F;
    return (word & 0xC0C0F0) == 0x8080E0 && leadBits != 0x0 && leadBits != 0xD;
  }

  /** The length of the valid sequence starting with the non-ASCII lead byte at {@code at}, or 0. */
  private static int validSequenceLength(byte[] bytes, int at, int to) {
    int lead = bytes[at] & 0xFF;
    int length = sequenceLength(bytes[at]);
    if (length == 0 || at + length > to) {
      return 0;
    }
    int second = bytes[at + 1] & 0xFF;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    int low = 0x80;
    int high = 0xBF;
    if (lead == 0xE0) {
      low = 0xA0;
    } else if (lead == 0xED) {
      high = 0x9F;
    } else if (lead == 0xF0) {
      low = 0x90;
    } else if (lead == 0xF4) {
      high = 0x8F;
    }
    if (second < low || second > high) {
      return 0;
    }
    for (int i = 2; i < length; i++) {
      if (!isContinuation(bytes[at + i])) {
        return 0;
      }
    }
    return length;
  }

  /** The length a sequence with this lead byte has, or 0 if no valid sequence starts with it. */
  private static int sequenceLength(byte lead) {
    int b = lead & 0xFF;
    if (b < 0x80) {
      return 1;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      return 2;
    }
    if (b >= 0xE0 && b <= 0xEF) {
      return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
      return 4;
    }
    return 0;
  }

  /**
   * How many bytes of {@code word} are continuation bytes, {@code 10xxxxxx}: the high bit set, the
   * bit below it not.
   */
  private static int continuationBytes(long word) {
    return Long.bitCount(word & ~(word << 1) & HIGH_BITS);
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private static String hex(byte b) {
    return String.format("0x%02X", b & 0xFF);
  }
}
