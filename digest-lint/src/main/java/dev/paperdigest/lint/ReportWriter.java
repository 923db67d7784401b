package dev.paperdigest.lint;

import dev.paperdigest.core.Diagnostic;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Writes findings in one {@link ReportFormat} as they come. It is the sink of a {@link LintRun};
 * when the run is over, {@link #finish()} writes what closes the report.
 *
 * <pre>{@code
 * ReportWriter report = ReportFormat.JSON.open(System.out, Path.of(""));
 * linter.start(report).lint(Path.of("2024-10-10.txt"));
 * report.finish();
 * }</pre>
 */
public interface ReportWriter extends Consumer<Diagnostic> {

  /**
   * Writes one finding or error.
   *
   * @param diagnostic what to report
   * @throws java.io.UncheckedIOException if the output fails
   */
  @Override
  void accept(Diagnostic diagnostic);

  /**
   * Writes the end of the report and flushes the output, which stays open.
   *
   * @throws IOException if the output fails
   */
  void finish() throws IOException;
}
