package dev.paperdigest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The skeleton's promises, through {@link DateLinesFormat}, which is built on it. */
class AbstractDigestIteratorTest {
  private final DigestReader reader = new DateLinesFormat().reader();

  /** Counts closes and can fail on reading. */
  private static final class WatchedInput extends ByteArrayInputStream {
    int closes;
    boolean failReads;

    WatchedInput(String text) {
      super(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      if (failReads) {
        throw new UncheckedIOException(new IOException("disk on fire"));
      }
      return super.read(b, off, len);
    }

    @Override
    public void close() {
      closes++;
    }
  }

  @Test
  void aBrokenDigestIsThrownByNextAndReadingGoesOn() {
    try (DigestIterator digests =
        reader.open(
            new WatchedInput(
                """
                2024-10-10
                nope
                2024-10-12
                """),
            "in")) {
      assertEquals(LocalDate.of(2024, 10, 10), digests.next().date());
      assertTrue(digests.hasNext(), "the failure is held for next()");
      DigestFormatException e = assertThrows(DigestFormatException.class, digests::next);
      assertEquals("in:2:1: error: not a date: nope", e.getMessage());
      assertEquals(new SourcePosition(2, 1), digests.position());
      assertEquals(LocalDate.of(2024, 10, 12), digests.next().date());
      assertEquals(new SourcePosition(3, 1), digests.position());
      assertFalse(digests.hasNext());
      NoSuchElementException end = assertThrows(NoSuchElementException.class, digests::next);
      assertEquals("no more digests in in", end.getMessage());
    }
  }

  @Test
  void positionLocationsAndWarningsBelongToTheDigestLastReturnedNotToTheOneReadAhead() {
    try (DigestIterator digests =
        reader.open(
            new WatchedInput(
                """
                warn 2024-10-10
                2024-10-11
                """),
            "in")) {
      assertEquals(SourcePosition.START, digests.position());
      digests.next();
      assertTrue(digests.hasNext());
      assertEquals(new SourcePosition(1, 1), digests.position());
      assertEquals(List.of(Diagnostic.warning("in", 1, 1, "a warned date")), digests.warnings());
      digests.next();
      assertEquals(new SourcePosition(2, 1), digests.locations().digest());
      assertEquals(new SourcePosition(2, 1), digests.locations().paper(0), "falls back");
      assertEquals(List.of(), digests.warnings());
    }
  }

  @Test
  void theInputIsClosedOnceAtItsEndAndAgainNever() {
    WatchedInput in = new WatchedInput("2024-10-10\n");
    DigestIterator digests = reader.open(in, "in");
    digests.next();
    assertEquals(0, in.closes, "still open: its end is not known yet");
    assertFalse(digests.hasNext());
    assertEquals(1, in.closes, "closed at the end of the input");
    digests.close();
    digests.close();
    assertEquals(1, in.closes);
  }

  @Test
  void nothingIsReadBeforeTheFirstDigestIsAskedFor() {
    WatchedInput in = new WatchedInput("2024-10-10\n");
    in.failReads = true;
    DigestIterator digests = reader.open(in, "in");
    digests.close();
    assertEquals(1, in.closes);
    assertFalse(digests.hasNext(), "a closed iterator has no more digests");
  }

  @Test
  void aFailingInputIsClosedAndItsFailureIsTheOneSeen() {
    WatchedInput in = new WatchedInput("2024-10-10\n");
    in.failReads = true;
    DigestIterator digests = reader.open(in, "in");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, digests::hasNext);
    assertEquals("disk on fire", e.getCause().getMessage());
    assertEquals(1, in.closes);
    assertFalse(digests.hasNext());
  }

  @Test
  void aFailureOfClosingIsReportedUnchecked() throws IOException {
    IOException refused = new IOException("cannot close");
    InputStream in =
        new ByteArrayInputStream(new byte[0]) {
          @Override
          public void close() throws IOException {
            throw refused;
          }
        };
    DigestIterator digests = reader.open(in, "in");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, digests::close);
    assertSame(refused, e.getCause());
  }
}
