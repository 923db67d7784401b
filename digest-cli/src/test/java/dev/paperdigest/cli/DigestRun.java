package dev.paperdigest.cli;

import dev.paperdigest.core.DigestFormats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * One in-process run of the {@code digest} command with captured standard streams.
 *
 * @param status the exit status
 * @param stdout the bytes written to standard output, help text and digests alike
 * @param stderr what was written to standard error
 */
record DigestRun(int status, byte[] stdout, String stderr) {

  /** The reference sample, read relative to the module directory as surefire runs tests. */
  static final Path SAMPLE = Path.of("..", "examples", "2024-10-10.txt");

  /** Runs {@code digest args} with the formats on the class path and empty standard input. */
  static DigestRun digest(String... args) {
    return digest(new byte[0], args);
  }

  /** Runs {@code digest args} with the formats on the class path, reading {@code stdin}. */
  static DigestRun digest(byte[] stdin, String... args) {
    return digestWith(DigestFormats::load, stdin, args);
  }

  /** Runs {@code digest args} with the formats {@code formats} supplies. */
  static DigestRun digestWith(Supplier<DigestFormats> formats, byte[] stdin, String... args) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    return run(formats, new StandardInput(new ByteArrayInputStream(stdin), false), stdout, args);
  }

  /**
   * Runs {@code digest args} with {@code stdin} as standard input and standard output written to
   * {@code stdout}, which may fail as a full disk does; the run's {@link #stdout()} holds what it
   * took if it is a {@link ByteArrayOutputStream}.
   */
  static DigestRun run(
      Supplier<DigestFormats> formats, StandardInput stdin, OutputStream stdout, String... args) {
    StringWriter stderr = new StringWriter();
    DigestCommand command =
        new DigestCommand(
            formats, stdin, new StandardOutput(stdout, false), new PrintWriter(stderr, true));
    int status = command.run(args);
    byte[] written =
        stdout instanceof ByteArrayOutputStream bytes ? bytes.toByteArray() : new byte[0];
    return new DigestRun(status, written, stderr.toString());
  }

  /** The sample as the text writer writes it: the file, and the final line end it lacks. */
  static byte[] sample() {
    try {
      byte[] file = Files.readAllBytes(SAMPLE);
      byte[] canonical = Arrays.copyOf(file, file.length + 1);
      canonical[file.length] = '\n';
      return canonical;
    } catch (IOException e) {
      throw new AssertionError("the sample should be at " + SAMPLE.toAbsolutePath(), e);
    }
  }

  String out() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  /** Whether standard error shows a Java stack trace. */
  boolean showsStackTrace() {
    return stderr.contains("\tat ") || stderr.contains("Exception");
  }
}
