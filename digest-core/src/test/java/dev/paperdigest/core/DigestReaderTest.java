package dev.paperdigest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        List.of(2L, 4L),
        e.diagnostics().stream().map(Diagnostic::line).collect(Collectors.toList()));
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
  void aFileIsOpenedOnlyWhenReadAndClosedAtItsEnd(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a.dates"), "2024-10-10\n2024-10-11\n");
    long before = openFiles();
    List<DigestIterator> unread = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      unread.add(reader.open(file));
    }
    assertTrue(openFiles() - before < 100, "unread iterators hold no file handle");
    for (DigestIterator digests : unread) {
      while (digests.hasNext()) {
        digests.next();
      }
    }
    assertTrue(openFiles() - before < 100, "iterators read to the end hold none either");
  }

  @Test
  void aNamedPipeReadsAsAFileDoes(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.dates");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    DigestIterator digests = reader.open(fifo);
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try {
                Files.writeString(fifo, "2024-10-10\n2024-10-11\n");
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    try (digests) {
      assertEquals(2, digests.stream().count());
    }
    writer.get(10, TimeUnit.SECONDS);
  }

  @Test
  void aMissingFileOrADirectoryIsReportedByOpen(@TempDir Path dir) {
    assertThrows(NoSuchFileException.class, () -> reader.open(dir.resolve("missing.dates")));
    IOException e = assertThrows(IOException.class, () -> reader.open(dir));
    assertTrue(e.getMessage().endsWith("Is a directory"), e.getMessage());
  }

  /** The file descriptors this process has open, as Linux lists them. */
  private static long openFiles() throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.count();
    }
  }

  @Test
  void checkReportsErrorsAndWarningsInInputOrderWithoutThrowing() throws IOException {
    List<Diagnostic> found =
        reader.check(
            new java.io.ByteArrayInputStream(
                "warn 2024-10-10\nnope\n2024-10-12\n".getBytes(StandardCharsets.UTF_8)),
            "in");
    assertEquals(
        List.of(
            Diagnostic.warning("in", 1, 1, "a warned date"),
            Diagnostic.error("in", 2, 1, "not a date: nope")),
        found);
  }

  @Test
  void checkWarnsAboutAnInputWithoutDigests(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.dates"));
    assertEquals(
        List.of(
            Diagnostic.warning(
                empty.toString(),
                1,
                1,
                "empty-input",
                "the input holds no digest; is it empty, or the wrong file?")),
        reader.check(empty));
  }

  @Test
  void anArchiveOfOneDigestIsWrittenAsTheDigestAlone() {
    Digest digest = Digest.builder().date(LocalDate.of(2024, 10, 10)).build();
    assertEquals(writer.writeAsString(digest), writer.writeAllAsString(List.of(digest)));
  }
}
