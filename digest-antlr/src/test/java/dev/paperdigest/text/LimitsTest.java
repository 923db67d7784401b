package dev.paperdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The line limit, how it is raised, and line numbers past 2<sup>31</sup>. */
class LimitsTest {
  private static final String TOO_LONG =
      "this line is longer than %s, the longest line the text reader accepts; if the file is"
          + " right, raise the limit with the system property digest.text.maxLineBytes (for the"
          + " digest command, DIGEST_JAVA_OPTS=-Ddigest.text.maxLineBytes=1G)";

  @AfterEach
  void clearProperty() {
    System.clearProperty(TextFormat.MAX_LINE_BYTES_PROPERTY);
  }

  @Test
  void aLineAtTheLimitReadsAndOneByteMoreEndsReading() {
    TextFormat text = TextFormat.withMaxLineBytes(20);
    String atLimit = "2024년 1월 1일\nTwenty bytes exactly\n(A)\n#t\n";
    assertEquals("Twenty bytes exactly", read(text, atLimit).get(0).papers().get(0).title());
    String overLimit = atLimit + "2024년 1월 2일\nTwenty-one bytes here\n(A)\n#t\n2024년 1월 3일\n";
    try (DigestIterator digests = open(text, overLimit.getBytes(StandardCharsets.UTF_8))) {
      assertEquals(1, digests.next().papers().size());
      DigestFormatException e = assertThrows(DigestFormatException.class, digests::next);
      assertEquals(
          List.of(Diagnostic.error("limits.txt", 6, 1, String.format(TOO_LONG, "20 bytes"))),
          e.diagnostics());
      assertFalse(digests.hasNext(), "reading cannot go on past a line it could not hold");
    }
  }

  @Test
  void theLimitCountsBytesNotCharacters() {
    TextFormat text = TextFormat.withMaxLineBytes(20);
    // Seven syllables of three bytes each: 21 bytes in 7 characters.
    List<Diagnostic> found = diagnostics(text, "2024년 1월 1일\n가나다라마바사\n");
    assertEquals(
        List.of(Diagnostic.error("limits.txt", 2, 1, String.format(TOO_LONG, "20 bytes"))), found);
  }

  /** What {@code digest validate -f text /dev/zero} reads: one line that never ends. */
  @Test
  void anEndlessLineEndsWithTheLimitErrorAtTheDefaultLimit() {
    InputStream zeros =
        new InputStream() {
          @Override
          public int read() {
            return 0;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 0);
            return len;
          }
        };
    try (DigestIterator digests = new TextFormat().reader().open(zeros, "/dev/zero")) {
      DigestFormatException e = assertThrows(DigestFormatException.class, digests::next);
      assertEquals(
          List.of(Diagnostic.error("/dev/zero", 1, 1, String.format(TOO_LONG, "64 MiB"))),
          e.diagnostics());
      assertFalse(digests.hasNext());
    }
  }

  @Test
  void theSystemPropertyRaisesOrLowersTheLimit() {
    System.setProperty(TextFormat.MAX_LINE_BYTES_PROPERTY, "1k");
    TextFormat text = new TextFormat();
    String line = "x".repeat(1024);
    assertEquals(
        line, read(text, "2024년 1월 1일\n" + line + "\n()\n#t").get(0).papers().get(0).title());
    assertEquals(
        List.of(Diagnostic.error("limits.txt", 2, 1, String.format(TOO_LONG, "1 KiB"))),
        diagnostics(text, "2024년 1월 1일\n" + line + "x\n()\n#t"));
  }

  @Test
  void aSystemPropertyThatIsNoSizeIsReportedByEveryRead() {
    for (String value : List.of("12X", "0", "2G", "-5", "", "1.5M", "99999999999999999999")) {
      System.setProperty(TextFormat.MAX_LINE_BYTES_PROPERTY, value);
      assertEquals(
          List.of(
              Diagnostic.error(
                  "limits.txt",
                  1,
                  1,
                  "the system property digest.text.maxLineBytes is `"
                      + value
                      + "`, which is not a line length the text reader accepts: give a number of"
                      + " bytes from 1 to 1G, like 134217728 or 128M")),
          diagnostics(new TextFormat(), "2024년 1월 1일\n"),
          value);
    }
  }

  @Test
  void theFactoryChecksItsLimit() {
    assertThrows(IllegalArgumentException.class, () -> TextFormat.withMaxLineBytes(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> TextFormat.withMaxLineBytes(TextFormat.MAX_LINE_BYTES_CEILING + 1));
    assertEquals("text", TextFormat.withMaxLineBytes(TextFormat.MAX_LINE_BYTES_CEILING).name());
  }

  /**
   * More than 2<sup>31</sup> lines: 2<sup>31</sup> empty lines, which the reader counts eight at a
   * time, then a digest with a broken entry. Diagnostics and locations keep their 64-bit lines.
   */
  @Test
  void lineNumbersPastTwoToTheThirtyFirstStayRight() {
    long empty = 1L << 31;
    InputStream lineFeeds =
        new InputStream() {
          private long left = empty;

          @Override
          public int read() {
            return left-- > 0 ? '\n' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left == 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(b, off, off + n, (byte) '\n');
            left -= n;
            return n;
          }
        };
    byte[] digest =
        "2024년 1월 1일\nTitle\n(Kim, Lee)\n#a #b\nBroken\n#c\n".getBytes(StandardCharsets.UTF_8);
    InputStream in = new SequenceInputStream(lineFeeds, new ByteArrayInputStream(digest));
    long first = empty + 1;
    try (DigestIterator digests = TextIo.TEXT.reader().open(in, "long.txt")) {
      DigestFormatException e = assertThrows(DigestFormatException.class, digests::next);
      assertEquals(
          List.of(
              Diagnostic.error(
                  "long.txt",
                  first + 5,
                  1,
                  "expected an authors line like `(Name, Name)` after the title `Broken`")),
          e.diagnostics());
      assertEquals(new SourcePosition(first, 1), digests.position());
      assertEquals(new SourcePosition(first + 1, 1), digests.locations().paper(0));
      assertEquals(
          new SourcePosition(first + 2, 7), digests.locations().element(0, PaperField.AUTHORS, 1));
    }
  }

  private static List<Digest> read(TextFormat text, String input) {
    List<Digest> digests = new ArrayList<>();
    try (DigestIterator iterator = open(text, input.getBytes(StandardCharsets.UTF_8))) {
      iterator.forEachRemaining(digests::add);
    }
    return digests;
  }

  private static List<Diagnostic> diagnostics(TextFormat text, String input) {
    List<Diagnostic> found = new ArrayList<>();
    try (DigestIterator digests = open(text, input.getBytes(StandardCharsets.UTF_8))) {
      digests.checkRest(found::add);
    }
    return found;
  }

  private static DigestIterator open(TextFormat text, byte[] input) {
    return text.reader().open(new ByteArrayInputStream(input), "limits.txt");
  }
}
