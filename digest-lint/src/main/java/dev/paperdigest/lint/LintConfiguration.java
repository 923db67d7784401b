package dev.paperdigest.lint;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@code .digestlint.toml} file says: which rules run ({@code select}, {@code ignore}) and
 * which findings are silenced for one paper or one digest ({@code [[suppress]]}).
 *
 * <pre>{@code
 * LintConfiguration configuration =
 *     LintConfiguration.discover(Path.of("digests/2024-10-10.txt"))
 *         .map(LintConfiguration::read)      // throws LintConfigurationException with file:line
 *         .orElse(LintConfiguration.empty());
 * DigestLinter linter = DigestLinter.builder().configuration(configuration).build();
 * }</pre>
 *
 * <p>The file, in full (<a
 * href="https://github.com/paperdigest/paperdigest/blob/main/docs/lint.md">docs/lint.md</a>
 * explains each key):
 *
 * <pre>{@code
 * select = ["duplicate-author", "tag-spelling"]   # optional; default: every rule
 * ignore = ["title-full-stop"]                    # optional
 *
 * [[suppress]]
 * title = "Pyramidal Flow Matching for Efficient Video Generative Modeling"
 * date = 2024-10-10                               # optional
 * rules = ["duplicate-author"]
 * reason = "Two different authors are both called Kun Xu."
 * }</pre>
 */
public final class LintConfiguration {
  /** The name of the file {@link #discover} looks for. */
  public static final String FILE_NAME = ".digestlint.toml";

  private static final LintConfiguration EMPTY =
      new LintConfiguration(Optional.empty(), Set.of(), List.of());

  private final Optional<Set<String>> select;
  private final Set<String> ignore;
  private final List<Suppression> suppressions;

  LintConfiguration(
      Optional<Set<String>> select, Set<String> ignore, List<Suppression> suppressions) {
    this.select = select;
    this.ignore = ignore;
    this.suppressions = suppressions;
  }

  /**
   * No configuration: every rule runs and nothing is silenced.
   *
   * @return the empty configuration
   */
  public static LintConfiguration empty() {
    return EMPTY;
  }

  /**
   * Finds the configuration file that applies to {@code start}: {@value #FILE_NAME} in its
   * directory (in {@code start} itself when it is a directory), or else in the nearest parent
   * directory that has one. The search stops at the root of the git repository {@code start} is in
   * (the directory holding {@code .git}), so that a file outside the repository never applies, or
   * at the root of the file system.
   *
   * @param start a digest file or a directory
   * @return the file, or empty when there is none
   */
  public static Optional<Path> discover(Path start) {
    Path directory = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(directory)) {
      directory = directory.getParent();
    }
    while (directory != null) {
      Path candidate = directory.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (Files.exists(directory.resolve(".git"))) {
        return Optional.empty();
      }
      directory = directory.getParent();
    }
    return Optional.empty();
  }

  /**
   * Reads a configuration file.
   *
   * @param file the file, UTF-8 TOML
   * @return the configuration
   * @throws LintConfigurationException for every problem in the file, each with its line and column
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static LintConfiguration read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (CharacterCodingException e) {
      throw new LintConfigurationException(
          List.of(
              dev.paperdigest.core.Diagnostic.error(
                  file.toString(), 1, 1, "the file is not UTF-8; save it as UTF-8")));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return parse(text, file.toString());
  }

  /**
   * Reads a configuration from its text, for services and tests that hold it in memory.
   *
   * @param toml the text of a configuration file
   * @param sourceName the name diagnostics give it
   * @return the configuration
   * @throws LintConfigurationException for every problem in the text
   */
  public static LintConfiguration parse(String toml, String sourceName) {
    return new ConfigurationParser(toml, sourceName).parse();
  }

  /** The rules the file selects, or empty when it does not say (every rule). */
  Optional<Set<String>> select() {
    return select;
  }

  Set<String> ignore() {
    return ignore;
  }

  List<Suppression> suppressions() {
    return suppressions;
  }
}
