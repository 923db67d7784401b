package dev.paperdigest.cli;

import static dev.paperdigest.cli.ConvertCommandTest.diagnosticLines;
import static dev.paperdigest.cli.DigestRun.digest;
import static dev.paperdigest.cli.DigestRun.sample;
import static dev.paperdigest.cli.Documents.BROKEN;
import static dev.paperdigest.cli.Documents.SMALL;
import static dev.paperdigest.cli.Documents.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.testkit.DocumentMutations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void aValidFilePassesSilently() {
    DigestRun run = digest("validate", DigestRun.SAMPLE.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals("", run.stderr());
    assertEquals(0, run.stdout().length);
  }

  @Test
  void aBrokenFileFailsWithGnuDiagnostics() {
    Path broken = write(dir.resolve("broken.txt"), BROKEN);

    DigestRun run = digest("validate", broken.toString());

    assertEquals(1, run.status());
    List<Integer> lines = diagnosticLines(broken, run.stderr());
    assertFalse(lines.isEmpty(), run.stderr());
    assertTrue(lines.stream().allMatch(line -> line >= 2 && line <= 4), run.stderr());
    assertFalse(run.showsStackTrace(), run.stderr());
  }

  @Test
  void everyFileIsCheckedAndOnlyTheBrokenOnesNamed() {
    Path good = write(dir.resolve("good.txt"), SMALL);
    Path broken = write(dir.resolve("broken.txt"), BROKEN);
    Path archive = write(dir.resolve("archive.txt"), BROKEN + "\n" + SMALL + "\n" + BROKEN);

    DigestRun run = digest("validate", broken.toString(), good.toString(), archive.toString());

    assertEquals(1, run.status());
    assertFalse(run.stderr().contains(good.toString()), run.stderr());
    assertTrue(run.stderr().contains(broken + ":"), run.stderr());
    long archiveDiagnostics =
        run.stderr().lines().filter(line -> line.startsWith(archive + ":")).count();
    assertTrue(archiveDiagnostics >= 2, "both broken digests of the archive: " + run.stderr());
  }

  @Test
  void aDirectoryStandsForItsDigestFiles() {
    write(dir.resolve("a.txt"), SMALL);
    Path broken = write(dir.resolve("b.txt"), BROKEN);
    write(dir.resolve("notes.dat"), "not a digest, and not checked");

    DigestRun run = digest("validate", dir.toString());

    assertEquals(1, run.status());
    assertFalse(diagnosticLines(broken, run.stderr()).isEmpty());
  }

  @Test
  void standardInputIsNamedStdin() {
    DigestRun run = digest(BROKEN.getBytes(StandardCharsets.UTF_8), "validate", "-f", "text", "-");

    assertEquals(1, run.status());
    assertTrue(run.stderr().startsWith("<stdin>:"), run.stderr());
    assertTrue(run.stderr().matches("(?s)<stdin>:\\d+:\\d+: error: .+"), run.stderr());
  }

  @Test
  void usageErrorsExitWithTwo() {
    DigestRun none = digest("validate");
    DigestRun missing = digest("validate", dir.resolve("missing.txt").toString());
    DigestRun unknownExtension =
        digest("validate", write(dir.resolve("notes.dat"), SMALL).toString());

    assertEquals(2, none.status());
    assertTrue(none.stderr().contains("FILE"), none.stderr());
    assertEquals(2, missing.status());
    assertTrue(missing.stderr().contains("missing.txt: No such file"), missing.stderr());
    assertEquals(2, unknownExtension.status());
    assertTrue(unknownExtension.stderr().contains("-f FORMAT"), unknownExtension.stderr());
  }

  @Test
  void anyDamageToTheSampleIsReportedInGnuFormOrAccepted() {
    qt().withExamples(100)
        .forAll(DocumentMutations.of(sample()))
        .checkAssert(
            damaged -> {
              Path file = write(dir.resolve("damaged.txt"), damaged);
              DigestRun run = digest("validate", file.toString());
              if (run.status() == 0) {
                assertEquals("", run.stderr());
              } else {
                assertEquals(1, run.status(), run.stderr());
                assertFalse(diagnosticLines(file, run.stderr()).isEmpty(), run.stderr());
              }
            });
  }
}
