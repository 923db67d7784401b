package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestProcess.bash;
import static dev.paperdigest.cli.DigestProcess.command;
import static dev.paperdigest.cli.DigestProcess.java;
import static dev.paperdigest.cli.DigestRun.digest;
import static dev.paperdigest.cli.Documents.names;
import static dev.paperdigest.cli.Documents.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Standard streams, pipes, devices and signals, through the real jar: what the JVM and the system
 * do there cannot be seen in the same process.
 */
class StreamsIT {
  private static final String SAMPLE_JSON =
      new String(
          digest("convert", DigestRun.SAMPLE.toString(), "-t", "json").stdout(),
          StandardCharsets.UTF_8);

  @TempDir Path dir;

  /**
   * A device node of our own, so that a regression cannot damage the system's; else the system's.
   */
  private Path device(String name, int major, int minor) {
    Path node = dir.resolve(name);
    DigestProcess.Result made =
        bash("mknod \"$1\" c \"$2\" \"$3\"", Map.of(), node.toString(), "" + major, "" + minor);
    return made.status() == 0 ? node : Path.of("/dev", name);
  }

  private Path fifo(String name) {
    Path fifo = dir.resolve(name);
    assertEquals(0, bash("mkfifo \"$1\"", Map.of(), fifo.toString()).status());
    return fifo;
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "jsonl", "markdown"})
  void everyFormatReadsPipesThatCannotSeek(String format) {
    DigestRun converted = digest("convert", DigestRun.SAMPLE.toString(), "-t", format);
    Path file = write(dir.resolve("sample.in"), converted.stdout());
    Path fifo = fifo("named-pipe");
    DigestRun expected =
        digest(
            "convert",
            "-t",
            "text",
            DigestRun.SAMPLE.toString(),
            DigestRun.SAMPLE.toString(),
            DigestRun.SAMPLE.toString());

    // Process substitution, a named pipe and /dev/stdin as a pipe, in one run.
    DigestProcess.Result run =
        bash(
            "cat \"$1\" > \"$2\" & cat \"$1\" | $DIGEST convert -f \"$3\" -t text <(cat \"$1\")"
                + " \"$2\" /dev/stdin",
            Map.of(),
            file.toString(),
            fifo.toString(),
            format);

    assertEquals(0, run.status(), run.stderr());
    assertEquals("", run.stderr());
    assertArrayEquals(expected.stdout(), run.stdout());
  }

  @Test
  void aClosedStandardInputFailsAtOnceWithOneMessage() {
    DigestProcess.Result convert = bash("exec $DIGEST convert -f text -t json - <&-", Map.of());
    DigestProcess.Result device = bash("exec $DIGEST validate -f text /dev/stdin <&-", Map.of());

    for (DigestProcess.Result run : List.of(convert, device)) {
      assertEquals(2, run.status(), run.stderr());
      assertTrue(run.stderr().startsWith("digest: standard input is closed"), run.stderr());
      assertEquals(2, run.stderr().lines().count(), "the message and the hint: " + run.stderr());
      assertEquals(0, run.stdout().length);
    }
  }

  @Test
  void aFullStandardOutputIsReportedOnceWithStatusOne() {
    for (String args : List.of("formats", "--help", "convert -t json " + DigestRun.SAMPLE)) {
      DigestProcess.Result run = bash("exec $DIGEST " + args + " > /dev/full", Map.of());

      assertEquals(1, run.status(), args);
      assertEquals("digest: <stdout>: No space left on device\n", run.stderr(), args);
    }
  }

  @Test
  void aFullDeviceAsOutputIsWrittenDirectlyAndReportedOnce() throws IOException {
    Path full = device("full", 1, 7);

    DigestProcess.Result run =
        java(new byte[0], "convert", DigestRun.SAMPLE.toString(), "-t", "json", "-o", full + "");

    assertEquals(1, run.status());
    assertEquals("digest: " + full + ": No space left on device\n", run.stderr());
    assertFalse(Files.isRegularFile(full), "still a device");
  }

  @Test
  void theNullDeviceStaysADevice() {
    Path nothing = device("null", 1, 3);

    DigestProcess.Result run =
        java(new byte[0], "convert", DigestRun.SAMPLE.toString(), "-t", "json", "-o", "" + nothing);

    assertEquals(0, run.status(), run.stderr());
    assertFalse(Files.isRegularFile(nothing), "still a device");
    assertTrue(Files.exists(nothing));
  }

  @Test
  void aFifoAsOutputIsWrittenToItsReader() {
    Path fifo = fifo("out.json");
    CompletableFuture<byte[]> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });

    DigestProcess.Result run =
        java(new byte[0], "convert", DigestRun.SAMPLE.toString(), "-o", fifo.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals(SAMPLE_JSON, new String(reader.join(), StandardCharsets.UTF_8));
    assertEquals(List.of("out.json"), names(dir));
    assertFalse(Files.isRegularFile(fifo), "still a FIFO");
  }

  @Test
  void devStdoutAsOutputIsStandardOutput() {
    DigestProcess.Result run =
        java(
            new byte[0], "convert", DigestRun.SAMPLE.toString(), "-t", "json", "-o", "/dev/stdout");

    assertEquals(0, run.status(), run.stderr());
    assertEquals(SAMPLE_JSON, run.out());
  }

  @Test
  void aFileSizeLimitIsReportedOnceAndLeavesNothingBehind() {
    Path archive = Documents.writeArchive(dir.resolve("big.txt"), 100);
    Path output = dir.resolve("out.json");

    // 16 KB at most per file; the JVM's own performance file would exceed it.
    DigestProcess.Result run =
        bash(
            "ulimit -f 16; exec \"$JAVA\" -XX:-UsePerfData -jar \"$JAR\" convert \"$1\" -o \"$2\"",
            Map.of(),
            archive.toString(),
            output.toString());

    assertEquals(1, run.status());
    assertEquals("digest: " + output + ": File too large\n", run.stderr());
    assertEquals(List.of("big.txt"), names(dir));
  }

  @Test
  void aReaderThatStopsEarlyEndsTheCommandWithStatus141AndNoMessage() throws Exception {
    Path archive = Documents.writeArchive(dir.resolve("big.txt"), 300);
    Process process =
        new ProcessBuilder(command(List.of(), "convert", archive.toString(), "-t", "json")).start();
    CompletableFuture<byte[]> stderr = DigestProcess.drain(process.getErrorStream());
    process.getOutputStream().close();

    // As `| head -1` does: one line, then the pipe is closed.
    try (BufferedReader stdout =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("[", stdout.readLine());
    }

    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command ends");
    assertEquals(141, process.exitValue());
    assertEquals("", new String(stderr.join(), StandardCharsets.UTF_8));
  }

  @Test
  void anInterruptedConversionLeavesTheOldOutputAndNoTemporaryFile() throws Exception {
    Path output = write(dir.resolve("out.txt"), "precious");
    Process process =
        new ProcessBuilder(command(List.of(), "convert", "-f", "text", "-o", output.toString()))
            .start();
    CompletableFuture<byte[]> stderr = DigestProcess.drain(process.getErrorStream());
    OutputStream stdin = process.getOutputStream();
    Documents.writeArchive(stdin, 20);
    stdin.flush();
    // The temporary file exists once the conversion has begun; then comes Ctrl-C. Its input stays
    // open: Process.destroy() would close it, and the end of input must not matter here.
    while (names(dir).size() < 2) {
      assertTrue(process.isAlive(), new String(stderr.getNow(new byte[0]), StandardCharsets.UTF_8));
      Thread.sleep(20);
    }

    String signal = interruptSignal();
    Process interrupt =
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
    assertEquals(0, interrupt.waitFor());

    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command ends on SIG" + signal);
    assertEquals(signal.equals("INT") ? 130 : 143, process.exitValue(), "ended by SIG" + signal);
    assertEquals("precious", Files.readString(output));
    assertEquals(List.of("out.txt"), names(dir));
    stdin.close();
  }

  /**
   * {@code INT}, Ctrl-C's signal, unless this process ignores it, as the jobs a script starts in
   * the background do: the command, started from here, would then ignore it too, and {@code TERM},
   * which runs the same shutdown hooks, stands in for it.
   */
  private static String interruptSignal() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("SigIgn:")) {
        long ignored = Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16);
        long sigint = 1L << (2 - 1);
        return (ignored & sigint) != 0 ? "TERM" : "INT";
      }
    }
    return "INT";
  }
}
