package dev.paperdigest.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names that are not UTF-8, kept exact from the command line to the file and the message. */
class FileNamesTest {
  /** {@code café.txt} saved in Latin-1: the byte 0xE9 begins no UTF-8 character. */
  private static final byte[] LATIN1_NAME = {'c', 'a', 'f', (byte) 0xE9, '.', 't', 'x', 't'};

  @TempDir Path dir;

  @Test
  void bytesThatAreNotUtf8SurviveDecodingAndEncoding() {
    byte[] mixed = "가/".getBytes(UTF_8);
    byte[] name = new byte[mixed.length + LATIN1_NAME.length + 2];
    System.arraycopy(mixed, 0, name, 0, mixed.length);
    System.arraycopy(LATIN1_NAME, 0, name, mixed.length, LATIN1_NAME.length);
    // A lead byte cut short, then a lone continuation byte.
    name[name.length - 2] = (byte) 0xEA;
    name[name.length - 1] = (byte) 0x80;

    String decoded = FileNames.decode(name);

    assertArrayEquals(name, FileNames.encode(decoded));
    assertEquals("가/caf\\xE9.txt\\xEA\\x80", FileNames.legible(decoded));
  }

  @Test
  void textWithoutEscapesIsItsOwnLegibleForm() {
    String text = "2024-10-10.txt 😀";

    assertSame(text, FileNames.legible(text));
    assertArrayEquals(text.getBytes(UTF_8), FileNames.encode(text));
  }

  @Test
  void aNameThatIsNotUtf8OpensTheFileOfExactlyThoseBytes() throws IOException {
    Path file = dir.resolve(FileNames.path(LATIN1_NAME));
    Files.writeString(file, "content");

    List<Path> listed;
    try (Stream<Path> entries = Files.list(dir)) {
      listed = entries.toList();
    }

    assertEquals(1, listed.size());
    assertArrayEquals(LATIN1_NAME, FileNames.bytes(listed.get(0).getFileName()));
    assertEquals("caf\\xE9.txt", FileNames.display(listed.get(0).getFileName()));
    Path fromArgument = FileNames.path(dir + "/" + FileNames.decode(LATIN1_NAME));
    assertEquals("content", Files.readString(fromArgument));
    assertEquals(dir + "/caf\\xE9.txt", FileNames.display(fromArgument));
  }

  @Test
  void aRelativeNameStaysRelative() {
    Path relative = FileNames.path(new byte[] {'d', '/', (byte) 0xFF});

    assertEquals(false, relative.isAbsolute());
    assertArrayEquals(new byte[] {'d', '/', (byte) 0xFF}, FileNames.bytes(relative));
  }

  @Test
  void damagedArgumentsAreRecoveredFromTheCommandLineTheSystemKept() {
    byte[] argumentFile = "java\0@arguments\0".getBytes(UTF_8);
    byte[] korean = "java\0-jar\0digest.jar\0validate\0가.txt\0".getBytes(UTF_8);
    String[] asTheJvmDecodedThem = {"validate", "\uFFFD\uFFFD\uFFFD.txt"};

    assertArrayEquals(
        new String[] {"validate", "가.txt"},
        NativeArguments.recover(asTheJvmDecodedThem, korean, StandardCharsets.US_ASCII));
    // Arguments that are not the tail of the command line (an @argfile to java) stay as given.
    assertArrayEquals(
        asTheJvmDecodedThem,
        NativeArguments.recover(asTheJvmDecodedThem, argumentFile, StandardCharsets.US_ASCII));
    assertArrayEquals(
        new String[] {"validate", "caf\uDCE9.txt"},
        NativeArguments.recover(
            new String[] {"validate", "caf\uFFFD.txt"},
            concat("java\0validate\0".getBytes(UTF_8), LATIN1_NAME, new byte[] {0}),
            UTF_8));
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  @Test
  void theNameMessagesGiveAFileInADirectoryJoinsThemOnce() {
    assertEquals("out/a.json", FileNames.displayIn("out", Path.of("a.json")));
    assertEquals("out/a.json", FileNames.displayIn("out/", Path.of("a.json")));
    assertTrue(FileNames.displayIn("o", FileNames.path(LATIN1_NAME)).endsWith("\\xE9.txt"));
  }
}
