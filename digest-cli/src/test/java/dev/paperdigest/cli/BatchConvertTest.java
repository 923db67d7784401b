package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestRun.digest;
import static dev.paperdigest.cli.DigestRun.sample;
import static dev.paperdigest.cli.Documents.BROKEN;
import static dev.paperdigest.cli.Documents.SMALL;
import static dev.paperdigest.cli.Documents.bytes;
import static dev.paperdigest.cli.Documents.names;
import static dev.paperdigest.cli.Documents.write;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digest convert} with several inputs, or a directory, converted into a directory. */
class BatchConvertTest {
  @TempDir Path dir;

  private Path out() throws IOException {
    return Files.createDirectories(dir.resolve("out"));
  }

  @Test
  void convertsSeveralFilesIntoADirectory() throws IOException {
    Path a = write(dir.resolve("in/a.txt"), sample());
    Path b = write(dir.resolve("other/b.TXT"), SMALL + "\r\n");
    Path out = out();

    DigestRun run =
        digest("convert", "-t", "text", "-o", out.toString(), a.toString(), b.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals(List.of("a.txt", "b.txt"), names(out));
    assertArrayEquals(sample(), bytes(out.resolve("a.txt")));
    assertEquals(SMALL, new String(bytes(out.resolve("b.txt")), StandardCharsets.UTF_8));
  }

  @Test
  void aDirectoryStandsForItsFilesWithAKnownExtension() throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("2024-10-10.txt"), sample());
    write(in.resolve("2024-10-12.txt"), SMALL);
    write(in.resolve("README.md.bak"), "not a digest");
    write(in.resolve(".hidden.txt"), "left out, as shells leave it out of *");
    Files.createDirectories(in.resolve("nested.txt"));
    Path out = out();

    DigestRun run = digest("convert", "-t", "text", "-o", out.toString(), in.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals(List.of("2024-10-10.txt", "2024-10-12.txt"), names(out));
  }

  @Test
  void anExistingDirectoryAsOutputMeansBatchModeEvenForOneInput() throws IOException {
    Path out = out();

    DigestRun run =
        digest("convert", "-t", "text", "-o", out.toString(), DigestRun.SAMPLE.toString());

    assertEquals(0, run.status(), run.stderr());
    assertArrayEquals(sample(), bytes(out.resolve("2024-10-10.txt")));
  }

  @Test
  void reportsEveryFailingFileAndConvertsTheOthers() throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("a.txt"), SMALL);
    Path b = write(in.resolve("b.txt"), BROKEN);
    write(in.resolve("c.txt"), sample());
    Path d = write(in.resolve("d.txt"), SMALL + "\n" + BROKEN);
    Path out = out();
    write(out.resolve("b.txt"), "yesterday's b");

    DigestRun run = digest("convert", "-t", "text", "-o", out.toString(), in.toString());

    assertEquals(1, run.status());
    assertEquals(List.of("a.txt", "b.txt", "c.txt"), names(out));
    assertEquals(SMALL, new String(bytes(out.resolve("a.txt")), StandardCharsets.UTF_8));
    assertEquals("yesterday's b", new String(bytes(out.resolve("b.txt")), StandardCharsets.UTF_8));
    assertArrayEquals(sample(), bytes(out.resolve("c.txt")));
    String stderr = run.stderr();
    assertTrue(stderr.contains(b + ":"), stderr);
    assertTrue(stderr.contains(d + ":"), stderr);
    assertTrue(
        stderr.lines().allMatch(line -> line.matches(".*\\.txt:\\d+:\\d+: error: .+")), stderr);
  }

  @Test
  void convertsADirectoryInPlace() {
    Path in = dir.resolve("in");
    write(in.resolve("a.txt"), "\n" + SMALL + "\n\n");
    write(in.resolve("b.txt"), sample());

    DigestRun run = digest("convert", "-t", "text", "-o", in.toString(), in.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals(List.of("a.txt", "b.txt"), names(in));
    assertEquals(SMALL, new String(bytes(in.resolve("a.txt")), StandardCharsets.UTF_8));
    assertArrayEquals(sample(), bytes(in.resolve("b.txt")));
  }

  @Test
  void createsTheOutputDirectoryWhenItIsMissing() {
    Path in = dir.resolve("in");
    write(in.resolve("a.txt"), SMALL);
    Path out = dir.resolve("new/out");

    DigestRun run = digest("convert", "-t", "text", "-o", out + "/", in.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals(List.of("a.txt"), names(out));
  }

  @Test
  void usageErrorsAreFoundBeforeAnythingIsWritten() throws IOException {
    Path a = write(dir.resolve("x/same.txt"), SMALL);
    Path b = write(dir.resolve("y/same.txt"), SMALL);
    Path c = write(dir.resolve("c.txt"), SMALL);
    Path out = out();

    DigestRun noTarget = digest("convert", "-o", out.toString(), a.toString(), c.toString());
    DigestRun stdin = digest("convert", "-t", "text", "-o", out.toString(), "-", c.toString());
    DigestRun clash =
        digest(
            "convert",
            "-t",
            "text",
            "-o",
            out.toString(),
            c.toString(),
            a.toString(),
            b.toString());
    DigestRun missing =
        digest(
            "convert",
            "-t",
            "text",
            "-o",
            out.toString(),
            c.toString(),
            dir.resolve("missing.txt").toString());

    assertAll(
        () -> assertUsageError(noTarget, "-t FORMAT"),
        () -> assertUsageError(stdin, "standard input"),
        () ->
            assertUsageError(
                clash, a + " and " + b + " would both be written to " + out.resolve("same.txt")),
        () -> assertUsageError(missing, dir.resolve("missing.txt") + ": No such file"),
        () -> assertEquals(List.of(), names(out)));
  }

  private static void assertUsageError(DigestRun run, String expected) {
    assertEquals(2, run.status(), run.stderr());
    assertTrue(run.stderr().startsWith("digest: "), run.stderr());
    assertTrue(run.stderr().contains(expected), run.stderr());
    assertFalse(run.showsStackTrace(), run.stderr());
  }
}
