package dev.paperdigest.cli;

import dev.paperdigest.core.DigestFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Turns a command's arguments into its {@link Input}s, each with its format, and refuses arguments
 * that name nothing to read before anything is read.
 *
 * <ul>
 *   <li>{@code -} is standard input, whose format {@code -f} must give.
 *   <li>A directory stands for its files, sorted by name, whose extension is one of {@code -f}'s,
 *       or of any known format without {@code -f}; hidden files (whose name starts with a dot) are
 *       left out, as shells leave them out of {@code *}. A directory with no such file, or that
 *       cannot be listed, is a usage error: an archive must not go without its files.
 *   <li>Any other argument is a file, pipe or device, whose format is {@code -f}'s or its
 *       extension's.
 * </ul>
 */
final class InputResolver {
  private final DigestCommand digest;
  private final DigestFormat from;
  private final CommandLine commandLine;

  /**
   * A resolver for the command {@code commandLine}.
   *
   * @param from the format chosen with {@code -f}, or null to tell each from its name
   */
  InputResolver(DigestCommand digest, DigestFormat from, CommandLine commandLine) {
    this.digest = digest;
    this.from = from;
    this.commandLine = commandLine;
  }

  /**
   * The inputs {@code arguments} name, in order.
   *
   * @throws ParameterException for an argument that names nothing to read, such as a directory that
   *     cannot be listed, or whose format cannot be told
   */
  List<Input> resolve(List<String> arguments) {
    List<Input> inputs = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.add(Input.standardInput(formatOfStandardInput()));
        continue;
      }
      Path path = pathOf(argument);
      String name = FileNames.legible(argument);
      if (StandardInput.isStandardInput(path)) {
        requireOpenStandardInput();
        inputs.add(new Input(path, name, formatOf(path, name)));
      } else if (Files.isDirectory(path)) {
        inputs.addAll(listDirectory(path, name));
      } else if (Files.notExists(path)) {
        throw usageError(name + ": No such file or directory");
      } else {
        inputs.add(new Input(path, name, formatOf(path, name)));
      }
    }
    return inputs;
  }

  private Path pathOf(String argument) {
    if (argument.isEmpty()) {
      throw usageError(
          "an empty argument names no file; give a file name, or - for standard input");
    }
    try {
      return FileNames.path(argument);
    } catch (InvalidPathException e) {
      throw usageError(FileNames.legible(argument) + ": not a file name: " + e.getReason());
    }
  }

  private List<Input> listDirectory(Path directory, String name) {
    List<Path> files;
    try (Stream<Path> entries = Files.list(directory)) {
      files =
          entries
              .filter(file -> !file.getFileName().toString().startsWith("."))
              .filter(file -> knownFormat(file).isPresent())
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    } catch (IOException e) {
      throw usageError(name + ": cannot list this directory: " + ErrorReporter.describe(e));
    }
    if (files.isEmpty()) {
      throw usageError(
          name
              + ": no digest file in this directory, so nothing to read (a digest file's name ends"
              + " in "
              + (from != null ? String.join(" ", from.extensions()) : digest.knownExtensions())
              + ")");
    }
    return files.stream()
        .map(
            file ->
                new Input(
                    file,
                    FileNames.displayIn(name, file.getFileName()),
                    knownFormat(file).orElseThrow()))
        .toList();
  }

  /** The format of a directory's file: {@code -f}'s if its extension is one of its, or by name. */
  private Optional<DigestFormat> knownFormat(Path file) {
    String fileName = file.getFileName().toString();
    return from != null
        ? from.extensionOf(fileName).map(extension -> from)
        : digest.formats().byFileName(fileName);
  }

  private DigestFormat formatOfStandardInput() {
    requireOpenStandardInput();
    if (from != null) {
      return from;
    }
    throw usageError(
        "cannot tell the format of standard input; give it with -f FORMAT (formats: "
            + digest.knownFormats()
            + ")");
  }

  private DigestFormat formatOf(Path file, String name) {
    return from != null ? from : digest.formatOfFile(file, name, "-f", commandLine);
  }

  private void requireOpenStandardInput() {
    if (digest.stdin().closed()) {
      throw usageError(
          "standard input is closed, so there is nothing to read; give a file, or redirect"
              + " standard input from one (< FILE)");
    }
  }

  private ParameterException usageError(String message) {
    return new ParameterException(commandLine, message);
  }
}
