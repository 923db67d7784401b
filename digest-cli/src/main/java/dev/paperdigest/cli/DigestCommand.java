package dev.paperdigest.cli;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormats;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code digest} command: converts digests between formats, validates them and lists the
 * formats available. Its formats are those {@link DigestFormats#load()} finds on the class path, so
 * a format module added as a dependency shows up here with no change to the command.
 *
 * <pre>{@code
 * $ digest convert examples/2024-10-10.txt -t text
 * $ digest convert -t text -o normalised/ digests/
 * $ digest validate digests/*.txt
 * digests/2024-10-11.txt:3:1: error: expected an authors line like `(Name, Name)` after the title
 * $ digest formats
 * text    .txt
 * }</pre>
 *
 * <p>Exit status 0 means success, 1 an invalid input or a failed conversion, 2 a usage error.
 */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    versionProvider = DigestCommand.Version.class,
    subcommands = {
      ConvertCommand.class,
      ValidateCommand.class,
      FormatsCommand.class,
      HelpCommand.class,
      // The build writes the distribution's completion script with it; users of the runnable
      // jar get theirs the same way: source <(digest generate-completion).
      AutoComplete.GenerateCompletion.class
    },
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Reads, checks and converts paper digests: daily notes on machine-learning papers, each with"
          + " its title, authors, abstract, comment, translation and tags.",
      "",
      "Run 'digest help COMMAND' for the options of a command."
    },
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = DigestCommand.EXIT_STATUS_HEADING,
    exitCodeList = {DigestCommand.EXIT_OK, DigestCommand.EXIT_FAILED, DigestCommand.EXIT_USAGE},
    footerHeading = "%nExamples:%n",
    footer = {
      "  digest convert 2024-10-10.txt -t markdown",
      "      Print a digest as Markdown.",
      "  cat 2024-10-10.txt | digest convert -f text -o 2024-10-10.json",
      "      Read standard input; write the JSON file once all of it has been read.",
      "  digest convert -t jsonl -o out/ digests/",
      "      Convert every digest file of a directory, one output file each.",
      "  digest validate digests/*.txt",
      "      Check files; each problem comes as FILE:LINE:COLUMN: error: MESSAGE."
    })
public final class DigestCommand {
  static final String EXIT_STATUS_HEADING = "%nExit status:%n";
  static final String EXIT_OK = "0:Success.";
  static final String EXIT_FAILED =
      "1:An input is not a valid digest, a format cannot express it, or a file cannot be read"
          + " or written.";
  static final String EXIT_USAGE =
      "2:Usage error: unknown option or format, format not given and not inferable from a file"
          + " name, or a file that does not exist.";

  /** The name diagnostics and messages give standard input. */
  static final String STDIN_NAME = "<stdin>";

  private static final int STDOUT_BUFFER_SIZE = 1 << 16;

  /** The name messages give standard output. */
  static final String STDOUT_NAME = "<stdout>";

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace behind every error, for a bug report.")
  private boolean debug;

  private final Supplier<DigestFormats> formatSource;
  private final InputStream stdin;
  private final OutputStream stdout;
  private DigestFormats formats;

  /**
   * A command reading {@code stdin} and writing digests to {@code stdout}. Formats are looked up
   * from {@code formatSource} only when a command first needs them, so {@code --help} and {@code
   * --version} never load a format.
   */
  DigestCommand(Supplier<DigestFormats> formatSource, InputStream stdin, OutputStream stdout) {
    this.formatSource = formatSource;
    this.stdin = stdin;
    this.stdout = stdout;
  }

  /** Runs the command with the process's standard streams and exits with its status. */
  public static void main(String[] args) {
    // System.out flushes on every write through a 128-byte buffer; digests stream through a
    // large buffer of their own, written as bytes so that no charset stands in the way.
    OutputStream stdout =
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), STDOUT_BUFFER_SIZE);
    PrintWriter out = utf8Writer(stdout);
    PrintWriter err = utf8Writer(new FileOutputStream(FileDescriptor.err));
    DigestCommand command = new DigestCommand(DigestFormats::load, System.in, stdout);
    int status = command.commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  private static PrintWriter utf8Writer(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /**
   * The picocli command line of this command, printing help to {@code out} and messages to {@code
   * err}, with the exit statuses and error reporting the help describes.
   */
  CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(this);
    commandLine.registerConverter(DigestFormat.class, this::formatNamed);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(this::reportUsageError);
    commandLine.setExecutionExceptionHandler(this::reportUnexpected);
    return commandLine;
  }

  DigestFormats formats() {
    if (formats == null) {
      formats = formatSource.get();
    }
    return formats;
  }

  InputStream stdin() {
    return stdin;
  }

  OutputStream stdout() {
    return stdout;
  }

  /** A fresh reporter for one run of {@code commandLine}. */
  ErrorReporter reporter(CommandLine commandLine) {
    return new ErrorReporter(commandLine.getErr(), debug);
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
    new ErrorReporter(err, debug).usageError(e);
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println(
        "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }

  private int reportUnexpected(Exception e, CommandLine commandLine, ParseResult parseResult) {
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
