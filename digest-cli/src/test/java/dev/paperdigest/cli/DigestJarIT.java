package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestRun.sample;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar as users run it: {@code java -jar digest.jar ...} in a process of its own. */
class DigestJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("digest.jar", Path.of("target", "digest.jar").toString()));

  @TempDir Path dir;

  private record Result(int status, byte[] stdout, String stderr) {}

  private static Process start(List<String> jvmOptions, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  private static Result java(byte[] stdin, String... args) throws Exception {
    Process process = start(List.of(), args);
    CompletableFuture<byte[]> stdout =
        CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
    CompletableFuture<byte[]> stderr =
        CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin);
    }
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "digest finishes");
    return new Result(
        process.exitValue(), stdout.get(), new String(stderr.get(), StandardCharsets.UTF_8));
  }

  private static byte[] drain(InputStream stream) {
    try (stream;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      stream.transferTo(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theSampleComesOutByteForByte() throws Exception {
    Result fromFile = java(new byte[0], "convert", DigestRun.SAMPLE.toString(), "-t", "text");
    Result piped = java(sample(), "convert", "-f", "text", "-t", "text");

    assertEquals(0, fromFile.status(), fromFile.stderr());
    assertArrayEquals(sample(), fromFile.stdout());
    assertEquals("", fromFile.stderr());
    assertEquals(0, piped.status(), piped.stderr());
    assertArrayEquals(sample(), piped.stdout());
  }

  @Test
  void validateOfABrokenFileExitsWithOneAndSaysWhere() throws Exception {
    Path broken = Documents.write(dir.resolve("broken.txt"), Documents.BROKEN);

    Result run = java(new byte[0], "validate", broken.toString());

    assertEquals(1, run.status());
    assertTrue(
        run.stderr().matches("(?s)" + Pattern.quote(broken.toString()) + ":\\d+:\\d+: error: .+"),
        run.stderr());
  }

  @Test
  void theJarKnowsItsVersionAndFindsTheFormatModules() throws Exception {
    Result version = java(new byte[0], "--version");
    Result formats = java(new byte[0], "formats");
    Result usage = java(new byte[0], "convert", "--no-such-option");

    assertEquals(
        "digest " + System.getProperty("digest.version"),
        new String(version.stdout(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
    // The jar merges every module's service registration, not only the last one it copied.
    assertEquals(
        List.of("json", "jsonl", "markdown", "text"),
        new String(formats.stdout(), StandardCharsets.UTF_8)
            .lines()
            .map(line -> line.split(" +")[0])
            .toList());
    assertEquals(2, usage.status());
    assertTrue(usage.stderr().startsWith("digest: Unknown option"), usage.stderr());
  }

  @Test
  void anArchiveFarLargerThanTheHeapConvertsInConstantMemory() throws Exception {
    // About 66 MB of text through a 24 MB heap: only one digest at a time may be held.
    int digests = 4_000;
    String sample = new String(sample(), StandardCharsets.UTF_8);
    String entries = sample.substring(sample.indexOf('\n'));
    Process process = start(List.of("-Xmx24m"), "convert", "-f", "text", "-t", "jsonl");
    CompletableFuture<Long> lines =
        CompletableFuture.supplyAsync(() -> countLines(process.getInputStream()));
    CompletableFuture<byte[]> stderr =
        CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
    try (OutputStream in = new BufferedOutputStream(process.getOutputStream(), 1 << 16)) {
      LocalDate date = LocalDate.of(2000, 1, 1);
      for (int i = 0; i < digests; i++, date = date.plusDays(1)) {
        String dateLine =
            date.getYear() + "년 " + date.getMonthValue() + "월 " + date.getDayOfMonth() + "일";
        in.write((dateLine + entries + "\n").getBytes(StandardCharsets.UTF_8));
      }
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
