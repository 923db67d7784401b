package dev.paperdigest.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times a command as a whole process, start-up included, the way a build script meets it: a few
 * runs to warm the file cache, then measured runs, of which the median counts.
 */
final class ProcessTimer {
  private final Path workingDirectory;

  ProcessTimer(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  /** Wall-clock seconds of the measured runs, sorted; each run must exit with status 0. */
  record Timing(List<String> command, double[] seconds) {
    double median() {
      int n = seconds.length;
      return n % 2 == 1 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;
    }

    double min() {
      return seconds[0];
    }

    double max() {
      return seconds[seconds.length - 1];
    }
  }

  /**
   * Runs {@code command} {@code warmups + runs} times with standard output to {@code stdout} (or
   * discarded when null) and standard error inherited.
   *
   * @throws IOException if the command cannot start or exits with a status other than 0
   */
  Timing time(List<String> command, Path stdout, int warmups, int runs)
      throws IOException, InterruptedException {
    double[] seconds = new double[runs];
    for (int i = 0; i < warmups + runs; i++) {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workingDirectory.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .redirectOutput(
                  stdout == null
                      ? ProcessBuilder.Redirect.DISCARD
                      : ProcessBuilder.Redirect.to(stdout.toFile()));
      long start = System.nanoTime();
      Process process = builder.start();
      int status = process.waitFor();
      long elapsed = System.nanoTime() - start;
      if (status != 0) {
        throw new IOException(String.join(" ", command) + " exited with status " + status);
      }
      if (i >= warmups) {
        seconds[i - warmups] = elapsed / 1e9;
      }
    }
    Arrays.sort(seconds);
    return new Timing(new ArrayList<>(command), seconds);
  }
}
