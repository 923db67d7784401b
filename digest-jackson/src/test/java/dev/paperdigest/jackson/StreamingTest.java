package dev.paperdigest.jackson;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both readers take one digest at a time from their input, however long it is. */
class StreamingTest {
  private static final JsonDigestFormat JSON = new JsonDigestFormat();
  private static final JsonLinesDigestFormat JSONL = new JsonLinesDigestFormat();

  @Test
  void aJsonArrayThatNeverEndsIsReadOneElementAtATime() {
    String element = JSON.writer().writeAsString(TestDigests.twoPapers()).strip();
    InputStream endless = new Repeating("[", element + ",\n");
    try (DigestIterator digests = JSON.reader().open(endless, "endless.json")) {
      assertEquals(TestDigests.twoPapers(), digests.next());
      assertEquals(new SourcePosition(1, 2), digests.position());
      for (int i = 1; i < 2_000; i++) {
        assertEquals(TestDigests.twoPapers(), digests.next());
      }
      assertEquals(
          new SourcePosition(1 + 1999 * (int) element.lines().count(), 1), digests.position());
    }
  }

  @Test
  void jsonLinesThatNeverEndAreReadOneLineAtATime() {
    InputStream endless = new Repeating("", JSONL.writer().writeAsString(TestDigests.twoPapers()));
    try (DigestIterator digests = JSONL.reader().open(endless, "endless.jsonl")) {
      for (int i = 0; i < 2_000; i++) {
        assertEquals(TestDigests.twoPapers(), digests.next());
      }
      assertEquals(new SourcePosition(2_000, 1), digests.position());
    }
  }

  @Test
  void nothingIsReadUntilAsked() {
    for (DigestFormat format : List.<DigestFormat>of(JSON, JSONL)) {
      InputStream failing =
          new InputStream() {
            @Override
            public int read() throws IOException {
              throw new IOException("disk on fire");
            }
          };
      DigestIterator digests = assertDoesNotThrow(() -> format.reader().open(failing, "x"));
      UncheckedIOException e = assertThrows(UncheckedIOException.class, digests::hasNext);
      assertEquals("disk on fire", e.getCause().getMessage());
    }
  }

  @Test
  void hugeValuesRoundTrip() {
    String abstractLine = "Positional encodings, η ∝ sqrt(T), 가나다. ".repeat(25_000);
    Paper paper =
        Paper.builder()
            .title("Huge")
            .abstractText(abstractLine + "\n" + abstractLine)
            .authors(Collections.nCopies(100_000, "Kun Xu"))
            .addTags("t")
            .build();
    Digest digest = TestDigests.twoPapers().withPapers(paper);
    for (DigestFormat format : List.<DigestFormat>of(JSON, JSONL)) {
      assertEquals(digest, format.reader().read(format.writer().writeAsString(digest)));
    }
  }

  /** A head, then a body repeated for ever. */
  private static final class Repeating extends InputStream {
    private final byte[] head;
    private final byte[] body;
    private long position;

    Repeating(String head, String body) {
      this.head = head.getBytes(StandardCharsets.UTF_8);
      this.body = body.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      byte b =
          position < head.length
              ? head[(int) position]
              : body[(int) ((position - head.length) % body.length)];
      position++;
      return b & 0xFF;
    }

    @Override
    public int read(byte[] into, int off, int len) {
      for (int i = 0; i < len; i++) {
        into[off + i] = (byte) read();
      }
      return len;
    }
  }
}
