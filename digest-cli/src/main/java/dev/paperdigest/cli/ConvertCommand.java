package dev.paperdigest.cli;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.UnwritableDigestException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code digest convert}: reads digests in one format and writes them in another, one digest at a
 * time, to standard output, to a file replaced only once complete, or, for several inputs, to one
 * file each in a directory.
 */
@Command(
    name = "convert",
    header = "Convert digests from one format to another.",
    mixinStandardHelpOptions = true,
    versionProvider = DigestCommand.Version.class,
    description = {
      "Converts digests from one format to another, one digest at a time, so that an archive of"
          + " any size converts in constant memory.",
      "",
      "The formats come from -f and -t, or else from the extensions of INPUT and OUTPUT."
          + " Without INPUT, or with -, it reads standard input; without -o, or with -o -, it"
          + " writes standard output.",
      "",
      "An output file is written under a temporary name in its directory and takes the place of"
          + " OUTPUT only when complete: a failed conversion leaves an existing OUTPUT untouched"
          + " and creates none.",
      "",
      "With several INPUTs, a directory as INPUT (meaning its files with a known extension), or"
          + " -o naming an existing directory, each input is converted to"
          + " DIRECTORY/NAME.EXT (DIRECTORY is created if need be), where NAME is the input's"
          + " name without its extension and EXT"
          + " that of the -t format. A failing input is reported and the others are still"
          + " converted."
    },
    exitCodeListHeading = DigestCommand.EXIT_STATUS_HEADING,
    exitCodeList = {DigestCommand.EXIT_OK, DigestCommand.EXIT_FAILED, DigestCommand.EXIT_USAGE},
    footerHeading = "%nExamples:%n",
    footer = {
      "  digest convert 2024-10-10.txt -t markdown",
      "      Print a digest as Markdown.",
      "  digest convert 2024-10-10.txt -o 2024-10-10.json",
      "      Write it as JSON; 2024-10-10.json appears only if all converts.",
      "  digest convert 2024-10-10.json -t text",
      "      And back to the text form.",
      "  digest convert -f text -t text < notes.txt > clean.txt",
      "      Convert standard input to standard output.",
      "  digest convert -t jsonl -o out/ digests/ extra/2024-10-11.txt",
      "      Convert every digest file of digests/, and one more, into out/."
    })
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand private DigestCommand digest;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-f", "--from"},
      paramLabel = "FORMAT",
      description =
          "Format to read (see 'digest formats'); by default, the one INPUT's"
              + " extension names.")
  private DigestFormat from;

  @Option(
      names = {"-t", "--to"},
      paramLabel = "FORMAT",
      description =
          "Format to write (see 'digest formats'); by default, the one OUTPUT's"
              + " extension names.")
  private DigestFormat to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUTPUT",
      description =
          "File, or directory for several inputs, to write to; - for standard output"
              + " (the default).")
  private Path output;

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = "Files or directories to read; - for standard input (the default).")
  private List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() {
    ErrorReporter reporter = digest.reporter(spec.commandLine());
    List<Path> arguments = inputs.isEmpty() ? List.of(Path.of("-")) : inputs;
    boolean toStdout = output == null || InputFile.isStandardStream(output);
    boolean batch =
        arguments.size() > 1
            || arguments.stream()
                .anyMatch(a -> !InputFile.isStandardStream(a) && Files.isDirectory(a))
            || (!toStdout && Files.isDirectory(output));
    if (batch) {
      convertIntoDirectory(arguments, reporter);
    } else {
      convertOne(arguments.get(0), toStdout, reporter);
    }
    return reporter.exitStatus();
  }

  private void convertOne(Path argument, boolean toStdout, ErrorReporter reporter) {
    InputFile input = resolveInputs(List.of(argument), reporter).get(0);
    DigestFormat target = to != null ? to : formatOfOutput(toStdout);
    if (toStdout) {
      transcode(input, target, digest.stdout(), DigestCommand.STDOUT_NAME, reporter);
    } else {
      convertToFile(input, target, output, reporter);
    }
  }

  private DigestFormat formatOfOutput(boolean toStdout) {
    if (toStdout) {
      throw missingTargetFormat();
    }
    return digest
        .formats()
        .byPath(output)
        .orElseThrow(
            () ->
                usageError(
                    output
                        + ": cannot tell the format from the file name; give it with"
                        + " -t FORMAT (formats: "
                        + digest.knownFormats()
                        + ")"));
  }

  private void convertIntoDirectory(List<Path> arguments, ErrorReporter reporter) {
    if (arguments.stream().anyMatch(InputFile::isStandardStream)) {
      throw usageError(
          "standard input (-) has no name to give its output file; convert it on its own");
    }
    if (output == null || InputFile.isStandardStream(output)) {
      throw usageError(
          "several inputs, or a directory, are converted into a directory: give it with -o DIR");
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw usageError(
          output
              + ": not a directory; with several inputs, or a directory as input, -o must"
              + " name a directory");
    }
    if (to == null) {
      throw missingTargetFormat();
    }
    Map<Path, InputFile> plan = new LinkedHashMap<>();
    for (InputFile input : resolveInputs(arguments, reporter)) {
      Path target = output.resolve(outputName(input));
      InputFile earlier = plan.putIfAbsent(target, input);
      if (earlier != null) {
        throw usageError(
            earlier.name() + " and " + input.name() + " would both be written to " + target);
      }
    }
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      reporter.ioError(output.toString(), e);
      return;
    }
    ProgressLine progress = ProgressLine.on(spec.commandLine().getErr());
    int done = 0;
    for (Map.Entry<Path, InputFile> step : plan.entrySet()) {
      progress.clear();
      convertToFile(step.getValue(), to, step.getKey(), reporter);
      progress.show(++done, plan.size(), step.getValue().name());
    }
    progress.clear();
  }

  /** The input's name with its own extension replaced by the first of the target format's. */
  private String outputName(InputFile input) {
    String name = input.path().getFileName().toString();
    String extension = InputFile.matchingExtension(input.path(), input.format());
    int dot = name.lastIndexOf('.');
    String base =
        extension != null
            ? name.substring(0, name.length() - extension.length())
            : dot > 0 ? name.substring(0, dot) : name;
    return base + to.extensions().get(0);
  }

  private List<InputFile> resolveInputs(List<Path> arguments, ErrorReporter reporter) {
    return InputFile.resolve(arguments, from, digest, spec.commandLine(), reporter);
  }

  private void convertToFile(
      InputFile input, DigestFormat target, Path file, ErrorReporter reporter) {
    try (AtomicOutputFile out = AtomicOutputFile.create(file)) {
      if (transcode(input, target, out.stream(), file.toString(), reporter)) {
        out.commit();
      }
    } catch (IOException e) {
      reporter.ioError(file.toString(), e);
    }
  }

  /**
   * Streams the digests of {@code input} to {@code out} in {@code target}'s format and says whether
   * all went well. A broken digest stops the writing, but the rest of the input is still read so
   * that one run reports every broken digest.
   */
  private boolean transcode(
      InputFile input,
      DigestFormat target,
      OutputStream out,
      String outName,
      ErrorReporter reporter) {
    DigestIterator digests;
    try {
      digests = input.open(digest.stdin());
    } catch (IOException e) {
      reporter.ioError(input.name(), e);
      return false;
    }
    try (digests) {
      try {
        target.writer().writeAll(digests, out);
        return true;
      } catch (DigestFormatException e) {
        reporter.diagnostics(e.diagnostics(), e);
        ValidateCommand.validateRest(digests, reporter);
      }
    } catch (UnwritableDigestException e) {
      reporter.error(input.name(), e.getMessage(), e);
    } catch (UncheckedIOException e) {
      reporter.ioError(input.name(), e.getCause());
    } catch (IOException e) {
      reporter.ioError(outName, e);
    }
    return false;
  }

  private ParameterException missingTargetFormat() {
    return usageError(
        "give the format to write with -t FORMAT (formats: " + digest.knownFormats() + ")");
  }

  private ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
