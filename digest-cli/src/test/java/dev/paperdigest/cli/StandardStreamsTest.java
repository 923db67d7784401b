package dev.paperdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.DigestFormats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/**
 * Standard output that cannot be written, and standard input that was closed. The same through the
 * real jar, with {@code /dev/full}, a pipe and {@code <&-}, is in {@link StreamsIT}.
 */
class StandardStreamsTest {

  /** Standard output on a full disk, or one whose reader went away, as the system words it. */
  private static OutputStream failing(String reason) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(reason);
      }
    };
  }

  private static DigestRun run(String failure, String... args) {
    return DigestRun.run(
        DigestFormats::load,
        new StandardInput(new ByteArrayInputStream(DigestRun.sample()), false),
        failing(failure),
        args);
  }

  @Test
  void aFullStandardOutputFailsEveryCommandWithOneMessage() {
    for (String[] args :
        new String[][] {
          {"formats"},
          {"--help"},
          {"--version"},
          {"convert", "--help"},
          {"convert", "-f", "text", "-t", "json"},
          {"fmt", "-f", "text", "-"},
          {"lint", "--rules"},
          {"lint", "--config", "/dev/null", "-f", "text", "-"},
          {"lint", "--format", "sarif", "-f", "text", "-"}
        }) {
      DigestRun run = run("No space left on device", args);

      assertEquals(1, run.status(), String.join(" ", args));
      assertEquals(
          "digest: <stdout>: No space left on device" + System.lineSeparator(),
          run.stderr(),
          String.join(" ", args));
    }
  }

  @Test
  void aReaderThatWentAwayEndsTheCommandSilentlyWithStatus141() {
    DigestRun convert = run("Broken pipe", "convert", "-f", "text", "-t", "json");
    DigestRun formats = run("Broken pipe", "formats");
    DigestRun lint = run("Broken pipe", "lint", "--config", "/dev/null", "-f", "text", "-");

    assertEquals(141, convert.status());
    assertEquals("", convert.stderr());
    assertEquals(141, formats.status());
    assertEquals("", formats.stderr());
    assertEquals(141, lint.status());
    assertEquals("", lint.stderr());
  }

  @Test
  void aClosedStandardInputIsAUsageErrorBeforeAnythingIsRead() {
    StandardInput closed = new StandardInput(new ByteArrayInputStream(new byte[0]), true);

    DigestRun convert =
        DigestRun.run(
            DigestFormats::load,
            closed,
            new ByteArrayOutputStream(),
            "convert",
            "-f",
            "text",
            "-t",
            "json",
            "-");
    DigestRun implicit =
        DigestRun.run(
            DigestFormats::load, closed, new ByteArrayOutputStream(), "convert", "-t", "json");
    DigestRun device =
        DigestRun.run(
            DigestFormats::load,
            closed,
            new ByteArrayOutputStream(),
            "validate",
            "-f",
            "text",
            "/dev/stdin");

    for (DigestRun run : new DigestRun[] {convert, implicit, device}) {
      assertEquals(2, run.status(), run.stderr());
      assertTrue(run.stderr().startsWith("digest: standard input is closed"), run.stderr());
      assertEquals(0, run.stdout().length);
    }
  }
}
