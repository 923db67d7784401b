package dev.paperdigest.cli;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.spi.ThreadCount;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code digest} command: converts digests between formats, validates them, rewrites them in
 * their canonical form, lints them and lists the formats available. Its formats are those {@link
 * DigestFormats#load()} finds on the class path, so a format module added as a dependency shows up
 * here with no change to the command.
 *
 * <pre>{@code
 * $ digest convert examples/2024-10-10.txt -t text
 * $ digest convert -t jsonl -o all.jsonl digests/
 * $ digest convert -t text -o normalised/ digests/
 * $ digest validate digests/*.txt
 * digests/2024-10-11.txt:3:1: error: expected an authors line like `(Name, Name)` after the title
 * $ digest fmt --check digests/
 * digests/2024-10-12.txt
 * $ digest lint digests/
 * digests/2024-10-12.txt:9:47: warning: author 5 `Kun Xu` repeats author 4; ... [duplicate-author]
 * $ digest formats
 * text    .txt
 * }</pre>
 *
 * <p>Exit status 0 means success, 1 an invalid input, a failed conversion or, for {@code fmt
 * --check} and {@code lint}, something found, 2 a usage error, and 141 that standard output was
 * closed by its reader before all was written, as for any program that {@code SIGPIPE} ends.
 */
public final class DigestCommand {
  static final String EXIT_OK = "0:Success.";
  static final String EXIT_FAILED =
      "1:An input is not a valid digest, a format cannot express it, or a file or standard output"
          + " cannot be read or written.";
  static final String EXIT_USAGE =
      "2:Usage error: unknown option or format, format not given and not inferable from a file"
          + " name, a file that does not exist, a directory with no digest file, or standard input"
          + " closed.";
  static final String EXIT_BROKEN_PIPE =
      "141:Standard output was closed by its reader before all was written (as by | head); the"
          + " command stops and prints nothing, as a program that SIGPIPE ends does.";

  /** The exit status after a broken pipe: 128 + SIGPIPE, what a shell shows for that signal. */
  static final int BROKEN_PIPE_STATUS = 141;

  /** The name messages give standard output. */
  static final String STDOUT_NAME = "<stdout>";

  private static final int STDOUT_BUFFER_SIZE = 1 << 16;

  /** Shared with every subcommand's copy of it, so that it holds wherever it is given. */
  private final OptionSpec debug =
      OptionSpec.builder("--debug")
          .type(boolean.class)
          .scopeType(ScopeType.INHERIT)
          .description("Print the stack trace behind every error, for a bug report.")
          .build();

  private final Supplier<DigestFormats> formatSource;
  private final StandardInput stdin;
  private final StandardOutput stdout;
  private final OutputStream bufferedStdout;
  private final PrintWriter err;
  private DigestFormats formats;

  /**
   * A command reading {@code stdin}, writing digests and help to {@code stdout} and messages to
   * {@code err}. Formats are looked up from {@code formatSource} only when a command first needs
   * them, so {@code --help} and {@code --version} never load a format.
   */
  DigestCommand(
      Supplier<DigestFormats> formatSource,
      StandardInput stdin,
      StandardOutput stdout,
      PrintWriter err) {
    this.formatSource = formatSource;
    this.stdin = stdin;
    this.stdout = stdout;
    // Digests stream through a large buffer, written as bytes so that no charset stands in the way.
    this.bufferedStdout = new BufferedOutputStream(stdout, STDOUT_BUFFER_SIZE);
    this.err = err;
  }

  /**
   * Runs the command with the process's standard streams and exits with its status.
   *
   * @param args the command line, such as {@code convert in.txt -t json}
   */
  public static void main(String[] args) {
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    // The command reads text and writes JSON Lines on every core unless told otherwise
    // (DIGEST_JAVA_OPTS=-Ddigest.text.threads=1); the formats read the properties as the registry
    // loads them. A value given is checked here, once, as a usage error.
    for (String threads :
        new String[] {
          dev.paperdigest.text.TextFormat.THREADS_PROPERTY,
          dev.paperdigest.jackson.JsonLinesDigestFormat.THREADS_PROPERTY
        }) {
      String value = System.getProperty(threads);
      if (value == null) {
        int cores = Math.min(Runtime.getRuntime().availableProcessors(), ThreadCount.MAX);
        System.setProperty(threads, Integer.toString(cores));
      } else {
        try {
          ThreadCount.parse(threads, value);
        } catch (IllegalArgumentException e) {
          err.println("digest: " + e.getMessage());
          System.exit(2);
        }
      }
    }
    DigestCommand command =
        new DigestCommand(
            DigestFormats::load, StandardInput.ofProcess(), StandardOutput.ofProcess(), err);
    System.exit(command.run(NativeArguments.recover(args)));
  }

  /**
   * Runs the command line {@code args} and returns its exit status. Whatever was written to
   * standard output is flushed; if it could not all be written, the run fails with one message
   * saying why, or with status 141 and no message when the reader went away.
   */
  int run(String... args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(bufferedStdout, StandardCharsets.UTF_8), true);
    int status;
    try {
      status = commandLine(out, args).execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Inputs handle their own; this is what is left, such as a command line too long for memory.
      ErrorReporter reporter = new ErrorReporter(err, debug());
      reporter.outOfMemory(null, e);
      status = reporter.exitStatus();
    }
    out.flush();
    try {
      bufferedStdout.flush();
    } catch (IOException e) {
      // StandardOutput holds it.
    }
    if (stdout.failure() != null) {
      if (stdout.brokenPipe()) {
        status = BROKEN_PIPE_STATUS;
      } else {
        new ErrorReporter(err, debug()).ioError(STDOUT_NAME, stdout.failure());
        status = 1;
      }
    }
    err.flush();
    return status;
  }

  /**
   * The names of this project's subcommands, in the order help lists them. picocli builds each
   * subcommand's model as it is added: a command line that begins with one of these names gets that
   * subcommand alone, which parses and runs exactly as it would beside the others; {@code digest
   * --version} gets none. Any other (help, completion, a mistyped name, options first) gets them
   * all.
   */
  private static final List<String> SUBCOMMANDS =
      List.of("convert", "validate", "fmt", "lint", "formats");

  /** A command line of one of these alone prints the version, which needs no subcommand. */
  private static final List<String> VERSION_OPTIONS = List.of("-V", "--version");

  /**
   * The picocli command line of this command, printing help to {@code out} and messages to the
   * command's standard error, with the exit statuses and error reporting the help describes.
   */
  private CommandLine commandLine(PrintWriter out, String... args) {
    CommandLine commandLine = new CommandLine(spec());
    // Added before the settings below, which picocli passes on to the subcommands it has.
    if (args.length > 0 && SUBCOMMANDS.contains(args[0])) {
      commandLine.addSubcommand(subcommand(args[0]));
    } else if (!(args.length == 1 && VERSION_OPTIONS.contains(args[0]))) {
      SUBCOMMANDS.forEach(name -> commandLine.addSubcommand(subcommand(name)));
      // picocli's own, built from their annotations only here.
      commandLine.addSubcommand(HelpCommand.class);
      // The build writes the distribution's completion script with it; users of the runnable jar
      // get theirs the same way: source <(digest generate-completion).
      commandLine.addSubcommand(AutoComplete.GenerateCompletion.class);
    }
    commandLine.registerConverter(DigestFormat.class, this::formatNamed);
    commandLine.setOut(out);
    commandLine.setErr(err);
    // A file may be called @notes.txt: arguments are never read from files.
    commandLine.setExpandAtFiles(false);
    commandLine.setParameterExceptionHandler(this::reportUsageError);
    commandLine.setExecutionExceptionHandler(this::reportUnexpected);
    return commandLine;
  }

  /**
   * The model of the command line, built with picocli's programmatic API rather than from
   * annotations: reading annotations makes the JVM generate a proxy class for each annotation type
   * at every start, and picocli inspects every field by reflection, together about a third of the
   * command's start-up (docs/performance.md, "Start-up").
   */
  private CommandSpec spec() {
    CommandSpec spec =
        CommandSpec.wrapWithoutInspection(this)
            .name("digest")
            .addOption(debug)
            .versionProvider(new Version());
    addStandardHelpOptions(spec);
    spec.usageMessage()
        // The subcommands are added as the command line is built: see RUN_ALONE.
        .synopsisSubcommandLabel("COMMAND")
        .description(
            "Reads, checks and converts paper digests: daily notes on machine-learning papers, each"
                + " with its title, authors, abstract, comment, translation and tags.",
            "",
            "convert writes to standard output, to one file holding every digest (-o FILE), or to"
                + " one file per input (-o DIR/). fmt rewrites files in their canonical form, as"
                + " gofmt does for Go; lint finds what is legal but probably wrong, as ruff does"
                + " for Python.",
            "",
            "Run 'digest help COMMAND' for the options of a command.")
        .commandListHeading("%nCommands:%n")
        .exitCodeListHeading("%nExit status:%n")
        .exitCodeList(
            exitCodes(
                EXIT_OK,
                "1:An input is not a valid digest, a format cannot express it, or a file or"
                    + " standard output cannot be read or written; fmt --check found a file to"
                    + " rewrite, or lint a finding.",
                EXIT_USAGE,
                EXIT_BROKEN_PIPE))
        .footerHeading("%nExamples:%n")
        .footer(
            "  digest convert 2024-10-10.txt -t markdown",
            "      Print a digest as Markdown.",
            "  cat 2024-10-10.txt | digest convert -f text -o 2024-10-10.json",
            "      Read standard input; write the JSON file once all of it has been read.",
            "  digest convert -t jsonl -o all.jsonl digests/",
            "      Every digest of every file of a directory, in one archive.",
            "  digest convert -t jsonl -o out/ digests/",
            "      Convert every digest file of a directory, one output file each.",
            "  digest validate digests/*.txt",
            "      Check files; each problem comes as FILE:LINE:COLUMN: error: MESSAGE.",
            "  digest fmt digests/",
            "      Rewrite every digest file of a directory in its canonical form.",
            "  digest fmt --check digests/",
            "      List the files fmt would change, and fail if there is any: for CI.",
            "  digest lint --format sarif digests/ > digest-lint.sarif",
            "      Lint every digest file: a SARIF report, for GitHub code scanning.");
    // --debug, the exit status heading and the examples heading for every command, declared
    // once. Last, as it passes them on to the subcommands it has then.
    return spec.scopeType(ScopeType.INHERIT);
  }

  /** The command line of the subcommand {@code name}, one of {@link #SUBCOMMANDS}. */
  private CommandLine subcommand(String name) {
    // A switch, not a map of constructors, so that only the subcommand run is loaded.
    Subcommand subcommand =
        switch (name) {
          case "convert" -> new ConvertCommand(this);
          case "validate" -> new ValidateCommand(this);
          case "fmt" -> new FmtCommand(this);
          case "lint" -> new LintCommand(this);
          case "formats" -> new FormatsCommand(this);
          default -> throw new IllegalArgumentException(name);
        };
    // After the subcommand's own options, where picocli's standard mixin would put them.
    addStandardHelpOptions(subcommand.spec);
    return new CommandLine(subcommand.spec);
  }

  /**
   * Adds {@code -h, --help} and {@code -V, --version}, as picocli's {@code
   * mixinStandardHelpOptions} does, but without the reflection over the annotations of picocli's
   * mixin class that it costs at every start. Each command gets its own, as with the mixin.
   */
  static void addStandardHelpOptions(CommandSpec spec) {
    spec.addOption(
            OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build())
        .addOption(
            OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .description("Print version information and exit.")
                .build());
  }

  /** The exit status list of a command's help, from {@code "STATUS:MEANING"} strings. */
  static Map<String, String> exitCodes(String... statuses) {
    return UsageMessageSpec.keyValuesMap(statuses);
  }

  DigestFormats formats() {
    if (formats == null) {
      formats = formatSource.get();
    }
    return formats;
  }

  StandardInput stdin() {
    return stdin;
  }

  /** Whether writing to standard output has failed; the run reports it once, at its end. */
  boolean stdoutFailed() {
    return stdout.failure() != null;
  }

  /** Standard output, buffered; digests are written here. */
  OutputStream stdout() {
    return bufferedStdout;
  }

  /** Whether --debug was given, before or after the subcommand. */
  private boolean debug() {
    return Boolean.TRUE.equals(debug.getValue());
  }

  /** A fresh reporter for one run of {@code commandLine}. */
  ErrorReporter reporter(CommandLine commandLine) {
    return new ErrorReporter(commandLine.getErr(), debug());
  }

  /** The known formats with their extensions, for messages: {@code text (.txt), json (.json)}. */
  String knownFormats() {
    if (formats().all().isEmpty()) {
      return "none: no format module is on the class path";
    }
    return formats().all().stream()
        .map(f -> f.name() + " (" + String.join(" ", f.extensions()) + ")")
        .collect(Collectors.joining(", "));
  }

  /**
   * The format the extension of {@code file} names.
   *
   * @param name the file's name in messages
   * @param option the option that names the format instead, {@code -f} or {@code -t}
   * @throws ParameterException when no known format has that extension
   */
  DigestFormat formatOfFile(Path file, String name, String option, CommandLine commandLine) {
    return formats()
        .byPath(file)
        .orElseThrow(
            () ->
                new ParameterException(
                    commandLine,
                    name
                        + ": cannot tell the format from the file name; give it with "
                        + option
                        + " FORMAT (formats: "
                        + knownFormats()
                        + ")"));
  }

  /** Every extension of every known format, for messages: {@code .json .md .txt}. */
  String knownExtensions() {
    return formats().all().stream()
        .flatMap(f -> f.extensions().stream())
        .collect(Collectors.joining(" "));
  }

  private DigestFormat formatNamed(String name) {
    return formats()
        .byName(name)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "unknown format '" + name + "'; the formats are " + knownFormats()));
  }

  private int reportUsageError(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    if (args.length == 0) {
      commandLine.usage(err);
      return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }
    new ErrorReporter(err, debug()).usageError(e);
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println(
        "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }

  private int reportUnexpected(Exception e, CommandLine commandLine, ParseResult parseResult) {
    if (e instanceof StandardOutputFailure) {
      // Held by StandardOutput, and reported by run() once.
      return 1;
    }
    reporter(commandLine).unexpected(e);
    return commandLine.getCommandSpec().exitCodeOnExecutionException();
  }

  /** The project version, filled into a resource by the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = DigestCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {
        "digest " + properties.getProperty("version", "(unknown version)"),
        "Java " + System.getProperty("java.version") + ", " + System.getProperty("java.vm.name")
      };
    }
  }
}
