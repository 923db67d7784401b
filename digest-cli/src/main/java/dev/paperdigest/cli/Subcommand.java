package dev.paperdigest.cli;

import dev.paperdigest.core.DigestFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * A subcommand of {@code digest}: its picocli model, built with picocli's programmatic API (see
 * {@link DigestCommand}), and what it does once its command line has been parsed into that model.
 */
abstract class Subcommand implements Callable<Integer> {
  final DigestCommand digest;
  final CommandSpec spec;

  Subcommand(DigestCommand digest, String name) {
    this.digest = digest;
    this.spec = CommandSpec.wrapWithoutInspection(this).name(name);
  }

  final CommandSpec spec() {
    return spec;
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

  /** The format {@code -f} names, or {@code null} when it is not given. */
  final DigestFormat inputFormat() {
    return parsed().matchedOptionValue("--from", null);
  }
}
