package dev.paperdigest.cli;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.UnwritableDigestException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code digest convert}: reads digests in one format and writes them in another, one digest at a
 * time, to standard output, to one file replaced only once complete, or to one file per input in a
 * directory.
 */
final class ConvertCommand extends Subcommand {
  private DigestFormat to;

  ConvertCommand(DigestCommand digest) {
    super(digest, "convert");
    spec.usageMessage()
        .header("Convert digests from one format to another.")
        .description(
            "Converts digests from one format to another, one digest at a time, so that an archive"
                + " of any size converts in constant memory.",
            "",
            "The formats come from -f and -t, or else from the extensions of each INPUT and of"
                + " OUTPUT. Without INPUT, or with -, it reads standard input.",
            "",
            "How OUTPUT is read, as pandoc reads it:",
            "- no -o, or -o -: standard output, which receives every digest of every INPUT, in"
                + " order.",
            "- -o FILE: one file holding every digest of every INPUT, in order; with several"
                + " INPUTs, an archive.",
            "- -o DIR/, or -o DIR naming an existing directory: one file per INPUT, DIR/NAME.EXT,"
                + " where NAME is the INPUT's name without its extension and EXT the -t format's."
                + " DIR is created if need be. A failing INPUT is reported and the others still"
                + " converted.",
            "- -o '': a usage error, as an empty name names no file.",
            "",
            "A file is written under a temporary name beside it and takes its place only when"
                + " complete: a failed conversion leaves the old file untouched and creates none. A"
                + " symbolic link stays, and the file it leads to is replaced; a replaced file"
                + " keeps its owner, group and mode where allowed. Devices and pipes (/dev/null, a"
                + " FIFO) are written to directly. Standard output receives each digest as it is"
                + " converted.",
            "",
            "Warnings, about input that reads but probably not as its writer meant, are printed to"
                + " standard error as FILE:LINE:COLUMN: warning: MESSAGE, as validate prints them;"
                + " they do not change the exit status. At most 100 problems are printed per"
                + " input.")
        .exitCodeList(
            DigestCommand.exitCodes(
                DigestCommand.EXIT_OK,
                DigestCommand.EXIT_FAILED,
                DigestCommand.EXIT_USAGE,
                DigestCommand.EXIT_BROKEN_PIPE))
        .footer(
            "  digest convert 2024-10-10.txt -t markdown",
            "      Print a digest as Markdown.",
            "  digest convert 2024-10-10.txt -o 2024-10-10.json",
            "      Write it as JSON; 2024-10-10.json appears only if all converts.",
            "  digest convert 2024-10-10.json -t text",
            "      And back to the text form.",
            "  digest convert -f text -t text < notes.txt > clean.txt",
            "      Convert standard input to standard output.",
            "  digest convert -t jsonl -o all.jsonl digests/ extra/2024-10-11.txt",
            "      Every digest of digests/ and of one more file, in one archive.",
            "  digest convert -t json -o out/ digests/",
            "      Convert every digest file of digests/ into one JSON file each in out/.");
    addInputFormatOption();
    spec.addOption(
        OptionSpec.builder("-t", "--to")
            .paramLabel("FORMAT")
            .type(DigestFormat.class)
            .description(
                "Format to write (see 'digest formats'); by default, the one OUTPUT's extension"
                    + " names.")
            .build());
    spec.addOption(
        OptionSpec.builder("-o", "--output")
            .paramLabel("OUTPUT")
            .type(String.class)
            .description(
                "Where to write: - for standard output (the default); FILE for one file holding"
                    + " every digest; DIR/ (ending with /, or an existing directory) for one file"
                    + " per INPUT.")
            .build());
    addFilesParameter(
        "INPUT",
        "0..*",
        "Files, pipes or directories to read (a directory: its files with a known"
            + " extension); - for standard input (the default).");
  }

  private ErrorReporter reporter;

  @Override
  public Integer call() {
    reporter = digest.reporter(spec.commandLine());
    to = parsed().matchedOptionValue("--to", null);
    String output = parsed().matchedOptionValue("--output", null);
    List<String> arguments = files(List.of("-"));
    if (output == null || output.equals("-")) {
      convertToStandardOutput(resolveInputs(arguments));
      return reporter.exitStatus();
    }
    if (output.isEmpty()) {
      throw usageError(
          "-o '' names no file; give a file, a directory ending with /, or - for standard output");
    }
    Path path = FileNames.path(output);
    String name = FileNames.legible(output);
    if (output.endsWith("/") || Files.isDirectory(path)) {
      convertEachInto(path, name, resolveInputs(arguments));
    } else {
      List<Input> resolved = resolveInputs(arguments);
      convertToFile(resolved, targetFormatOf(path, name), path, name);
    }
    return reporter.exitStatus();
  }

  private List<Input> resolveInputs(List<String> arguments) {
    return new InputResolver(digest, inputFormat(), spec.commandLine()).resolve(arguments);
  }

  private void convertToStandardOutput(List<Input> resolved) {
    if (to == null) {
      throw missingTargetFormat();
    }
    OutputStream stdout = digest.stdout();
    try {
      transcode(resolved, to, stdout);
      stdout.flush();
    } catch (IOException e) {
      // DigestCommand says what went wrong once, or nothing for a reader that went away.
      throw new StandardOutputFailure(e);
    }
  }

  private DigestFormat targetFormatOf(Path file, String name) {
    return to != null ? to : digest.formatOfFile(file, name, "-t", spec.commandLine());
  }

  private void convertEachInto(Path directory, String directoryName, List<Input> resolved) {
    if (resolved.stream().anyMatch(input -> input.path() == null)) {
      throw usageError(
          "standard input (-) has no name to give its output file; convert it on its own");
    }
    if (to == null) {
      throw missingTargetFormat();
    }
    Map<Path, Input> plan = new LinkedHashMap<>();
    for (Input input : resolved) {
      Path target = directory.resolve(outputName(input));
      Input earlier = plan.putIfAbsent(target, input);
      if (earlier != null) {
        throw usageError(
            earlier.name()
                + " and "
                + input.name()
                + " would both be written to "
                + FileNames.displayIn(directoryName, target.getFileName()));
      }
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      reporter.ioError(directoryName, e);
      return;
    }
    ProgressLine progress = ProgressLine.on(spec.commandLine().getErr());
    int done = 0;
    for (Map.Entry<Path, Input> step : plan.entrySet()) {
      Path target = step.getKey();
      progress.clear();
      convertToFile(
          List.of(step.getValue()),
          to,
          target,
          FileNames.displayIn(directoryName, target.getFileName()));
      progress.show(++done, plan.size(), step.getValue().name());
    }
    progress.clear();
  }

  /**
   * The input's file name with its format's extension, or else whatever follows its last dot,
   * replaced by the first extension of the {@code -t} format: bytes and all, so that a name that is
   * not UTF-8 gives an output name that is not either.
   */
  private Path outputName(Input input) {
    Path fileName = input.path().getFileName();
    byte[] name = FileNames.bytes(fileName);
    int baseLength =
        input
            .format()
            .extensionOf(fileName.toString())
            .map(extension -> name.length - extension.length())
            .orElseGet(() -> lastDot(name));
    byte[] extension = FileNames.encode(to.extensions().get(0));
    byte[] output = Arrays.copyOf(name, baseLength + extension.length);
    System.arraycopy(extension, 0, output, baseLength, extension.length);
    return FileNames.path(output);
  }

  private static int lastDot(byte[] name) {
    for (int i = name.length - 1; i > 0; i--) {
      if (name[i] == '.') {
        return i;
      }
    }
    return name.length;
  }

  private void convertToFile(List<Input> resolved, DigestFormat target, Path file, String name) {
    try (OutputFile out = OutputFile.open(file)) {
      if (transcode(resolved, target, out.stream())) {
        out.commit();
      }
    } catch (IOException e) {
      reporter.ioError(name, e);
    }
  }

  /**
   * Streams every digest of {@code resolved}, in order, to {@code out} in {@code target}'s format,
   * and says whether all went well. A broken digest, or one the format cannot hold, stops the
   * writing; the rest is still read, so that one run reports every problem.
   *
   * @throws IOException only when writing to {@code out} fails
   */
  private boolean transcode(List<Input> resolved, DigestFormat target, OutputStream out)
      throws IOException {
    DigestSequence digests = new DigestSequence(resolved, reporter, digest.stdin().stream());
    try {
      try {
        target.writer().writeAll(digests, out);
        return true;
      } catch (DigestFormatException e) {
        digests.reportBroken(e);
      } catch (UnwritableDigestException e) {
        digests.reportRefused(e);
      } catch (UncheckedIOException e) {
        if (!digests.isReadFailure(e)) {
          throw e.getCause();
        }
        digests.reportReadFailure(e);
      }
      digests.checkRest();
    } catch (OutOfMemoryError | StackOverflowError e) {
      digests.reportOutOfMemory(e);
    } finally {
      digests.close();
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
