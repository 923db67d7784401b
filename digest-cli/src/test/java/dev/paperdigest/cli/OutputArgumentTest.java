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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code -o} is read, as pandoc reads it: a file, a directory, standard output or nothing. */
class OutputArgumentTest {
  @TempDir Path dir;

  /** The sample as text, and a small digest as JSON, as a person would have them. */
  private List<Path> textAndJson() {
    Path text = write(dir.resolve("in/a.txt"), sample());
    Path json = write(dir.resolve("in/b.json"), convert(SMALL.getBytes(StandardCharsets.UTF_8)));
    return List.of(text, json);
  }

  private static byte[] convert(byte[] text, String... to) {
    DigestRun run = digest(text, "convert", "-f", "text", "-t", to.length == 0 ? "json" : to[0]);
    assertEquals(0, run.status(), run.stderr());
    return run.stdout();
  }

  private static String jsonLine(byte[] text) {
    return new String(convert(text, "jsonl"), StandardCharsets.UTF_8);
  }

  @Test
  void severalInputsAndAnOutputFileGiveOneArchiveInInputOrder() {
    List<Path> inputs = textAndJson();
    Path archive = dir.resolve("all.jsonl");
    Path reversed = dir.resolve("reversed.jsonl");

    DigestRun run =
        digest(
            "convert",
            "-t",
            "jsonl",
            "-o",
            archive.toString(),
            inputs.get(0).toString(),
            inputs.get(1).toString());
    // The format comes from the archive's name too.
    DigestRun runReversed =
        digest("convert", "-o", reversed.toString(), inputs.get(1).toString(), inputs.get(0) + "");

    assertEquals(0, run.status(), run.stderr());
    assertTrue(Files.isRegularFile(archive), "a file, not a directory");
    assertEquals(
        jsonLine(sample()) + jsonLine(SMALL.getBytes(StandardCharsets.UTF_8)),
        new String(bytes(archive), StandardCharsets.UTF_8));
    assertEquals(0, runReversed.status(), runReversed.stderr());
    assertEquals(
        jsonLine(SMALL.getBytes(StandardCharsets.UTF_8)) + jsonLine(sample()),
        new String(bytes(reversed), StandardCharsets.UTF_8));
  }

  @Test
  void severalInputsWithoutOutputGoToStandardOutputInOrder() {
    List<Path> inputs = textAndJson();

    DigestRun run =
        digest("convert", "-t", "jsonl", inputs.get(0).toString(), inputs.get(1).toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals(jsonLine(sample()) + jsonLine(SMALL.getBytes(StandardCharsets.UTF_8)), run.out());
  }

  @Test
  void aDirectoryInputWithAnOutputFileGivesOneArchiveOfItsFilesInNameOrder() {
    List<Path> inputs = textAndJson();
    Path archive = dir.resolve("all.jsonl");

    DigestRun run =
        digest("convert", "-o", archive.toString(), inputs.get(0).getParent().toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals(
        jsonLine(sample()) + jsonLine(SMALL.getBytes(StandardCharsets.UTF_8)),
        new String(bytes(archive), StandardCharsets.UTF_8));
  }

  @Test
  void anOutputEndingWithSlashMeansOneFilePerInputEvenForOne() {
    Path out = dir.resolve("new/out");

    DigestRun run = digest("convert", "-t", "text", "-o", out + "/", DigestRun.SAMPLE.toString());

    assertEquals(0, run.status(), run.stderr());
    assertTrue(Files.isDirectory(out));
    assertArrayEquals(sample(), bytes(out.resolve("2024-10-10.txt")));
  }

  @Test
  void anEmptyOutputIsAUsageError() {
    DigestRun run = digest("convert", "-t", "text", "-o", "", DigestRun.SAMPLE.toString());

    assertEquals(2, run.status());
    assertTrue(run.stderr().startsWith("digest: -o '' names no file"), run.stderr());
    assertEquals(0, run.stdout().length);
    assertEquals(List.of(), names(dir));
  }

  @Test
  void aBrokenInputLeavesNoArchiveAndEveryInputIsStillChecked() {
    Path a = write(dir.resolve("a.txt"), SMALL);
    Path b = write(dir.resolve("b.txt"), BROKEN);
    Path c = write(dir.resolve("c.txt"), SMALL + "\n" + BROKEN);
    Path archive = dir.resolve("all.txt");

    DigestRun run =
        digest("convert", "-o", archive.toString(), a.toString(), b.toString(), c.toString());

    assertEquals(1, run.status());
    assertFalse(Files.exists(archive));
    assertEquals(List.of("a.txt", "b.txt", "c.txt"), names(dir), "no temporary file is left");
    assertTrue(run.stderr().contains(b + ":3:1: error: "), run.stderr());
    assertTrue(run.stderr().contains(c + ":"), "the input after the broken one: " + run.stderr());
    assertFalse(run.stderr().contains(a + ":"), run.stderr());
  }

  @Test
  void theHelpSaysHowTheOutputIsRead() {
    String convertHelp = digest("convert", "--help").out();
    String help = digest("--help").out();

    assertAll(
        () ->
            assertTrue(convertHelp.contains("-o FILE: one file holding every digest"), convertHelp),
        () -> assertTrue(convertHelp.contains("-o DIR/"), convertHelp),
        () -> assertTrue(convertHelp.contains("-o '': a usage error"), convertHelp),
        () -> assertTrue(help.contains("(-o FILE)"), help),
        () -> assertTrue(help.contains("(-o DIR/)"), help));
  }
}
