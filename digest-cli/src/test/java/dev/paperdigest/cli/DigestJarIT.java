package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestRun.sample;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

  private static Result java(byte[] stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    CompletableFuture<byte[]> stdout =
        CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
    CompletableFuture<byte[]> stderr =
        CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin);
    }
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "digest finishes");
    return new Result(
        process.exitValue(),
        stdout.get(),
        new String(stderr.get(), StandardCharsets.UTF_8));
  }

  private static byte[] drain(InputStream stream) {
    try (stream; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
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
        run.stderr().matches("(?s)" + Pattern.quote(broken.toString())
            + ":\\d+:\\d+: error: .+"),
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
}
