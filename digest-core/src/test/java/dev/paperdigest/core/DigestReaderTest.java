package dev.paperdigest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The contract's default methods, exercised through the small {@link DateLinesFormat}. */
class DigestReaderTest {
  private final DigestReader reader = new DateLinesFormat().reader();
  private final DigestWriter writer = new DateLinesFormat().writer();

  @Test
  void readTakesExactlyOneDigest() {
    assertEquals(LocalDate.of(2024, 10, 10), reader.read("2024-10-10").date());
  }

  @Test
  void readOfAnEmptyInputSaysThereIsNoDigest() {
    DigestFormatException e = assertThrows(DigestFormatException.class, () -> reader.read(""));
    assertEquals(
        "<string>:1:1: error: expected a digest, but the input holds none", e.getMessage());
  }

  @Test
  void readOfTwoDigestsPointsAtTheSecond() {
    DigestFormatException e =
        assertThrows(DigestFormatException.class, () -> reader.read("2024-10-10\n2024-10-11"));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(2, d.line());
    assertEquals(1, d.column());
  }

  @Test
  void readAllReportsEveryBrokenDigestNotOnlyTheFirst() {
    DigestFormatException e =
        assertThrows(
            DigestFormatException.class,
            () -> reader.readAll("2024-10-10\nnope\n2024-10-12\nnever"));
    assertEquals(
        List.of(2, 4), e.diagnostics().stream().map(Diagnostic::line).collect(Collectors.toList()));
    assertEquals(
        "<string>:2:1: error: not a date: nope\n<string>:4:1: error: not a date: never",
        e.getMessage());
  }

  @Test
  void streamsAreLazyAndStopEarly() {
    try (var digests =
        reader
            .open(
                new java.io.ByteArrayInputStream("2024-10-10\n2024-10-11\nbroken".getBytes()), "s")
            .stream()) {
      assertEquals(LocalDate.of(2024, 10, 11), digests.skip(1).findFirst().orElseThrow().date());
    }
  }

  @Test
  void anArchiveOfOneDigestIsWrittenAsTheDigestAlone() {
    Digest digest = Digest.builder().date(LocalDate.of(2024, 10, 10)).build();
    assertEquals(writer.writeAsString(digest), writer.writeAllAsString(List.of(digest)));
  }
}
