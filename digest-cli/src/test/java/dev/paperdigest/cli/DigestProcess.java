package dev.paperdigest.cli;

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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The runnable jar as users run it, {@code java -jar digest.jar ...} in a process of its own, for
 * what only a real process shows: pipes, devices, signals, memory limits, file descriptors and
 * names in the locale's character set.
 */
final class DigestProcess {
  /** The jar the build packaged; failsafe passes its path. */
  static final Path JAR =
      Path.of(System.getProperty("digest.jar", Path.of("target", "digest.jar").toString()));

  /** The Java running the tests, which runs the jar too. */
  static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  /** The {@code ./digest} launcher of this checkout. */
  static final Path LAUNCHER = Path.of("..", "digest").toAbsolutePath().normalize();

  private static final long TIMEOUT_SECONDS = 120;

  private DigestProcess() {}

  /**
   * What a run left behind.
   *
   * @param status the exit status
   * @param stdout the bytes written to standard output
   * @param stderr what was written to standard error
   */
  record Result(int status, byte[] stdout, String stderr) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    /** Whether standard error shows a Java stack trace. */
    boolean showsStackTrace() {
      return stderr.contains("\tat ") || stderr.contains("Exception");
    }
  }

  /** The command line {@code java JVM_OPTIONS -jar digest.jar ARGS}. */
  static List<String> command(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(JAVA.toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return command;
  }

  /** Runs {@code digest ARGS} with {@code stdin} as its standard input. */
  static Result java(byte[] stdin, String... args) {
    return run(new ProcessBuilder(command(List.of(), args)), stdin);
  }

  /**
   * Runs {@code script} with bash, for what Java cannot set up for a child: process substitution,
   * closed descriptors, limits, argument bytes that are not UTF-8. In the script, {@code $JAVA},
   * {@code $JAR} and {@code $DIGEST} ({@code "$JAVA" -jar "$JAR"}, to be word-split) run the
   * command; {@code $1}... are {@code args}.
   */
  static Result bash(String script, Map<String, String> environment, String... args) {
    List<String> command = new ArrayList<>(List.of("bash", "-c", script, "bash"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA", JAVA.toString());
    builder.environment().put("JAR", JAR.toString());
    builder.environment().put("DIGEST", JAVA + " -jar " + JAR);
    builder.environment().put("LAUNCHER", LAUNCHER.toString());
    builder.environment().putAll(environment);
    return run(builder, new byte[0]);
  }

  /** Starts {@code builder}, feeds it {@code stdin}, and waits for it to end. */
  static Result run(ProcessBuilder builder, byte[] stdin) {
    try {
      Process process = builder.start();
      CompletableFuture<byte[]> stdout = drain(process.getInputStream());
      CompletableFuture<byte[]> stderr = drain(process.getErrorStream());
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin);
      } catch (IOException e) {
        // The command may end without reading all of its input; that is its business.
      }
      assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the command finishes");
      return new Result(
          process.exitValue(), stdout.join(), new String(stderr.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Reads all of {@code stream} on another thread. */
  static CompletableFuture<byte[]> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream;
              ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            stream.transferTo(bytes);
            return bytes.toByteArray();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
