package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestProcess.command;
import static dev.paperdigest.cli.DigestProcess.java;
import static dev.paperdigest.cli.DigestRun.sample;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar as users run it: {@code java -jar digest.jar ...} in a process of its own. */
class DigestJarIT {
  @TempDir Path dir;

  @Test
  void theSampleComesOutByteForByte() {
    DigestProcess.Result fromFile =
        java(new byte[0], "convert", DigestRun.SAMPLE.toString(), "-t", "text");
    DigestProcess.Result piped = java(sample(), "convert", "-f", "text", "-t", "text");

    assertEquals(0, fromFile.status(), fromFile.stderr());
    assertArrayEquals(sample(), fromFile.stdout());
    assertEquals("", fromFile.stderr());
    assertEquals(0, piped.status(), piped.stderr());
    assertArrayEquals(sample(), piped.stdout());
  }

  @Test
  void validateOfABrokenFileExitsWithOneAndSaysWhere() {
    Path broken = Documents.write(dir.resolve("broken.txt"), Documents.BROKEN);

    DigestProcess.Result run = java(new byte[0], "validate", broken.toString());

    assertEquals(1, run.status());
    assertTrue(
        run.stderr().matches("(?s)" + Pattern.quote(broken.toString()) + ":\\d+:\\d+: error: .+"),
        run.stderr());
  }

  @Test
  void theJarKnowsItsVersionAndFindsTheFormatModules() {
    DigestProcess.Result version = java(new byte[0], "--version");
    DigestProcess.Result formats = java(new byte[0], "formats");
    DigestProcess.Result usage = java(new byte[0], "convert", "--no-such-option");

    assertEquals(
        "digest " + System.getProperty("digest.version"),
        version.out().lines().findFirst().orElseThrow());
    // The jar merges every module's service registration, not only the last one it copied.
    assertEquals(
        List.of("json", "jsonl", "markdown", "text"),
        formats.out().lines().map(line -> line.split(" +")[0]).toList());
    assertEquals(2, usage.status());
    assertTrue(usage.stderr().startsWith("digest: Unknown option"), usage.stderr());
  }

  @Test
  void aThreadCountThatIsNotANumberIsAUsageError() {
    for (String property : List.of("digest.text.threads", "digest.jsonl.threads")) {
      DigestProcess.Result run =
          DigestProcess.run(
              new ProcessBuilder(
                  command(
                      List.of("-D" + property + "=many"),
                      "convert",
                      DigestRun.SAMPLE.toString(),
                      "-t",
                      "jsonl")),
              new byte[0]);

      assertEquals(2, run.status(), run.stderr());
      assertEquals(0, run.stdout().length);
      assertEquals(
          "digest: the system property "
              + property
              + " is many; give a number of threads from 1 to 256\n",
          run.stderr());
    }
  }

  @Test
  void anArchiveFarLargerThanTheHeapConvertsInConstantMemory() throws Exception {
    // About 66 MB of text through a 24 MB heap: only one digest at a time may be held.
    int digests = 4_000;
    Process process =
        new ProcessBuilder(command(List.of("-Xmx24m"), "convert", "-f", "text", "-t", "jsonl"))
            .start();
    CompletableFuture<Long> lines =
        CompletableFuture.supplyAsync(() -> countLines(process.getInputStream()));
    CompletableFuture<byte[]> stderr = DigestProcess.drain(process.getErrorStream());
    try (OutputStream in = new BufferedOutputStream(process.getOutputStream(), 1 << 16)) {
      Documents.writeArchive(in, digests);
    }

    assertTrue(process.waitFor(180, TimeUnit.SECONDS), "digest finishes");
    assertEquals(0, process.exitValue(), new String(stderr.get(), StandardCharsets.UTF_8));
    assertEquals(digests, lines.get(), "one JSON line per digest");
  }

  private static long countLines(InputStream stream) {
    try (stream) {
      byte[] buffer = new byte[1 << 16];
      long lines = 0;
      for (int n; (n = stream.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
