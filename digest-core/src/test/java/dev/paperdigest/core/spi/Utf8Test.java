package dev.paperdigest.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {
  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static String describe(int... values) {
    byte[] bytes = bytes(values);
    int at = Utf8.indexOfMalformed(bytes, 0, bytes.length);
    return Utf8.describeMalformed(bytes, at, bytes.length);
  }

  @Test
  void validTextHasNoMalformedSequence() {
    byte[] text = "abc 한국어 😀 \uFEFF".getBytes(StandardCharsets.UTF_8);
    assertEquals(-1, Utf8.indexOfMalformed(text, 0, text.length));
  }

  @Test
  void describesEachKindOfBadSequenceInOneWay() {
    assertEquals(
        "invalid UTF-8: byte 0xFF does not begin any character; save the file as UTF-8",
        describe('a', 0xFF));
    assertEquals(
        "invalid UTF-8: byte 0x80 does not begin any character; save the file as UTF-8",
        describe(0x80));
    assertEquals(
        "invalid UTF-8: bytes 0xE3 0x81 do not form a character; save the file as UTF-8",
        describe(0xE3, 0x81, 'a'));
    assertEquals(
        "invalid UTF-8: byte 0xE3 begins a character that does not end; save the file as UTF-8",
        describe(0xE3));
    assertEquals(
        "invalid UTF-8: bytes 0xED 0xA0 0x80 do not form a character; save the file as UTF-8",
        describe(0xED, 0xA0, 0x80));
    assertEquals(
        "invalid UTF-8: byte 0xC0 does not begin any character; save the file as UTF-8",
        describe(0xC0, 0xAF));
  }

  @Test
  void agreesWithTheJdksStrictDecoderOnRandomBytes() {
    Random random = new Random(42);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[random.nextInt(8)];
      random.nextBytes(bytes);
      boolean jdkValid;
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
        jdkValid = true;
      } catch (CharacterCodingException e) {
        jdkValid = false;
      }
      assertEquals(jdkValid, Utf8.indexOfMalformed(bytes, 0, bytes.length) < 0);
    }
  }

  @Test
  void columnsCountCodePoints() {
    byte[] line = "a한😀".getBytes(StandardCharsets.UTF_8);
    assertEquals(3, Utf8.countCodePoints(line, 0, line.length));
  }
}
