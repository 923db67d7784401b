package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestRun.digest;
import static dev.paperdigest.cli.DigestRun.digestWith;
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
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.testkit.DigestGenerators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheSampleByteForByte() {
    DigestRun run = digest("convert", DigestRun.SAMPLE.toString(), "-t", "text");

    assertAll(
        () -> assertEquals(0, run.status(), run.stderr()),
        () -> assertArrayEquals(sample(), run.stdout()),
        () -> assertEquals("", run.stderr()));
  }

  @Test
  void readsStandardInputWhenNoInputIsGiven() {
    DigestRun run = digest(sample(), "convert", "-f", "text", "-t", "text");

    assertEquals(0, run.status(), run.stderr());
    assertArrayEquals(sample(), run.stdout());
  }

  @Test
  void dashStandsForStandardInputAndOutput() {
    DigestRun run = digest(sample(), "convert", "--from", "TEXT", "--to", "text", "-o", "-", "-");

    assertEquals(0, run.status(), run.stderr());
    assertArrayEquals(sample(), run.stdout());
  }

  @Test
  void writesTheCanonicalFormOfNoisyInput() {
    String noisy = "\uFEFF" + SMALL.replace("\n", "\r\n\r\n") + "\r\n";

    DigestRun run =
        digest(noisy.getBytes(StandardCharsets.UTF_8), "convert", "-f", "text", "-t", "text");

    assertEquals(0, run.status(), run.stderr());
    assertEquals(SMALL, run.out());
  }

  @Test
  void writesAnOutputFileWithFormatsFromTheExtensions() {
    Path output = dir.resolve("copy.txt");

    DigestRun run = digest("convert", DigestRun.SAMPLE.toString(), "-o", output.toString());

    assertEquals(0, run.status(), run.stderr());
    assertArrayEquals(sample(), bytes(output));
    assertEquals(List.of("copy.txt"), names(dir), "no temporary file is left behind");
    assertEquals(0, run.stdout().length);
  }

  @Test
  void replacesAnExistingOutputKeepingItsPermissions() throws IOException {
    Path output = write(dir.resolve("out.txt"), "old content");
    Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rw-------"));

    DigestRun run = digest("convert", DigestRun.SAMPLE.toString(), "-o", output.toString());

    assertEquals(0, run.status(), run.stderr());
    assertArrayEquals(sample(), bytes(output));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(output)));
  }

  @Test
  void convertsAFileOntoItself() {
    Path file = write(dir.resolve("notes.txt"), SMALL + "\n\n");

    DigestRun run = digest("convert", file.toString(), "-o", file.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals(SMALL, new String(bytes(file), StandardCharsets.UTF_8));
  }

  @Test
  void aBrokenInputLeavesAnExistingOutputUntouched() {
    Path input = write(dir.resolve("broken.txt"), BROKEN);
    Path output = write(dir.resolve("out.txt"), sample());

    DigestRun run = digest("convert", input.toString(), "-o", output.toString());

    assertEquals(1, run.status());
    assertArrayEquals(sample(), bytes(output));
    assertEquals(List.of("broken.txt", "out.txt"), names(dir), "no temporary file is left behind");
    assertGnuDiagnostics(input, run.stderr());
    assertFalse(run.showsStackTrace(), run.stderr());
  }

  @Test
  void aBrokenInputCreatesNoOutput() {
    Path input = write(dir.resolve("broken.txt"), BROKEN);

    DigestRun run = digest("convert", input.toString(), "-o", dir.resolve("out.txt").toString());

    assertEquals(1, run.status());
    assertEquals(List.of("broken.txt"), names(dir));
  }

  @Test
  void aFailureAfterPartOfTheOutputIsWrittenLeavesNoTrace() {
    // Valid digests come first, so the writer has written them when the broken one turns up.
    Path input = write(dir.resolve("archive.txt"), SMALL + "\n" + SMALL + "\n" + BROKEN);
    Path output = write(dir.resolve("out.txt"), "precious");

    DigestRun run = digest("convert", input.toString(), "-o", output.toString());

    assertEquals(1, run.status());
    assertEquals("precious", new String(bytes(output), StandardCharsets.UTF_8));
    assertEquals(List.of("archive.txt", "out.txt"), names(dir));
  }

  @Test
  void reportsEveryBrokenDigestNotOnlyTheFirst() {
    Path input = write(dir.resolve("archive.txt"), BROKEN + "\n" + SMALL + "\n" + BROKEN);

    DigestRun run = digest("convert", input.toString(), "-t", "text");

    assertEquals(1, run.status());
    List<Integer> lines = diagnosticLines(input, run.stderr());
    assertTrue(lines.size() >= 2, run.stderr());
    assertTrue(lines.get(lines.size() - 1) > 11, "the last diagnostic is in the last digest");
  }

  @Test
  void aDigestTheTargetFormatRefusesLeavesTheOutputUntouched() {
    Path input = write(dir.resolve("archive.txt"), SMALL + SMALL);
    Path output = write(dir.resolve("out.one"), "precious");

    DigestRun run =
        digestWith(
            TestFormats.withTestFormats(),
            new byte[0],
            "convert",
            input.toString(),
            "-o",
            output.toString());

    assertEquals(1, run.status());
    // The refused digest is the second, whose date line is line 8.
    assertEquals(
        input + ":8:1: error: " + TestFormats.ONE_DIGEST_ONLY + "\n",
        run.stderr().replace(System.lineSeparator(), "\n"));
    assertEquals("precious", new String(bytes(output), StandardCharsets.UTF_8));
    assertEquals(List.of("archive.txt", "out.one"), names(dir));
  }

  @Test
  void anUnwritableOutputIsReportedWithItsName() {
    Path output = dir.resolve("no-such-directory").resolve("out.txt");

    DigestRun run = digest("convert", DigestRun.SAMPLE.toString(), "-o", output.toString());

    assertEquals(1, run.status());
    assertEquals("digest: " + output + ": No such file or directory", run.stderr().strip());
  }

  @Test
  void aMissingInputIsAUsageErrorThatNamesIt() {
    Path missing = dir.resolve("missing.txt");

    DigestRun run = digest("convert", missing.toString(), "-t", "text");

    assertEquals(2, run.status());
    assertTrue(run.stderr().startsWith("digest: " + missing + ": No such file"), run.stderr());
    assertFalse(run.showsStackTrace(), run.stderr());
  }

  @Test
  void anUnknownFormatIsAUsageErrorThatListsTheKnownOnes() {
    DigestRun run = digest("convert", DigestRun.SAMPLE.toString(), "-t", "xml");

    assertEquals(2, run.status());
    assertTrue(run.stderr().contains("unknown format 'xml'"), run.stderr());
    assertTrue(run.stderr().contains("text (.txt)"), run.stderr());
    assertFalse(run.showsStackTrace(), run.stderr());
  }

  @Test
  void aFormatThatCannotBeInferredIsAUsageErrorThatSaysWhich() {
    Path input = write(dir.resolve("notes.dat"), SMALL);

    DigestRun fromFile = digest("convert", input.toString(), "-t", "text");
    DigestRun fromStdin = digest(SMALL.getBytes(StandardCharsets.UTF_8), "convert", "-t", "text");
    DigestRun toStdout = digest("convert", DigestRun.SAMPLE.toString());
    DigestRun toFile =
        digest("convert", DigestRun.SAMPLE.toString(), "-o", dir.resolve("out.dat").toString());

    assertAll(
        () -> assertEquals(2, fromFile.status()),
        () -> assertTrue(fromFile.stderr().contains(input + ": cannot tell the format")),
        () -> assertTrue(fromFile.stderr().contains("-f FORMAT")),
        () -> assertEquals(2, fromStdin.status()),
        () -> assertTrue(fromStdin.stderr().contains("format of standard input")),
        () -> assertEquals(2, toStdout.status()),
        () -> assertTrue(toStdout.stderr().contains("-t FORMAT")),
        () -> assertEquals(2, toFile.status()),
        () -> assertTrue(toFile.stderr().contains("out.dat: cannot tell the format")),
        () -> assertEquals(List.of("notes.dat"), names(dir)));
  }

  @Test
  void debugShowsTheStackTraceBehindAnError() {
    Path input = write(dir.resolve("broken.txt"), BROKEN);

    DigestRun plain = digest("convert", input.toString(), "-t", "text");
    DigestRun debug = digest("convert", "--debug", input.toString(), "-t", "text");
    DigestRun debugFirst = digest("--debug", "convert", input.toString(), "-t", "text");

    assertFalse(plain.showsStackTrace(), plain.stderr());
    assertTrue(debug.stderr().contains("DigestFormatException"), debug.stderr());
    assertTrue(debug.stderr().contains("\tat "), debug.stderr());
    assertTrue(debugFirst.stderr().contains("\tat "), debugFirst.stderr());
    assertEquals(1, debug.status());
  }

  @Test
  void standardOutputCarriesExactlyWhatTheTextWriterWrites() {
    DigestFormat text = TestFormats.text();
    // Which digests the text writer accepts is its own module's concern; here, any it accepts.
    qt().withExamples(60)
        .forAll(DigestGenerators.archives(DigestGenerators.textDigests()))
        .assuming(archive -> writable(text, archive))
        .checkAssert(
            archive -> {
              byte[] document =
                  text.writer().writeAllAsString(archive).getBytes(StandardCharsets.UTF_8);
              DigestRun run = digest(document, "convert", "-f", "text", "-t", "text");
              assertEquals(0, run.status(), run.stderr());
              assertArrayEquals(document, run.stdout());
            });
  }

  private static boolean writable(DigestFormat format, List<Digest> archive) {
    try {
      format.writer().writeAllAsString(archive);
      return true;
    } catch (UnwritableDigestException e) {
      return false;
    }
  }

  private static void assertGnuDiagnostics(Path file, String stderr) {
    assertFalse(diagnosticLines(file, stderr).isEmpty(), stderr);
  }

  /** The line numbers of the GNU diagnostics about {@code file}; fails on any other line. */
  static List<Integer> diagnosticLines(Path file, String stderr) {
    Pattern gnu = Pattern.compile(Pattern.quote(file.toString()) + ":(\\d+):(\\d+): error: .+");
    return stderr
        .lines()
        .map(
            line -> {
              var matcher = gnu.matcher(line);
              assertTrue(matcher.matches(), "not a GNU diagnostic about " + file + ": " + line);
              return Integer.parseInt(matcher.group(1));
            })
        .toList();
  }
}
