package dev.paperdigest.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** What {@link BenchmarkRunner} runs, from its command line. */
final class BenchmarkSettings {
  static final String USAGE =
      """
      Usage: bench [OPTIONS]
      Runs the JMH benchmarks of every format beside its peer, on the same digests, and prints
      the table: MB/s, digests/s, allocation, each figure beside its peer's and the ratio; then the
      linear-cost check (cost per byte across input sizes).

        --quick            a smoke run: 1 fork, 1 warm-up and 1 measured iteration of 1 s; the
                           linear-cost check reads only, at scales 1 and 16
        --size MB          size of the generated corpus in MB of 1,000,000 bytes (default 16)
        --filter REGEX     only benchmarks whose Class.method matches, e.g. 'Text|lineScan'
        --forks N          JMH forks per benchmark (default 1)
        --warmup N         warm-up iterations (default 2)
        --iterations N     measured iterations (default 3)
        --time SECONDS     length of each iteration (default 2)
        --no-linear-cost   skip the linear-cost check
        --profiler NAME[:OPTIONS]
                           add a JMH profiler, e.g. stack or 'stack:lines=3;top=15';
                           gc is always on. Repeatable; its output goes to the JMH log
        --startup          also time 'digest convert examples/2024-10-10.txt -t json' as a whole
                           process, beside pandoc -f commonmark -t html on the same digest
        --convert          also time 'digest convert' of a generated archive to JSON Lines as a
                           whole process, beside --python-peer when given
        --convert-size MB  size of that archive (default 100)
        --python-peer PATH a Python converter run as 'python3 PATH ARCHIVE > OUT'
        --cli-jar PATH     the digest jar (default: digest-cli/target/digest.jar in the project)
        --project-dir DIR  the checkout, for the digest jar, ./digest and examples/ (default:
                           the current directory; ./bench passes its own)
        --results FILE     also write JMH's results as JSON (FILE, FILE-linear.json)
        --markdown         print the tables as Markdown
        --help             this text
      Exit status: 0 when the suite ran, 1 when a benchmark failed, 2 on a usage error.
      """;

  boolean help;
  boolean quick;
  double corpusMegabytes = 16;
  Pattern filter;
  Integer forks;
  Integer warmupIterations;
  Integer measurementIterations;
  Double iterationSeconds;
  boolean linearCost = true;
  final List<String> profilers = new ArrayList<>();
  boolean startup;
  boolean convert;
  double convertMegabytes = 100;
  Path pythonPeer;
  Path cliJar;
  Path projectDirectory = Path.of("");
  Path results;
  boolean markdown;

  /**
   * @throws IllegalArgumentException naming the option at fault
   */
  static BenchmarkSettings parse(String... args) {
    BenchmarkSettings settings = new BenchmarkSettings();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--help", "-h" -> settings.help = true;
        case "--quick" -> settings.quick = true;
        case "--size" -> settings.corpusMegabytes = positive(option, value(args, ++i, option));
        case "--filter" -> settings.filter = pattern(value(args, ++i, option));
        case "--forks" -> settings.forks = count(option, value(args, ++i, option), 1);
        case "--warmup" -> settings.warmupIterations = count(option, value(args, ++i, option), 0);
        case "--iterations" ->
            settings.measurementIterations = count(option, value(args, ++i, option), 1);
        case "--time" -> settings.iterationSeconds = positive(option, value(args, ++i, option));
        case "--no-linear-cost" -> settings.linearCost = false;
        case "--profiler" -> settings.profilers.add(value(args, ++i, option));
        case "--startup" -> settings.startup = true;
        case "--convert" -> settings.convert = true;
        case "--convert-size" ->
            settings.convertMegabytes = positive(option, value(args, ++i, option));
        case "--python-peer" -> settings.pythonPeer = Path.of(value(args, ++i, option));
        case "--cli-jar" -> settings.cliJar = Path.of(value(args, ++i, option));
        case "--project-dir" -> settings.projectDirectory = Path.of(value(args, ++i, option));
        case "--results" -> settings.results = Path.of(value(args, ++i, option));
        case "--markdown" -> settings.markdown = true;
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return settings;
  }

  int forks() {
    return forks != null ? forks : 1;
  }

  int warmupIterations() {
    return warmupIterations != null ? warmupIterations : quick ? 1 : 2;
  }

  int measurementIterations() {
    return measurementIterations != null ? measurementIterations : quick ? 1 : 3;
  }

  double iterationSeconds() {
    return iterationSeconds != null ? iterationSeconds : quick ? 1 : 2;
  }

  boolean selects(String benchmark) {
    return filter == null || filter.matcher(benchmark).find();
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static double positive(String option, String value) {
    double number;
    try {
      number = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a number, not \"" + value + "\"");
    }
    if (!(number > 0) || Double.isInfinite(number)) {
      throw new IllegalArgumentException(option + " takes a number above 0, not " + value);
    }
    return number;
  }

  private static int count(String option, String value, int least) {
    int number;
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      number = least - 1;
    }
    if (number < least) {
      throw new IllegalArgumentException(
          option + " takes a whole number of " + least + " or more, not \"" + value + "\"");
    }
    return number;
  }

  private static Pattern pattern(String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "--filter: not a regular expression: " + e.getDescription());
    }
  }
}
