package dev.paperdigest.cli;

import dev.paperdigest.core.DigestFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Range;

/**
 * A subcommand of {@code digest}: its picocli model, built with picocli's programmatic API (see
 * {@link DigestCommand}), and what it does once its command line has been parsed into that model.
 */
abstract class Subcommand implements Callable<Integer> {
  /** What the help of the subcommands that read FILEs says of their formats. */
  static final String FORMAT_OF_EACH_FILE =
      "The format of each FILE comes from its extension, or from -f. A directory stands for its"
          + " files with a known extension, and must hold at least one; - is standard input.";

  final DigestCommand digest;
  final CommandSpec spec;

  Subcommand(DigestCommand digest, String name) {
    this.digest = digest;
    this.spec = CommandSpec.wrapWithoutInspection(this).name(name);
  }

  /** This subcommand's part of the command line, parsed. */
  final ParseResult parsed() {
    return spec.commandLine().getParseResult();
  }

  /** The {@code -f FORMAT} option of the subcommands that read digests. */
  final void addInputFormatOption() {
    spec.addOption(
        OptionSpec.builder("-f", "--from")
            .paramLabel("FORMAT")
            .type(DigestFormat.class)
            .description(
                "Format to read (see 'digest formats'); by default, the one each input's extension"
                    + " names.")
            .build());
  }

  /**
   * The positional parameter of a subcommand: the files, directories or {@code -} to read, as many
   * as {@code arity} allows ({@code "0..*"} or {@code "1..*"}).
   */
  final void addFilesParameter(String label, String arity, String description) {
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel(label)
            .arity(arity)
            .required(Range.valueOf(arity).min() > 0)
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description(description)
            .build());
  }

  /** The files given, or {@code absent} when there are none. */
  final List<String> files(List<String> absent) {
    return parsed().matchedPositionalValue(0, absent);
  }

  /** The format {@code -f} names, or {@code null} when it is not given. */
  final DigestFormat inputFormat() {
    return parsed().matchedOptionValue("--from", null);
  }
}
