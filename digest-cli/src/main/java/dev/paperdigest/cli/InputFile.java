package dev.paperdigest.cli;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestIterator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * An input of a command and the format to read it in.
 *
 * @param path the file, or {@code null} for standard input
 * @param format the format of its digests
 */
record InputFile(Path path, DigestFormat format) {
  private static final int BUFFER_SIZE = 1 << 16;

  /** The name diagnostics give the input: its path, or {@code <stdin>}. */
  String name() {
    return path == null ? DigestCommand.STDIN_NAME : path.toString();
  }

  boolean isStdin() {
    return path == null;
  }

  /** Starts reading the digests of the input lazily; closing the iterator closes the file. */
  DigestIterator open(InputStream stdin) throws IOException {
    InputStream in =
        path == null ? stdin : new BufferedInputStream(Files.newInputStream(path), BUFFER_SIZE);
    return format.reader().open(in, name());
  }

  /** Whether {@code argument} is {@code -}, which stands for standard input or output. */
  static boolean isStandardStream(Path argument) {
    return argument.toString().equals("-");
  }

  /** Whether the name of {@code file} ends with an extension of {@code format}. */
  static boolean hasExtensionOf(Path file, DigestFormat format) {
    return matchingExtension(file, format) != null;
  }

  /** The longest extension of {@code format} that ends the name of {@code file}, or null. */
  static String matchingExtension(Path file, DigestFormat format) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String longest = null;
    for (String extension : format.extensions()) {
      if (name.endsWith(extension) && (longest == null || extension.length() > longest.length())) {
        longest = extension;
      }
    }
    return longest;
  }

  /**
   * The inputs that command-line arguments name, each with its format. {@code -} is standard input;
   * a directory stands for its files, sorted by name, whose extension is one of {@code from}'s, or
   * of any known format when {@code from} is null; hidden files (whose name starts with a dot) are
   * left out, as shells leave them out of {@code *}. A directory that cannot be listed is reported
   * and skipped.
   *
   * @param from the format the user chose with {@code -f}, or null to infer each from its name
   * @throws ParameterException for a file that does not exist or whose format cannot be told
   */
  static List<InputFile> resolve(
      List<Path> arguments,
      DigestFormat from,
      DigestCommand digest,
      CommandLine commandLine,
      ErrorReporter reporter) {
    List<InputFile> inputs = new ArrayList<>();
    for (Path argument : arguments) {
      if (isStandardStream(argument)) {
        inputs.add(new InputFile(null, formatOf(null, from, digest, commandLine)));
      } else if (Files.isDirectory(argument)) {
        for (Path file : listDirectory(argument, from, digest, reporter)) {
          inputs.add(new InputFile(file, formatOf(file, from, digest, commandLine)));
        }
      } else if (Files.notExists(argument)) {
        throw new ParameterException(commandLine, argument + ": No such file or directory");
      } else {
        inputs.add(new InputFile(argument, formatOf(argument, from, digest, commandLine)));
      }
    }
    return inputs;
  }

  private static List<Path> listDirectory(
      Path directory, DigestFormat from, DigestCommand digest, ErrorReporter reporter) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().startsWith("."))
          .filter(
              file ->
                  from == null
                      ? digest.formats().byPath(file).isPresent()
                      : hasExtensionOf(file, from))
          .sorted(Comparator.comparing(file -> file.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      reporter.ioError(directory.toString(), e);
      return List.of();
    }
  }

  private static DigestFormat formatOf(
      Path file, DigestFormat from, DigestCommand digest, CommandLine commandLine) {
    if (from != null) {
      return from;
    }
    if (file == null) {
      throw new ParameterException(
          commandLine,
          "cannot tell the format of standard input; give it with -f FORMAT (formats: "
              + digest.knownFormats()
              + ")");
    }
    return digest
        .formats()
        .byPath(file)
        .orElseThrow(
            () ->
                new ParameterException(
                    commandLine,
                    file
                        + ": cannot tell the format from the file name; give it with -f FORMAT"
                        + " (formats: "
                        + digest.knownFormats()
                        + ")"));
  }
}
