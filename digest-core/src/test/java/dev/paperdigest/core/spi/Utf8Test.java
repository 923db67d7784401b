package dev.paperdigest.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
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

  /**
   * Every three bytes that begin with a lead of a three-byte character, judged as the JDK's strict
   * decoder judges them: alone at the end, before ASCII, and after a character, where they are the
   * second of a run.
   */
  @Test
  void everySequenceWithAThreeByteLeadIsJudgedAsTheJdkJudgesIt() {
    CharsetDecoder jdk =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer decoded = CharBuffer.allocate(8);
    // Near the end the bytes are checked one by one; further from it, a word at a time.
    byte[] atTheEnd = bytes('a', 0, 0, 0);
    byte[] beforeAscii = bytes('a', 0, 0, 0, 'b', 'c', 'd', 'e', 'f', 'g');
    byte[] inARun = bytes(0xEA, 0xB0, 0x80, 0, 0, 0, 0xEA, 0xB0, 0x80, 'f', 'g', 'h');
    for (int lead = 0xE0; lead <= 0xEF; lead++) {
      for (int second = 0; second < 0x100; second++) {
        for (int third = 0; third < 0x100; third++) {
          byte[] sequence = bytes(lead, second, third);
          boolean valid =
              !jdk.reset().decode(ByteBuffer.wrap(sequence), decoded.clear(), true).isError();
          for (byte[] text : List.of(atTheEnd, beforeAscii, inARun)) {
            int at = text == inARun ? 3 : 1;
            System.arraycopy(sequence, 0, text, at, 3);
            assertEquals(
                valid ? -1 : at,
                Utf8.indexOfMalformed(text, 0, text.length),
                () -> HexFormat.ofDelimiter(" ").formatHex(text));
          }
        }
      }
    }
  }

  @Test
  void columnsCountCodePoints() {
    byte[] line = "a한😀".getBytes(StandardCharsets.UTF_8);
    assertEquals(3, Utf8.countCodePoints(line, 0, line.length));
  }
}
