package dev.paperdigest.lint;

import dev.paperdigest.core.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration file that cannot be used: not TOML, an unknown key, an unknown rule id, a
 * suppression without rules. It carries every problem found, each a {@link Diagnostic} with the
 * file, line and column, and its message lists them one per line in the GNU form.
 *
 * <pre>{@code
 * try {
 *   LintConfiguration configuration = LintConfiguration.read(Path.of(".digestlint.toml"));
 * } catch (LintConfigurationException e) {
 *   e.diagnostics().forEach(System.err::println);
 *   // .digestlint.toml:2:11: error: unknown rule `duplicate-authors`; did you mean `duplicate-author`? ...
 * }
 * }</pre>
 */
public final class LintConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  /**
   * An exception reporting {@code diagnostics}, in file order.
   *
   * @param diagnostics at least one problem
   */
  public LintConfigurationException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a LintConfigurationException needs a diagnostic");
    }
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Every problem of the configuration.
   *
   * @return the diagnostics, errors all
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
