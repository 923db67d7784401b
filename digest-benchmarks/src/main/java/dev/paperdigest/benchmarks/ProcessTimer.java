package dev.paperdigest.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times commands as whole processes, start-up included, the way a build script meets them: each
 * command's warm-up runs (to warm the file cache, or to let a launcher make its start-up archive),
 * then measured rounds in which every command runs once, in turn. The median of each command's
 * rounds counts. Taking turns matters on a shared machine: the same conversion was seen to take
 * 1.25 s to 2.1 s within minutes (docs/performance.md), and a drift that falls on every command
 * alike leaves their ratios standing.
 */
final class ProcessTimer {
  private final Path workingDirectory;

  ProcessTimer(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  /**
   * One command to time.
   *
   * @param words the program and its arguments
   * @param stdout where its standard output goes, or {@code null} to discard it
   * @param warmups unmeasured runs before the first round
   */
  record Command(List<String> words, Path stdout, int warmups) {
    Command {
      words = List.copyOf(words);
    }
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
   * Runs each command's warm-up runs, then {@code rounds} rounds of every command once, in the
   * order given, with standard input from {@code /dev/null} and standard error inherited.
   *
   * @return each command's timing, in the order given
   * @throws IOException if a command cannot start or exits with a status other than 0
   */
  List<Timing> timeInTurn(List<Command> commands, int rounds)
      throws IOException, InterruptedException {
    for (Command command : commands) {
      for (int i = 0; i < command.warmups(); i++) {
        run(command);
      }
    }
    double[][] seconds = new double[commands.size()][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int c = 0; c < commands.size(); c++) {
        seconds[c][round] = run(commands.get(c));
      }
    }
    List<Timing> timings = new ArrayList<>();
    for (int c = 0; c < commands.size(); c++) {
      Arrays.sort(seconds[c]);
      timings.add(new Timing(commands.get(c).words(), seconds[c]));
    }
    return timings;
  }

  /** One run of {@code command}: its wall-clock seconds. */
  private double run(Command command) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command.words())
            .directory(workingDirectory.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .redirectOutput(
                command.stdout() == null
                    ? ProcessBuilder.Redirect.DISCARD
                    : ProcessBuilder.Redirect.to(command.stdout().toFile()));
    long start = System.nanoTime();
    Process process = builder.start();
    int status = process.waitFor();
    long elapsed = System.nanoTime() - start;
    if (status != 0) {
      throw new IOException(String.join(" ", command.words()) + " exited with status " + status);
    }
    return elapsed / 1e9;
  }
}
