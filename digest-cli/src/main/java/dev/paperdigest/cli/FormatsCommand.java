package dev.paperdigest.cli;

import dev.paperdigest.core.DigestFormat;
import java.io.PrintWriter;
import java.util.List;

/** {@code digest formats}: lists the formats on the class path with their file extensions. */
final class FormatsCommand extends Subcommand {
  private static final int MIN_NAME_WIDTH = 8;

  FormatsCommand(DigestCommand digest) {
    super(digest, "formats");
    spec.usageMessage()
        .header("List the formats available and their file extensions.")
        .description(
            "Lists the formats available, one a line: the name to give -f and -t, then the file"
                + " extensions that select the format when no name is given.",
            "",
            "A format module on the class path adds its format here.")
        .exitCodeList(
            DigestCommand.exitCodes(
                DigestCommand.EXIT_OK,
                "1:Standard output cannot be written.",
                DigestCommand.EXIT_USAGE,
                DigestCommand.EXIT_BROKEN_PIPE))
        .footerHeading("%nExample:%n")
        .footer(
            "  $ digest formats",
            "  json      .json",
            "  jsonl     .jsonl",
            "  markdown  .md .markdown",
            "  text      .txt");
  }

  @Override
  public Integer call() {
    List<DigestFormat> formats = digest.formats().all();
    int width = MIN_NAME_WIDTH;
    for (DigestFormat format : formats) {
      width = Math.max(width, format.name().length() + 2);
    }
    PrintWriter out = spec.commandLine().getOut();
    for (DigestFormat format : formats) {
      String extensions = String.join(" ", format.extensions());
      out.println(String.format("%-" + width + "s%s", format.name(), extensions));
    }
    out.flush();
    return 0;
  }
}
