package dev.paperdigest.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessTimerTest {
  /** A command that appends its name to {@code log}, and prints it to {@code stdout} if given. */
  private static ProcessTimer.Command logging(String name, Path log, Path stdout, int warmups) {
    return new ProcessTimer.Command(
        List.of("sh", "-c", "echo " + name + " >> '" + log + "'; echo " + name), stdout, warmups);
  }

  @Test
  void warmUpRunsComeFirstThenEveryCommandRunsOnceARound(@TempDir Path work)
      throws IOException, InterruptedException {
    Path log = work.resolve("log");
    Path bOut = work.resolve("b.out");
    List<ProcessTimer.Timing> timings =
        new ProcessTimer(work)
            .timeInTurn(
                List.of(
                    logging("a", log, null, 2),
                    logging("b", log, bOut, 0),
                    logging("c", log, null, 1)),
                3);
    assertEquals(
        List.of("a", "a", "c", "a", "b", "c", "a", "b", "c", "a", "b", "c"),
        Files.readAllLines(log));
    assertEquals(List.of("b"), Files.readAllLines(bOut));
    assertEquals(3, timings.size());
    for (ProcessTimer.Timing timing : timings) {
      assertEquals(3, timing.seconds().length);
      assertTrue(timing.min() > 0 && timing.min() <= timing.median());
      assertTrue(timing.median() <= timing.max());
    }
    assertEquals("sh", timings.get(1).command().get(0));
  }

  @Test
  void aCommandThatFailsStopsTheTiming(@TempDir Path work) {
    ProcessTimer.Command failing = new ProcessTimer.Command(List.of("sh", "-c", "exit 3"), null, 0);
    IOException e =
        assertThrows(
            IOException.class, () -> new ProcessTimer(work).timeInTurn(List.of(failing), 1));
    assertEquals("sh -c exit 3 exited with status 3", e.getMessage());
  }
}
