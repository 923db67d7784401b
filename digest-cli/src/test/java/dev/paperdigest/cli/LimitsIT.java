package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestProcess.bash;
import static dev.paperdigest.cli.DigestProcess.command;
import static dev.paperdigest.cli.Documents.SMALL;
import static dev.paperdigest.cli.Documents.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Memory and file descriptors run short, through the real jar under real limits. */
class LimitsIT {
  private static final int MEGABYTE = 1_000_000;

  @TempDir Path dir;

  /** Writes {@code file} as a person's oversized input would be. */
  private static Path oversized(Path file) {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file), 1 << 16)) {
      String name = file.getFileName().toString();
      if (name.endsWith(".txt")) {
        // One title line of 100 MB.
        out.write("2024년 10월 10일\n");
        repeat(out, "A", 100 * MEGABYTE);
        out.write("\n(Ada Lovelace)\nAn abstract.\n#tag\n");
      } else if (name.endsWith(".json")) {
        // One title string of 60 MB.
        out.write("{\"date\": \"2024-10-10\", \"papers\": [{\"title\": \"");
        repeat(out, "A", 60 * MEGABYTE);
        out.write("\", \"authors\": [\"Ada Lovelace\"], \"tags\": [\"tag\"]}]}\n");
      } else {
        // A Markdown page of 30 MB, written in the documented layout.
        out.write("# 2024-10-10\n\n");
        for (int i = 0; i < 30 * MEGABYTE / 120; i++) {
          out.write("## Paper " + i + "\n\n*Ada Lovelace*\n\n> An abstract of some length.\n\n");
          out.write("**Comment:** 논평\n\n**Translation:** A comment\n\n`#tag`\n\n");
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void repeat(Writer out, String text, int times) throws IOException {
    String block = text.repeat(1 << 16);
    for (int written = 0; written < times; written += block.length()) {
      out.write(block, 0, Math.min(block.length(), times - written));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"line.txt", "string.json", "page.md"})
  void inputTooLargeForTheHeapIsOneLineSayingHowToGiveMore(String name) {
    Path input = oversized(dir.resolve(name));
    Path output = dir.resolve("converted.jsonl");

    DigestProcess.Result run =
        DigestProcess.run(
            new ProcessBuilder(
                command(List.of("-Xmx64m"), "convert", input.toString(), "-o", output + "")),
            new byte[0]);

    assertEquals(1, run.status(), run.stderr());
    assertEquals(1, run.stderr().lines().count(), run.stderr());
    assertTrue(run.stderr().startsWith("digest: " + input + ": not enough memory"), run.stderr());
    assertTrue(run.stderr().contains("DIGEST_JAVA_OPTS=-Xmx"), run.stderr());
    assertEquals(List.of(name), names(dir), "no output, not even a temporary one");
  }

  @Test
  void tenThousandFilesNeedNoMoreFileDescriptorsThanOne() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path few = Files.createDirectories(dir.resolve("few"));
    int files = 10_000;
    byte[] content = SMALL.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < files; i++) {
      Path file = Files.write(in.resolve(String.format("%05d.txt", i)), content);
      if (i < 200) {
        Files.copy(file, few.resolve(file.getFileName()));
      }
    }
    Path archive = dir.resolve("all.jsonl");
    Path out = dir.resolve("out");

    // 64 descriptors, of which the JVM needs a few dozen itself: ten thousand inputs are read into
    // one archive, and a few hundred validated and written to one output each, with one or two
    // files open at a time.
    DigestProcess.Result run =
        bash(
            "ulimit -n 64 && $DIGEST convert -o \"$2\" \"$1\" && $DIGEST validate \"$4\""
                + " && exec $DIGEST convert -t json -o \"$3\"/ \"$4\"",
            Map.of(),
            in.toString(),
            archive.toString(),
            out.toString(),
            few.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals("", run.stderr());
    assertEquals(files, Files.readAllLines(archive).size());
    assertEquals(200, names(out).size());
  }
}
