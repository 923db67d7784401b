package dev.paperdigest.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.paperdigest.core.CanonicalForm;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.UnwritableDigestException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code digest fmt}: rewrites digest files in their canonical form ({@link CanonicalForm}), or,
 * with {@code --check} or {@code --diff}, says which would change and how, as gofmt and ruff do for
 * code.
 */
final class FmtCommand extends Subcommand {
  private boolean check;
  private boolean diff;

  FmtCommand(DigestCommand digest) {
    super(digest, "fmt");
    spec.usageMessage()
        .header("Rewrite digest files in their canonical form.")
        .description(
            "Rewrites each FILE in its canonical form: what its format's writer writes for what its"
                + " reader reads. For the text format that is \\n"
                + " line ends, the last line ended too, no blank lines and no byte-order mark; for"
                + " Markdown and JSON, the writer's own layout. Nothing else changes, and running"
                + " fmt again changes nothing.",
            "",
            "A file already in canonical form is left as it is, its time included. Any other is"
                + " written under a temporary name beside it and moved over it once complete, as"
                + " convert writes -o FILE: a symbolic link stays and the file it leads to is"
                + " replaced, keeping its owner, group and mode where allowed. Like gofmt, fmt"
                + " prints nothing when all went well.",
            "",
            "A FILE that is not a valid digest is left untouched and reported as validate reports"
                + " it, on standard error as FILE:LINE:COLUMN: error: MESSAGE; the others are still"
                + " rewritten.",
            "",
            "--check writes nothing: it lists each FILE not in canonical form on standard output,"
                + " one a line, and exits with 1 if there is any. --diff prints a unified diff of"
                + " what would change instead, which patch -p0 applies, and exits the same way.",
            "",
            "The format of each FILE comes from its extension, or from -f. A directory stands for"
                + " its files with a known extension, and must hold at least one. What cannot be"
                + " replaced (- for standard input, a pipe, a device) is read into memory and its"
                + " canonical form written to standard output, and only if all of it reads.")
        .exitCodeList(
            DigestCommand.exitCodes(
                "0:Every FILE is in canonical form, or has been rewritten in it.",
                "1:With --check or --diff, a FILE is not in canonical form; or a FILE is not a"
                    + " valid digest, or cannot be read or replaced.",
                DigestCommand.EXIT_USAGE,
                DigestCommand.EXIT_BROKEN_PIPE))
        .footer(
            "  digest fmt digests/",
            "      Rewrite every digest file of a directory in its canonical form.",
            "  digest fmt --check digests/",
            "      List the files fmt would change; exit with 1 if there is any, as in CI.",
            "  digest fmt --diff 2024-10-10.txt",
            "      Show what fmt would change, as a unified diff.",
            "  digest fmt -f markdown - < draft.md",
            "      Print the canonical form of standard input.");
    addInputFormatOption();
    spec.addOption(
        OptionSpec.builder("--check")
            .type(boolean.class)
            .description(
                "Write nothing: list the files not in canonical form, and exit with 1 if there is"
                    + " any.")
            .build());
    spec.addOption(
        OptionSpec.builder("--diff")
            .type(boolean.class)
            .description(
                "Write nothing: print a unified diff of what fmt would change, and exit with 1 if"
                    + " anything would. With --check too, the diff is printed.")
            .build());
    addFilesParameter(
        "FILE",
        "1..*",
        "Files or directories to rewrite (a directory: its files with a known extension);"
            + " - for standard input.");
  }

  private ErrorReporter reporter;

  @Override
  public Integer call() {
    check = parsed().matchedOptionValue("--check", false);
    diff = parsed().matchedOptionValue("--diff", false);
    List<String> files = files(List.of());
    reporter = digest.reporter(spec.commandLine());
    List<Input> inputs =
        new InputResolver(digest, inputFormat(), spec.commandLine()).resolve(files);
    int notCanonical = 0;
    for (Input input : inputs) {
      if (format(input)) {
        notCanonical++;
      }
    }
    if ((check || diff) && notCanonical > 0) {
      spec.commandLine()
          .getErr()
          .println(
              "digest: "
                  + notCanonical
                  + (notCanonical == 1 ? " file is" : " files are")
                  + " not in canonical form; 'digest fmt FILE...' rewrites "
                  + (notCanonical == 1 ? "it" : "them"));
      return 1;
    }
    return reporter.exitStatus();
  }

  /**
   * Rewrites, checks or diffs one input, and says whether it was not in canonical form. A failure
   * is reported, and counts as no change.
   */
  private boolean format(Input input) {
    try {
      return isReplaceable(input) && !diff ? formatFile(input) : formatInMemory(input);
    } catch (UnwritableDigestException e) {
      // The format cannot write back what it read: a defect of the format, which leaves the file.
      reporter.error(input.name(), e.getMessage(), e);
    } catch (IOException e) {
      reporter.ioError(input.name(), e);
    } catch (OutOfMemoryError | StackOverflowError e) {
      reporter.outOfMemory(input, e);
    }
    return false;
  }

  /**
   * Whether the input is a file fmt can replace by another: a regular file, reached by its name
   * rather than through a descriptor of this process such as {@code /dev/stdin} or {@code
   * /dev/fd/3}, which {@link OutputFile} would write to directly.
   */
  private static boolean isReplaceable(Input input) {
    Path path = input.path();
    if (path == null || StandardInput.isStandardInput(path) || !Files.isRegularFile(path)) {
      return false;
    }
    Path absolute = path.toAbsolutePath().normalize();
    return !absolute.startsWith("/proc") && !absolute.startsWith("/dev/fd");
  }

  /** Rewrites or checks a regular file, streaming: a file of any size takes constant memory. */
  private boolean formatFile(Input input) throws IOException {
    Path file = input.path();
    DigestFormat format = input.format();
    try {
      if (CanonicalForm.isCanonical(format, file)) {
        return false;
      }
      if (check) {
        // The comparison stopped at the first difference; the rest must read too, or fmt would
        // refuse the file that --check lists.
        CanonicalForm.write(
            format, Files.newInputStream(file), input.name(), OutputStream.nullOutputStream());
        list(input);
      } else {
        try (OutputFile out = OutputFile.open(file)) {
          CanonicalForm.write(format, Files.newInputStream(file), input.name(), out.stream());
          out.commit();
        }
      }
      return true;
    } catch (DigestFormatException e) {
      ValidateCommand.check(input, () -> input.open(null), reporter);
      return false;
    }
  }

  /**
   * Diffs any input, or checks or formats one that cannot be replaced, from its bytes in memory:
   * standard input and pipes can be read only once.
   */
  private boolean formatInMemory(Input input) throws IOException {
    byte[] content;
    try (InputStream in = input.openBytes(digest.stdin().stream())) {
      content = in.readAllBytes();
    }
    byte[] canonical;
    try {
      canonical = CanonicalForm.of(input.format(), content, input.name());
    } catch (DigestFormatException e) {
      ValidateCommand.check(
          input,
          () -> input.format().reader().open(new ByteArrayInputStream(content), input.name()),
          reporter);
      return false;
    }
    boolean changes = !Arrays.equals(content, canonical);
    try {
      OutputStream stdout = digest.stdout();
      if (diff) {
        UnifiedDiff.write(input.name(), content, canonical, stdout);
        stdout.flush();
      } else if (check) {
        if (changes) {
          list(input);
        }
      } else {
        stdout.write(canonical);
        stdout.flush();
      }
    } catch (IOException e) {
      throw new StandardOutputFailure(e);
    }
    return changes;
  }

  /** Names the input on standard output as one that is not in canonical form. */
  private void list(Input input) {
    try {
      digest.stdout().write((input.name() + "\n").getBytes(UTF_8));
      digest.stdout().flush();
    } catch (IOException e) {
      throw new StandardOutputFailure(e);
    }
  }
}
