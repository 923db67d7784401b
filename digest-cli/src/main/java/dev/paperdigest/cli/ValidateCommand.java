package dev.paperdigest.cli;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code digest validate}: reads every digest of every file given and prints each problem found, in
 * the GNU form editors and CI systems turn into annotations.
 */
@Command(
    name = "validate",
    header = "Check digest files and report every problem in them.",
    mixinStandardHelpOptions = true,
    versionProvider = DigestCommand.Version.class,
    description = {
      "Reads every digest of each FILE and prints every problem found to standard error as"
          + " FILE:LINE:COLUMN: error: MESSAGE, the form editors and CI systems annotate. A broken"
          + " digest does not stop the reading: one run reports them all. Nothing is printed for"
          + " valid files.",
      "",
      "The format of each FILE comes from its extension, or from -f. A directory stands for its"
          + " files with a known extension; - for standard input."
    },
    exitCodeListHeading = DigestCommand.EXIT_STATUS_HEADING,
    exitCodeList = {
      "0:Every file is valid.",
      "1:A file is not a valid digest, or cannot be read.",
      DigestCommand.EXIT_USAGE
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  digest validate digests/",
      "      Check every digest file of a directory.",
      "  digest validate -f text - < notes",
      "      Check standard input as plain text."
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand private DigestCommand digest;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-f", "--from"},
      paramLabel = "FORMAT",
      description =
          "Format of the files (see 'digest formats'); by default, the one each"
              + " file's extension names.")
  private DigestFormat from;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Files or directories to check; - for standard input.")
  private List<Path> files;

  @Override
  public Integer call() {
    ErrorReporter reporter = digest.reporter(spec.commandLine());
    for (InputFile input : InputFile.resolve(files, from, digest, spec.commandLine(), reporter)) {
      try (DigestIterator digests = input.open(digest.stdin())) {
        validateRest(digests, reporter);
      } catch (IOException e) {
        reporter.ioError(input.name(), e);
      } catch (UncheckedIOException e) {
        reporter.ioError(input.name(), e.getCause());
      }
    }
    return reporter.exitStatus();
  }

  /** Reads the remaining digests, reporting the diagnostics of each one that cannot be read. */
  static void validateRest(DigestIterator digests, ErrorReporter reporter) {
    while (digests.hasNext()) {
      try {
        digests.next();
      } catch (DigestFormatException e) {
        reporter.diagnostics(e.diagnostics(), e);
      }
    }
  }
}
