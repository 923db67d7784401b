package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestRun.digest;
import static dev.paperdigest.cli.DigestRun.digestWith;
import static dev.paperdigest.cli.Documents.SMALL;
import static dev.paperdigest.cli.Documents.names;
import static dev.paperdigest.cli.Documents.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the commands print about their inputs: warnings, refusals placed where the digest was read,
 * the cap on problems per file, 64-bit positions, and running out of memory. The {@code lines} test
 * format ({@link TestFormats#lines()}) warns, refuses and places where the real formats will.
 */
class DiagnosticsTest {
  @TempDir Path dir;

  private static DigestRun lines(String... args) {
    return digestWith(TestFormats.withTestFormats(), new byte[0], args);
  }

  private static String stderr(DigestRun run) {
    return run.stderr().replace(System.lineSeparator(), "\n");
  }

  @Test
  void validatePrintsWarningsInGnuFormAndStillSucceeds() {
    Path input = write(dir.resolve("in.lines"), "2024-10-10 Calm\n2024-10-11 Loud!\n");

    DigestRun run = lines("validate", input.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals(input + ":2:16: warning: a title that shouts\n", stderr(run));
  }

  @Test
  void convertPrintsTheSameWarningsAndWritesEverything() {
    Path input = write(dir.resolve("in.lines"), "2024-10-10 Calm\n2024-10-11 Loud!\n");

    DigestRun run = lines("convert", input.toString(), "-t", "lines");

    assertEquals(0, run.status(), run.stderr());
    assertEquals("2024-10-10 Calm\n2024-10-11 Loud!\n", run.out());
    assertEquals(input + ":2:16: warning: a title that shouts\n", stderr(run));
  }

  @Test
  void anEmptyFileGetsAWarningButIsValid() {
    Path empty = write(dir.resolve("empty.txt"), "");

    DigestRun validate = digest("validate", empty.toString());
    DigestRun convert = digest("convert", empty.toString(), "-t", "json");

    assertEquals(0, validate.status(), validate.stderr());
    assertTrue(
        validate.stderr().startsWith(empty + ":1:1: warning: the input holds no digest"),
        validate.stderr());
    assertEquals(0, convert.status(), convert.stderr());
    assertEquals(validate.stderr(), convert.stderr());
  }

  @Test
  void aRefusalOfTheWriterPointsAtTheFieldItWasReadFrom() {
    Path first = write(dir.resolve("a.lines"), "2024-10-10 Fine\n");
    Path second = write(dir.resolve("b.lines"), "2024-10-11 Fine\n2024-10-12 Please refuse me\n");
    Path output = dir.resolve("all.lines");

    DigestRun run = lines("convert", "-o", output.toString(), first.toString(), second.toString());

    assertEquals(1, run.status());
    assertEquals(
        second + ":2:12: error: the lines format cannot hold this paper: Please refuse me\n",
        stderr(run));
    assertFalse(Files.exists(output));
  }

  @Test
  void atMostOneHundredProblemsArePrintedPerFileAndTheRestCounted() {
    String broken = IntStream.range(0, 150).mapToObj(i -> "?\n").collect(Collectors.joining());
    Path many = write(dir.resolve("many.lines"), broken);
    Path mixed = write(dir.resolve("mixed.lines"), broken + "2024-10-10 Loud!\n");
    Path few = write(dir.resolve("few.lines"), "?\n");

    DigestRun run = lines("validate", many.toString(), mixed.toString(), few.toString());

    assertEquals(1, run.status());
    List<String> printed = run.stderr().lines().toList();
    assertEquals(100 + 1 + 100 + 1 + 1, printed.size(), run.stderr());
    assertEquals(many + ":100:1: error: a broken line", printed.get(99));
    assertEquals(many + ": … and 50 more errors", printed.get(100));
    assertEquals(mixed + ": … and 51 more problems", printed.get(201));
    assertEquals(few + ":1:1: error: a broken line", printed.get(202));
  }

  @Test
  void warningsBeyondTheCapLeaveTheStatusAtZero() {
    String loud =
        IntStream.range(0, 120).mapToObj(i -> "2024-10-10 Loud!\n").collect(Collectors.joining());
    Path input = write(dir.resolve("loud.lines"), loud);

    DigestRun run = lines("validate", input.toString());

    assertEquals(0, run.status(), run.stderr());
    assertTrue(run.stderr().endsWith(input + ": … and 20 more warnings" + System.lineSeparator()));
  }

  @Test
  void linesBeyondTwoToTheThirtyFirstArePrintedWhole() {
    Path input = write(dir.resolve("long.lines"), "#line 5000000000\n2024-10-10 Loud!\n?\n");

    DigestRun run = lines("validate", input.toString());

    assertEquals(1, run.status());
    assertEquals(
        input
            + ":5000000000:16: warning: a title that shouts\n"
            + input
            + ":5000000001:1: error: a broken line\n",
        stderr(run));
  }

  @Test
  void runningOutOfMemoryIsOneLineThatSaysHowToGiveMore() {
    Path input = write(dir.resolve("huge.exhausting"), "");
    Path output = dir.resolve("out.lines");
    Path other = write(dir.resolve("other.lines"), "2024-10-10 Fine\n");
    Path out = dir.resolve("out");

    DigestRun toFile = lines("convert", input.toString(), "-o", output.toString());
    DigestRun batch =
        lines("convert", "-t", "lines", "-o", out + "/", input.toString(), other.toString());
    DigestRun validate = lines("validate", input.toString());

    assertEquals(1, toFile.status());
    String message = "digest: " + input + ": not enough memory: ";
    assertTrue(toFile.stderr().startsWith(message), toFile.stderr());
    assertTrue(toFile.stderr().contains("DIGEST_JAVA_OPTS=-Xmx"), toFile.stderr());
    assertEquals(1, toFile.stderr().lines().count(), toFile.stderr());
    assertFalse(Files.exists(output));
    assertEquals(1, batch.status());
    assertEquals(List.of("other.lines"), names(out), "the next input is still converted");
    assertTrue(validate.stderr().startsWith(message), validate.stderr());
    assertFalse(validate.showsStackTrace(), validate.stderr());
  }

  @Test
  void aDirectoryWithNoDigestFileIsAUsageError() {
    Path notes = write(dir.resolve("notes/readme.dat"), "not a digest").getParent();
    Path digests = write(dir.resolve("digests/a.txt"), SMALL).getParent();

    DigestRun validate = digest("validate", notes.toString());
    DigestRun withOthers = digest("validate", digests.toString(), notes.toString());
    DigestRun convert = digest("convert", "-t", "json", notes.toString());

    assertEquals(2, validate.status());
    assertTrue(
        validate.stderr().startsWith("digest: " + notes + ": no digest file in this directory"),
        validate.stderr());
    assertTrue(validate.stderr().contains(".txt"), validate.stderr());
    assertEquals(2, withOthers.status());
    assertEquals(2, convert.status());
    assertEquals(0, convert.stdout().length);
  }
}
