package dev.paperdigest.lint;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The ways a report of findings can be written: {@code digest lint --format gnu|json|sarif}.
 *
 * <pre>{@code
 * ReportFormat format = ReportFormat.byName("sarif").orElseThrow();
 * ReportWriter report = format.open(Files.newOutputStream(Path.of("lint.sarif")), Path.of(""));
 * }</pre>
 *
 * <p>Each is described with an example in <a
 * href="https://github.com/paperdigest/paperdigest/blob/main/docs/lint.md">docs/lint.md</a>.
 */
public enum ReportFormat {
  /**
   * One line per finding, {@code FILE:LINE:COLUMN: warning: MESSAGE [rule-id]}, and errors as
   * {@code digest validate} prints them: the form editors and CI systems annotate.
   */
  GNU,
  /**
   * A JSON array with one object per finding, for scripts: {@code file}, {@code line}, {@code
   * column}, {@code rule} ({@code null} for an error), {@code message}, {@code severity}.
   */
  JSON,
  /**
   * SARIF 2.1.0, which GitHub code scanning shows as annotations on a pull request: the tool {@code
   * digest} with every rule, and each finding with its file relative to the base directory.
   */
  SARIF;

  /**
   * The name {@code --format} takes.
   *
   * @return {@code gnu}, {@code json} or {@code sarif}
   */
  public String formatName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format called {@code name}, ignoring case.
   *
   * @param name {@code gnu}, {@code json} or {@code sarif}
   * @return the format, or empty
   */
  public static Optional<ReportFormat> byName(String name) {
    return Arrays.stream(values()).filter(f -> f.formatName().equalsIgnoreCase(name)).findFirst();
  }

  /**
   * Starts a report on {@code out}, UTF-8.
   *
   * @param out where the report goes; flushed by {@link ReportWriter#finish()}, never closed
   * @param baseDirectory the directory SARIF paths are relative to, usually the repository's root
   *     (the current directory in CI); the other formats give each file as the finding names it
   * @return the writer
   */
  public ReportWriter open(OutputStream out, Path baseDirectory) {
    return switch (this) {
      case GNU -> new GnuReport(out);
      case JSON -> new JsonReport(out);
      case SARIF -> new SarifReport(out, baseDirectory);
    };
  }
}
