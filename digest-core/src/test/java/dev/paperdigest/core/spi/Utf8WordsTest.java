package dev.paperdigest.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8} reads eight bytes at a time where it can: inputs long enough for that, ASCII runs
 * mixed with characters and bad bytes at every alignment, give the answers of the JDK's strict
 * decoder and of counting byte by byte.
 */
class Utf8WordsTest {
  private static final byte[][] PIECES = {
    "é".getBytes(StandardCharsets.UTF_8),
    "한".getBytes(StandardCharsets.UTF_8),
    "😀".getBytes(StandardCharsets.UTF_8),
    {(byte) 0xFF},
    {(byte) 0x80},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xC0, (byte) 0xAF},
  };

  @Test
  void findsTheFirstBadByteAndCountsCharactersAtEveryAlignment() {
    Random random = new Random(7);
    for (int round = 0; round < 3_000; round++) {
      byte[] bytes = mixed(random);
      int from = random.nextInt(Math.min(9, bytes.length + 1));
      assertEquals(
          longestValidPrefix(bytes, from),
          Utf8.indexOfMalformed(bytes, from, bytes.length),
          Arrays.toString(bytes));
      long characters = 0;
      for (int i = from; i < bytes.length; i++) {
        characters += (bytes[i] & 0xC0) == 0x80 ? 0 : 1;
      }
      assertEquals(characters, Utf8.countCodePoints(bytes, from, bytes.length));
    }
  }

  /** ASCII runs of any length, then now and then a character or a bad byte. */
  private static byte[] mixed(Random random) {
    ByteBuffer out = ByteBuffer.allocate(256);
    int length = random.nextInt(120);
    boolean rare = random.nextBoolean();
    while (out.position() < length) {
      if (random.nextInt(rare ? 30 : 4) == 0) {
        out.put(PIECES[random.nextInt(rare ? PIECES.length : 3)]);
      } else {
        out.put((byte) random.nextInt(0x80));
      }
    }
    byte[] bytes = new byte[out.position()];
    out.flip().get(bytes);
    return bytes;
  }

  /**
   * Where the first invalid sequence after {@code from} begins, or -1: the end of the longest valid
   * prefix, as every longer prefix holds that sequence or a part of it.
   */
  private static int longestValidPrefix(byte[] bytes, int from) {
    int to = bytes.length;
    while (!valid(bytes, from, to)) {
      to--;
    }
    return to == bytes.length ? -1 : to;
  }

  private static boolean valid(byte[] bytes, int from, int to) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
