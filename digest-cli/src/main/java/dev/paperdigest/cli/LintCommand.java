package dev.paperdigest.cli;

import dev.paperdigest.lint.DigestLinter;
import dev.paperdigest.lint.LintConfiguration;
import dev.paperdigest.lint.LintConfigurationException;
import dev.paperdigest.lint.LintRule;
import dev.paperdigest.lint.LintRun;
import dev.paperdigest.lint.ReportFormat;
import dev.paperdigest.lint.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code digest lint}: checks digests as one archive with {@link DigestLinter} and prints what is
 * legal but probably wrong, in the GNU form, JSON or SARIF, as ruff and ESLint do for code.
 */
final class LintCommand extends Subcommand {
  private List<String> select;
  private List<String> ignore;
  private String config;
  private String base;
  private List<String> files;

  LintCommand(DigestCommand digest) {
    super(digest, "lint");
    spec.usageMessage()
        .header("Find what is legal in digests but probably wrong.")
        .description(
            "Checks the digests of every FILE, as one archive, for slips that validate accepts"
                + " because they are legal: the same author twice, a comment without its"
                + " translation, a tag spelled two ways, dates out of order, and more; --rules"
                + " lists every rule with its rationale. Findings are printed to standard output,"
                + " by default as FILE:LINE:COLUMN: warning: MESSAGE [RULE].",
            "",
            "A FILE that is not a valid digest is reported as validate reports it, with"
                + " FILE:LINE:COLUMN: error: MESSAGE in the report, and its digests that do read"
                + " are still checked. The rules that compare digests (dates in order, a date or"
                + " paper twice, one tag in two spellings) compare across every FILE, in the order"
                + " given; a directory's files are read in name order.",
            "",
            "Settings come from --config FILE, or else from the nearest .digestlint.toml: in the"
                + " directory of the first FILE (in it, if it is a directory) or a parent, up to"
                + " the root of the git repository. It can select and ignore rules, and silence"
                + " rules for one paper or one digest by title and date ([[suppress]]). --select"
                + " replaces its selection; --ignore adds to what it ignores.",
            "",
            FORMAT_OF_EACH_FILE)
        .exitCodeList(
            DigestCommand.exitCodes(
                "0:Nothing found; with --exit-zero, findings allowed.",
                "1:A finding, or a FILE that is not a valid digest or cannot be read.",
                "2:Usage error: unknown option, report format or rule, a FILE that does not exist,"
                    + " or a configuration file with a mistake, which is printed as"
                    + " FILE:LINE:COLUMN: error: MESSAGE.",
                DigestCommand.EXIT_BROKEN_PIPE))
        .footer(
            "  digest lint digests/",
            "      Check every digest file of a directory, as one archive.",
            "  digest lint --format sarif digests/ > digest-lint.sarif",
            "      Write a SARIF report, which GitHub code scanning shows on pull requests.",
            "  digest lint --ignore title-full-stop,tag-spelling 2024-10-*.txt",
            "      Leave two rules out of this run.",
            "  digest lint --rules",
            "      List every rule with its rationale.");
    addInputFormatOption();
    spec.addOption(
        OptionSpec.builder("--format")
            .paramLabel("REPORT")
            .type(ReportFormat.class)
            .defaultValue("gnu")
            .converters(new ReportFormatConverter())
            .completionCandidates(new ReportFormatNames())
            .description(
                "The report: gnu (FILE:LINE:COLUMN: warning: MESSAGE [RULE], the default), json"
                    + " (an array with one object per finding) or sarif (SARIF 2.1.0).")
            .build());
    spec.addOption(
        OptionSpec.builder("--exit-zero")
            .type(boolean.class)
            .description(
                "Exit with 0 even when something was found; a FILE that does not read still"
                    + " gives 1.")
            .build());
    spec.addOption(
        OptionSpec.builder("--select")
            .paramLabel("RULE")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .splitRegex(",")
            .description("Run only these rules, instead of those the configuration file selects.")
            .build());
    spec.addOption(
        OptionSpec.builder("--ignore")
            .paramLabel("RULE")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .splitRegex(",")
            .description("Do not run these rules, besides those the configuration file ignores.")
            .build());
    spec.addOption(
        OptionSpec.builder("--config")
            .paramLabel("FILE")
            .type(String.class)
            .description(
                "The configuration file; by default .digestlint.toml, the one nearest to the first"
                    + " FILE.")
            .build());
    spec.addOption(
        OptionSpec.builder("--base")
            .paramLabel("DIR")
            .type(String.class)
            .description(
                "The directory the SARIF report gives file names relative to, the repository's"
                    + " root in CI; by default the current directory.")
            .build());
    spec.addOption(
        OptionSpec.builder("--rules")
            .type(boolean.class)
            .description("List every rule's id with its rationale, and exit; no FILE is read.")
            .build());
    addFilesParameter(
        "FILE",
        "0..*",
        "Files or directories to check as one archive (a directory: its files with a"
            + " known extension); - for standard input.");
  }

  @Override
  public Integer call() {
    ParseResult parsed = parsed();
    select = parsed.matchedOptionValue("--select", null);
    ignore = parsed.matchedOptionValue("--ignore", List.of());
    config = parsed.matchedOptionValue("--config", null);
    base = parsed.matchedOptionValue("--base", null);
    files = files(List.of());
    if (parsed.matchedOptionValue("--rules", false)) {
      listRules();
      return 0;
    }
    if (files.isEmpty()) {
      throw usageError(
          "give the files or directories to check (- for standard input), or --rules to list the"
              + " rules");
    }
    ErrorReporter reporter = digest.reporter(spec.commandLine());
    List<Input> inputs =
        new InputResolver(digest, inputFormat(), spec.commandLine()).resolve(files);
    Path baseDirectory = baseDirectory();
    LintConfiguration configuration;
    try {
      configuration = configuration();
    } catch (LintConfigurationException e) {
      PrintWriter err = spec.commandLine().getErr();
      e.diagnostics().forEach(d -> err.println(FileNames.legible(d.toString())));
      return spec.exitCodeOnInvalidInput();
    }
    DigestLinter linter = linter(configuration);

    ReportFormat reportFormat = spec.findOption("--format").getValue();
    ReportWriter report = reportFormat.open(digest.stdout(), baseDirectory);
    LintRun run = linter.start(report);
    for (Input input : inputs) {
      lint(run, input, reporter);
    }
    try {
      report.finish();
    } catch (IOException e) {
      throw new StandardOutputFailure(e);
    }
    if (run.errors() > 0 || reporter.exitStatus() != 0) {
      return 1;
    }
    return run.warnings() > 0 && !parsed.matchedOptionValue("--exit-zero", false) ? 1 : 0;
  }

  private void lint(LintRun run, Input input, ErrorReporter reporter) {
    try {
      run.lint(input.openBytes(digest.stdin().stream()), input.name(), input.format());
    } catch (IOException e) {
      if (digest.stdoutFailed()) {
        // The report could not be written: DigestCommand says so once.
        throw new StandardOutputFailure(e);
      }
      reporter.ioError(input.name(), e);
    } catch (OutOfMemoryError | StackOverflowError e) {
      reporter.outOfMemory(input, e);
    }
  }

  private void listRules() {
    PrintWriter out = spec.commandLine().getOut();
    int width = Arrays.stream(LintRule.values()).mapToInt(r -> r.id().length()).max().orElse(0);
    for (LintRule rule : LintRule.values()) {
      out.println(String.format("%-" + (width + 2) + "s%s", rule.id(), rule.rationale()));
    }
    out.flush();
  }

  /**
   * The configuration {@code --config} names, or else the nearest {@code .digestlint.toml} to the
   * first FILE (to the current directory, for standard input), named relative to the current
   * directory when it is under it; the empty one when there is none.
   */
  private LintConfiguration configuration() {
    Optional<Path> file;
    if (config != null) {
      file = Optional.of(FileNames.path(config));
    } else {
      Path workingDirectory = Path.of("").toAbsolutePath();
      String first = files.get(0);
      file =
          LintConfiguration.discover(first.equals("-") ? workingDirectory : FileNames.path(first))
              .map(
                  found ->
                      found.startsWith(workingDirectory)
                          ? workingDirectory.relativize(found)
                          : found);
    }
    try {
      return file.map(LintConfiguration::read).orElse(LintConfiguration.empty());
    } catch (UncheckedIOException e) {
      throw usageError(
          FileNames.display(file.orElseThrow()) + ": " + ErrorReporter.describe(e.getCause()));
    }
  }

  private DigestLinter linter(LintConfiguration configuration) {
    DigestLinter.Builder linter =
        DigestLinter.builder().formats(digest.formats()).configuration(configuration);
    try {
      if (select != null) {
        linter.select(select);
      }
    } catch (IllegalArgumentException e) {
      throw usageError("--select: " + e.getMessage());
    }
    try {
      linter.ignore(ignore);
    } catch (IllegalArgumentException e) {
      throw usageError("--ignore: " + e.getMessage());
    }
    return linter.build();
  }

  private Path baseDirectory() {
    if (base == null) {
      return Path.of("");
    }
    Path directory = FileNames.path(base);
    if (!Files.isDirectory(directory)) {
      throw usageError("--base " + FileNames.legible(base) + ": not a directory");
    }
    return directory;
  }

  private ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** {@code --format}'s value: a report format's name, in any case. */
  static final class ReportFormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String name) {
      return ReportFormat.byName(name)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "unknown report format '"
                          + name
                          + "'; the report formats are "
                          + String.join(", ", new ReportFormatNames())));
    }
  }

  /** The report formats' names, for the help and for shell completion. */
  static final class ReportFormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ReportFormat.values()).map(ReportFormat::formatName).iterator();
    }
  }
}
