package dev.paperdigest.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through {@link DateLinesFormat}, whose canonical form is one ISO date and a line feed a line. */
class CanonicalFormTest {
  private final DigestFormat format = new DateLinesFormat();

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theCanonicalFormIsWhatTheWriterWritesForWhatTheReaderReads() {
    assertArrayEquals(
        utf8("2024-10-10\n2024-10-11\n"),
        CanonicalForm.of(format, utf8("2024-10-10\r\nwarn 2024-10-11"), "in"));
  }

  @Test
  void aFileIsCanonicalOnlyWhenRewritingItChangesNothing(@TempDir Path dir) throws IOException {
    Path canonical = Files.writeString(dir.resolve("a.dates"), "2024-10-10\n2024-10-11\n");
    Path crlf = Files.writeString(dir.resolve("b.dates"), "2024-10-10\r\n2024-10-11\r\n");
    Path missingEnd = Files.writeString(dir.resolve("c.dates"), "2024-10-10\n2024-10-11");
    Path extra = Files.writeString(dir.resolve("d.dates"), "2024-10-10\n2024-10-11\n\n");
    assertTrue(CanonicalForm.isCanonical(format, canonical));
    assertFalse(CanonicalForm.isCanonical(format, crlf));
    assertFalse(CanonicalForm.isCanonical(format, missingEnd));
    assertFalse(CanonicalForm.isCanonical(format, extra), "a file longer than its canonical form");
  }

  @Test
  void aFileThatDoesNotReadSaysWhere(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("e.dates"), "2024-10-10\nnope\n");
    DigestFormatException e =
        assertThrows(DigestFormatException.class, () -> CanonicalForm.isCanonical(format, broken));
    assertEquals(2, e.diagnostics().get(0).line());
  }
}
