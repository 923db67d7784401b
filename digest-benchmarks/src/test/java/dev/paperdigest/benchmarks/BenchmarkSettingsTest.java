package dev.paperdigest.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkSettingsTest {

  @Test
  void theFullSuiteIsTheDefaultAndQuickShortensIt() {
    BenchmarkSettings full = BenchmarkSettings.parse();
    assertEquals(16, full.corpusMegabytes);
    assertEquals(1, full.forks());
    assertEquals(2, full.warmupIterations());
    assertEquals(3, full.measurementIterations());
    assertEquals(2, full.iterationSeconds());
    assertTrue(full.linearCost);
    assertFalse(full.startup || full.convert);
    assertEquals(Path.of(""), full.projectDirectory);

    BenchmarkSettings quick = BenchmarkSettings.parse("--quick");
    assertEquals(1, quick.warmupIterations());
    assertEquals(1, quick.measurementIterations());
    assertEquals(1, quick.iterationSeconds());

    BenchmarkSettings explicit =
        BenchmarkSettings.parse("--quick", "--iterations", "4", "--warmup", "0");
    assertEquals(4, explicit.measurementIterations());
    assertEquals(0, explicit.warmupIterations());
  }

  @Test
  void readsEveryOption() {
    BenchmarkSettings settings =
        BenchmarkSettings.parse(
            "--size",
            "67",
            "--filter",
            "Text|lineScan",
            "--forks",
            "2",
            "--time",
            "0.5",
            "--no-linear-cost",
            "--profiler",
            "stack",
            "--profiler",
            "stack:lines=3",
            "--startup",
            "--convert",
            "--convert-size",
            "10",
            "--python-peer",
            "peer.py",
            "--cli-jar",
            "d.jar",
            "--project-dir",
            "/work/checkout",
            "--results",
            "r.json",
            "--markdown");
    assertEquals(67, settings.corpusMegabytes);
    assertTrue(settings.selects("TextBenchmarks.textRead"));
    assertTrue(settings.selects("TextBenchmarks.lineScan"));
    assertFalse(settings.selects("JsonBenchmarks.jsonRead"));
    assertEquals(2, settings.forks());
    assertEquals(0.5, settings.iterationSeconds());
    assertFalse(settings.linearCost);
    assertEquals(List.of("stack", "stack:lines=3"), settings.profilers);
    assertTrue(settings.startup && settings.convert && settings.markdown);
    assertEquals(10, settings.convertMegabytes);
    assertEquals(Path.of("peer.py"), settings.pythonPeer);
    assertEquals(Path.of("d.jar"), settings.cliJar);
    assertEquals(Path.of("/work/checkout"), settings.projectDirectory);
    assertEquals(Path.of("r.json"), settings.results);
  }

  @Test
  void refusesBadUsageNamingTheOption() {
    assertEquals(
        "unknown option --fast",
        assertThrows(IllegalArgumentException.class, () -> BenchmarkSettings.parse("--fast"))
            .getMessage());
    assertEquals(
        "--size needs a value",
        assertThrows(IllegalArgumentException.class, () -> BenchmarkSettings.parse("--size"))
            .getMessage());
    assertEquals(
        "--size takes a number above 0, not -3",
        assertThrows(IllegalArgumentException.class, () -> BenchmarkSettings.parse("--size", "-3"))
            .getMessage());
    assertEquals(
        "--forks takes a whole number of 1 or more, not \"two\"",
        assertThrows(
                IllegalArgumentException.class, () -> BenchmarkSettings.parse("--forks", "two"))
            .getMessage());
    assertEquals(
        "--warmup takes a whole number of 0 or more, not \"-1\"",
        assertThrows(
                IllegalArgumentException.class, () -> BenchmarkSettings.parse("--warmup", "-1"))
            .getMessage());
    assertEquals(
        "--iterations takes a whole number of 1 or more, not \"0\"",
        assertThrows(
                IllegalArgumentException.class, () -> BenchmarkSettings.parse("--iterations", "0"))
            .getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> BenchmarkSettings.parse("--filter", "("))
            .getMessage()
            .startsWith("--filter: not a regular expression"));
  }
}
