package dev.paperdigest.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the benchmark suite and prints the table: every benchmark's MB/s, digests/s and allocation,
 * each beside its peer with the ratio and the target; the linear-cost check; and, when
 * asked, whole-process timings of the {@code digest} command beside pandoc and a Python script.
 * JMH's own log goes to standard error, the tables to standard output.
 *
 * <pre>{@code
 * ./bench --quick                       # a smoke run, about two minutes
 * ./bench --size 67 --startup           # the figures of docs/performance.md
 * java -jar digest-benchmarks/target/benchmarks.jar --filter Markdown --profiler stack
 * }</pre>
 */
public final class BenchmarkRunner {
  private static final List<Class<?>> CORPUS_BENCHMARKS =
      List.of(TextBenchmarks.class, JsonBenchmarks.class, MarkdownBenchmarks.class);

  private final BenchmarkSettings settings;
  private final PrintStream out = System.out;
  private boolean anyFailed;

  private BenchmarkRunner(BenchmarkSettings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    BenchmarkSettings settings;
    try {
      settings = BenchmarkSettings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.err.println("Try 'bench --help'.");
      System.exit(2);
      return;
    }
    if (settings.help) {
      System.out.print(BenchmarkSettings.USAGE);
      return;
    }
    BenchmarkRunner runner = new BenchmarkRunner(settings);
    runner.run();
    System.exit(runner.anyFailed ? 1 : 0);
  }

  private void run() throws RunnerException, IOException, InterruptedException {
    out.println(MachineDescription.current().describe());
    out.println();
    List<String> corpusBenchmarks = selected(CORPUS_BENCHMARKS);
    if (!corpusBenchmarks.isEmpty()) {
      runCorpusSuite(corpusBenchmarks);
    }
    List<String> linearCost =
        settings.linearCost ? selected(List.of(LinearCostBenchmarks.class)) : List.of();
    if (settings.quick) {
      linearCost = linearCost.stream().filter(name -> name.endsWith(".read")).toList();
    }
    if (!linearCost.isEmpty()) {
      runLinearCostCheck(linearCost);
    }
    if (settings.startup || settings.convert) {
      new WholeProcessComparison(settings, out).run();
    }
  }

  private void runCorpusSuite(List<String> benchmarks) throws RunnerException {
    System.err.printf(
        Locale.ROOT,
        "Preparing the %s MB corpus in every format...%n",
        number(settings.corpusMegabytes, 0));
    CorpusDocuments documents = CorpusDocuments.of(settings.corpusMegabytes);
    out.println(documents.describe());
    out.println();

    ChainedOptionsBuilder options =
        options(benchmarks, heapFor(settings.corpusMegabytes))
            .warmupIterations(settings.warmupIterations())
            .warmupTime(seconds(settings.iterationSeconds()))
            .measurementIterations(settings.measurementIterations())
            .measurementTime(seconds(settings.iterationSeconds()))
            .param("corpusMegabytes", Double.toString(settings.corpusMegabytes));
    if (settings.results != null) {
      options.resultFormat(ResultFormatType.JSON).result(settings.results.toString());
    }
    Map<String, RunResult> results = new LinkedHashMap<>();
    for (RunResult result : run(options)) {
      results.put(methodOf(result), result);
    }
    noteMissing(benchmarks, results.keySet());
    new CorpusReport(documents, results).print(out, settings.markdown);
  }

  private void runLinearCostCheck(List<String> benchmarks) throws RunnerException {
    String[] scales = settings.quick ? new String[] {"1", "16"} : new String[] {"1", "4", "16"};
    ChainedOptionsBuilder options =
        options(benchmarks, heapFor(16))
            .warmupIterations(settings.quick ? 1 : 2)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(settings.quick ? 1 : 3)
            .measurementTime(TimeValue.seconds(1))
            .param("scale", scales);
    if (settings.results != null) {
      String name = settings.results.getFileName().toString().replaceFirst("\\.json$", "");
      options
          .resultFormat(ResultFormatType.JSON)
          .result(settings.results.resolveSibling(name + "-linear.json").toString());
    }
    Collection<RunResult> results = run(options);
    int expected =
        benchmarks.size() * scales.length * LinearCostInputs.SHAPES.size() * Corpus.FORMATS.size();
    if (results.size() < expected) {
      anyFailed = true;
      System.err.printf(
          "bench: %d of %d linear-cost runs failed; see the JMH log above%n",
          expected - results.size(), expected);
    }
    new LinearCostReport(results).print(out, settings.markdown);
  }

  private ChainedOptionsBuilder options(List<String> benchmarks, String heap) {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .forks(settings.forks())
            .mode(Mode.Throughput)
            .timeUnit(TimeUnit.SECONDS)
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(false)
            .jvmArgsAppend("-Xms" + heap, "-Xmx" + heap);
    for (String profiler : settings.profilers) {
      int colon = profiler.indexOf(':');
      if (colon < 0) {
        options.addProfiler(profiler);
      } else {
        options.addProfiler(profiler.substring(0, colon), profiler.substring(colon + 1));
      }
    }
    for (String benchmark : benchmarks) {
      options.include(
          "^" + Pattern.quote(BenchmarkRunner.class.getPackageName() + "." + benchmark) + "$");
    }
    return options;
  }

  private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
    return new Runner(
            options.build(),
            OutputFormatFactory.createFormatInstance(System.err, VerboseMode.NORMAL))
        .run();
  }

  private void noteMissing(List<String> benchmarks, Collection<String> ran) {
    for (String benchmark : benchmarks) {
      String method = benchmark.substring(benchmark.indexOf('.') + 1);
      if (!ran.contains(method)) {
        anyFailed = true;
        System.err.println("bench: " + benchmark + " failed; see the JMH log above");
      }
    }
  }

  /**
   * {@code Class.method} of every {@code @Benchmark} in {@code classes} that the filter selects.
   */
  private List<String> selected(List<Class<?>> classes) {
    List<String> names = new ArrayList<>();
    for (Class<?> type : classes) {
      for (Method method : type.getDeclaredMethods()) {
        String name = type.getSimpleName() + "." + method.getName();
        if (method.isAnnotationPresent(Benchmark.class) && settings.selects(name)) {
          names.add(name);
        }
      }
    }
    names.sort(null);
    return names;
  }

  static String methodOf(RunResult result) {
    String benchmark = result.getParams().getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  /** Bytes allocated per operation, from the GC profiler; NaN when it reported none. */
  static double allocatedPerOperation(RunResult result) {
    for (var entry : result.getSecondaryResults().entrySet()) {
      if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
        return entry.getValue().getScore();
      }
    }
    return Double.NaN;
  }

  /** Room for the corpus in every form plus the working set of the widest benchmark. */
  private static String heapFor(double corpusMegabytes) {
    return Math.max(2048, (long) Math.ceil(corpusMegabytes * 48)) + "m";
  }

  private static TimeValue seconds(double seconds) {
    return TimeValue.milliseconds(Math.round(seconds * 1000));
  }

  static String number(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "—";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }
}
