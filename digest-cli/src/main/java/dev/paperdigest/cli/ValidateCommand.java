package dev.paperdigest.cli;

import dev.paperdigest.core.DigestIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code digest validate}: reads every digest of every file given and prints each problem found, in
 * the GNU form editors and CI systems turn into annotations.
 */
final class ValidateCommand extends Subcommand {
  ValidateCommand(DigestCommand digest) {
    super(digest, "validate");
    spec.usageMessage()
        .header("Check digest files and report every problem in them.")
        .description(
            "Reads every digest of each FILE and prints every problem found to standard error as"
                + " FILE:LINE:COLUMN: error: MESSAGE, the form editors and CI systems annotate. A"
                + " broken digest does not stop the reading: one run reports them all, at most 100"
                + " per file. Nothing is printed for valid files.",
            "",
            "Input that reads, but probably not as its writer meant (a file holding no digest,"
                + " say), gets FILE:LINE:COLUMN: warning: MESSAGE; warnings alone leave the exit"
                + " status 0.",
            "",
            FORMAT_OF_EACH_FILE)
        .exitCodeList(
            DigestCommand.exitCodes(
                "0:Every file is valid; there may be warnings.",
                "1:A file is not a valid digest, or cannot be read.",
                DigestCommand.EXIT_USAGE))
        .footer(
            "  digest validate digests/",
            "      Check every digest file of a directory.",
            "  digest validate -f text - < notes",
            "      Check standard input as plain text.");
    addInputFormatOption();
    addFilesParameter(
        "FILE",
        "1..*",
        "Files, pipes or directories to check (a directory: its files with a known"
            + " extension); - for standard input.");
  }

  @Override
  public Integer call() {
    List<String> files = files(List.of());
    ErrorReporter reporter = digest.reporter(spec.commandLine());
    List<Input> inputs =
        new InputResolver(digest, inputFormat(), spec.commandLine()).resolve(files);
    for (Input input : inputs) {
      check(input, () -> input.open(digest.stdin().stream()), reporter);
    }
    return reporter.exitStatus();
  }

  /**
   * Reads every digest of {@code input} and reports each problem to {@code reporter}, as validate
   * does; also for the commands that report a file that does not read as validate reports it.
   *
   * @param digests opens the input's digests: from the file, or from bytes already read
   */
  static void check(Input input, DigestSource digests, ErrorReporter reporter) {
    try (ErrorReporter.InputReport report = reporter.about(input)) {
      try (DigestIterator iterator = digests.open()) {
        if (iterator.checkRest(report) == 0) {
          report.noDigest();
        }
      } catch (IOException e) {
        reporter.ioError(input.name(), e);
      } catch (UncheckedIOException e) {
        reporter.ioError(input.name(), e.getCause());
      } catch (OutOfMemoryError | StackOverflowError e) {
        reporter.outOfMemory(input, e);
      }
    }
  }

  /** Where {@link #check} reads an input's digests from. */
  @FunctionalInterface
  interface DigestSource {
    DigestIterator open() throws IOException;
  }
}
