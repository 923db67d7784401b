package dev.paperdigest.benchmarks;

import static dev.paperdigest.benchmarks.BenchmarkRunner.number;

import dev.paperdigest.core.Digest;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The {@code digest} command as users run it, a whole process with JVM start-up included:
 * converting the sample to JSON beside pandoc converting the same digest from Markdown to HTML, and
 * converting a large archive to JSON Lines beside a Python converter. Needs the CLI jar; the
 * launcher {@code ./digest}, the distribution's {@code bin/digest} (unpacked from
 * digest-distribution/target), pandoc and the Python script are measured when present. Both
 * launchers make their start-up archive for this JDK in their first (warm-up) run.
 */
final class WholeProcessComparison {
  private static final Path SAMPLE = Path.of("examples", "2024-10-10.txt");
  private static final Path CLI_JAR = Path.of("digest-cli", "target", "digest.jar");
  private static final Path DISTRIBUTIONS = Path.of("digest-distribution", "target");

  private final BenchmarkSettings settings;
  private final PrintStream out;

  /** Commands run in the checkout, so that its paths read as a user types them. */
  private final Path project;

  private final ProcessTimer timer;

  /** The digest jar: relative to the checkout, or as given (relative to the current directory). */
  private final Path cliJar;

  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  WholeProcessComparison(BenchmarkSettings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
    this.project = settings.projectDirectory.toAbsolutePath();
    this.timer = new ProcessTimer(project);
    this.cliJar = settings.cliJar != null ? settings.cliJar.toAbsolutePath() : CLI_JAR;
  }

  void run() throws IOException, InterruptedException {
    if (!Files.isRegularFile(project.resolve(cliJar))) {
      out.println(
          "Whole process: skipped, no digest jar at "
              + project.resolve(cliJar)
              + " (build it with: mvn -B -q -DskipTests -pl digest-cli -am package)");
      return;
    }
    Path work = Files.createTempDirectory("digest-bench");
    try {
      if (settings.startup) {
        startUp(work);
      }
      if (settings.convert) {
        convert(work);
      }
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private void startUp(Path work) throws IOException, InterruptedException {
    System.err.println("Timing start-up: digest convert against pandoc...");
    CorpusGenerator generator = CorpusGenerator.fromSample();
    Digest sample =
        Digest.builder()
            .date(LocalDate.of(2024, 10, 10))
            .addAllPapers(generator.samplePapers())
            .build();
    Path sampleText = SAMPLE;
    if (!Files.isRegularFile(project.resolve(sampleText))) {
      sampleText = work.resolve("2024-10-10.txt");
      Files.write(sampleText, Corpus.written(Corpus.TEXT, List.of(sample)));
    }
    Path sampleMarkdown = work.resolve("2024-10-10.md");
    Files.write(sampleMarkdown, Corpus.written(Corpus.MARKDOWN, List.of(sample)));

    int warmups = 2;
    int runs = settings.quick ? 5 : 20;
    List<ProcessTimer.Command> commands = new ArrayList<>();
    commands.add(
        new ProcessTimer.Command(
            List.of(
                java, "-jar", cliJar.toString(), "convert", sampleText.toString(), "-t", "json"),
            null,
            warmups));
    if (Files.isExecutable(project.resolve("digest"))) {
      commands.add(
          new ProcessTimer.Command(
              List.of("./digest", "convert", sampleText.toString(), "-t", "json"), null, warmups));
    }
    Path installed = unpackDistribution(work);
    if (installed != null) {
      commands.add(
          new ProcessTimer.Command(
              List.of(
                  installed.resolve("bin/digest").toString(),
                  "convert",
                  sampleText.toString(),
                  "-t",
                  "json"),
              null,
              warmups));
    }
    String pandoc = onPath("pandoc");
    if (pandoc != null) {
      commands.add(
          new ProcessTimer.Command(
              List.of(pandoc, "-f", "commonmark", "-t", "html", sampleMarkdown.toString()),
              null,
              warmups));
    }
    List<ProcessTimer.Timing> timings = timer.timeInTurn(commands, runs);
    double reference = timings.get(0).median();
    double peer = pandoc == null ? Double.NaN : timings.get(timings.size() - 1).median();
    TextTable table =
        new TextTable("command", "median ms", "min ms", "max ms", "÷ java -jar digest", "÷ pandoc");
    for (ProcessTimer.Timing timing : timings) {
      table.row(
          display(timing.command()),
          number(timing.median() * 1000, 0),
          number(timing.min() * 1000, 0),
          number(timing.max() * 1000, 0),
          number(timing.median() / reference, 2),
          pandoc == null ? "" : number(timing.median() / peer, 2));
    }
    out.printf(
        Locale.ROOT,
        "Start-up: one digest, whole process, %d rounds of every command in turn after %d warm-up"
            + " runs each%n",
        runs,
        warmups);
    table.print(out, settings.markdown);
    if (pandoc == null) {
      out.println("pandoc is not on the PATH: no peer figure (apt-get install pandoc).");
    }
    out.println();
  }

  private void convert(Path work) throws IOException, InterruptedException {
    Path archive = work.resolve("archive.txt");
    long digests;
    try (OutputStream output = new BufferedOutputStream(Files.newOutputStream(archive), 1 << 16)) {
      digests =
          CorpusGenerator.fromSample()
              .writeText(Corpus.bytesOfMegabytes(settings.convertMegabytes), output);
    }
    double megabytes = Files.size(archive) / 1e6;
    System.err.printf(
        Locale.ROOT, "Timing digest convert of a %.0f MB archive to JSON Lines...%n", megabytes);
    int runs = settings.quick ? 1 : 5;
    Path digestOutput = work.resolve("digest.jsonl");
    List<ProcessTimer.Command> commands = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    commands.add(
        new ProcessTimer.Command(
            List.of(
                java,
                "-jar",
                cliJar.toString(),
                "convert",
                archive.toString(),
                "-t",
                "jsonl",
                "-o",
                digestOutput.toString()),
            null,
            0));
    outputs.add(digestOutput);
    if (Files.isExecutable(project.resolve("digest"))) {
      // The launcher's own flags; reading and writing on one thread, then on every core (its
      // default). Its first run makes its start-up archive, so it is not measured.
      for (String threads :
          List.of("1", String.valueOf(Runtime.getRuntime().availableProcessors()))) {
        Path launcherOutput = work.resolve("digest-" + threads + ".jsonl");
        commands.add(
            new ProcessTimer.Command(
                List.of(
                    "env",
                    "DIGEST_JAVA_OPTS=-Ddigest.text.threads="
                        + threads
                        + " -Ddigest.jsonl.threads="
                        + threads,
                    "./digest",
                    "convert",
                    archive.toString(),
                    "-t",
                    "jsonl",
                    "-o",
                    launcherOutput.toString()),
                null,
                1));
        outputs.add(launcherOutput);
      }
    }
    if (settings.pythonPeer != null) {
      Path pythonOutput = work.resolve("python.jsonl");
      commands.add(
          new ProcessTimer.Command(
              List.of(
                  "python3", settings.pythonPeer.toAbsolutePath().toString(), archive.toString()),
              pythonOutput,
              0));
      outputs.add(pythonOutput);
    }
    List<ProcessTimer.Timing> timings = timer.timeInTurn(commands, runs);
    double slowest = timings.get(timings.size() - 1).median();
    TextTable table =
        new TextTable("command", "median s", "min s", "max s", "MB/s", "lines out", "speed-up");
    for (int i = 0; i < timings.size(); i++) {
      ProcessTimer.Timing timing = timings.get(i);
      long lines;
      try (Stream<String> output = Files.lines(outputs.get(i))) {
        lines = output.count();
      }
      table.row(
          display(timing.command()),
          number(timing.median(), 2),
          number(timing.min(), 2),
          number(timing.max(), 2),
          number(megabytes / timing.median(), 1),
          number(lines, 0),
          "×" + number(slowest / timing.median(), 2));
    }
    out.printf(
        Locale.ROOT,
        "Convert: a %.1f MB text archive (%,d digests) to JSON Lines, whole process, median of"
            + " %d rounds of every command in turn%n",
        megabytes,
        digests,
        runs);
    table.print(out, settings.markdown);
    if (settings.pythonPeer == null) {
      out.println("No --python-peer given: no peer figure.");
    }
    out.println();
  }

  /**
   * The distribution's tar.gz unpacked into {@code work}, or {@code null} when it has not been
   * built.
   */
  private Path unpackDistribution(Path work) throws IOException, InterruptedException {
    Path distributions = project.resolve(DISTRIBUTIONS);
    if (!Files.isDirectory(distributions)) {
      return null;
    }
    Path archive;
    try (Stream<Path> files = Files.list(distributions)) {
      archive =
          files.filter(file -> file.toString().endsWith("-bin.tar.gz")).findFirst().orElse(null);
    }
    if (archive == null) {
      return null;
    }
    Path into = Files.createDirectories(work.resolve("installed"));
    Process tar =
        new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", into.toString())
            .inheritIO()
            .start();
    if (tar.waitFor() != 0) {
      return null;
    }
    try (Stream<Path> homes = Files.list(into)) {
      return homes.findFirst().orElse(null);
    }
  }

  /** The command as a reader would type it: programs and temporary files by their names. */
  private String display(List<String> command) {
    List<String> words = new ArrayList<>();
    for (String word : command) {
      words.add(
          word.equals(java)
              ? "java"
              : word.endsWith("/bin/digest")
                  ? "bin/digest"
                  : word.startsWith("/") ? Path.of(word).getFileName().toString() : word);
    }
    return String.join(" ", words);
  }

  private static String onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String directory : path.split(File.pathSeparator)) {
      Path candidate = Path.of(directory, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
