package dev.paperdigest.cli;

import dev.paperdigest.core.DigestFormat;
import picocli.CommandLine.Option;

/** The {@code -f FORMAT} option of the commands that read digests, mixed into each of them. */
final class InputFormatOption {
  @Option(
      names = {"-f", "--from"},
      paramLabel = "FORMAT",
      description =
          "Format to read (see 'digest formats'); by default, the one each input's extension"
              + " names.")
  DigestFormat format;
}
