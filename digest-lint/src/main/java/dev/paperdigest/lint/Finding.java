package dev.paperdigest.lint;

import dev.paperdigest.core.Diagnostic;
import java.time.LocalDate;

/**
 * A diagnostic with what suppressions are keyed by: the date of the digest it is about and the
 * title of the paper, when it is about one.
 *
 * @param diagnostic what is reported
 * @param date the digest's date, or {@code null} when the digest could not be read
 * @param titleKey the paper's {@link TextKeys#nameKey title key}, or {@code null} for a finding
 *     about a whole digest or input
 */
record Finding(Diagnostic diagnostic, LocalDate date, String titleKey) {

  /** The rule id of the diagnostic; {@code null} for an error. */
  String ruleId() {
    return diagnostic.code();
  }

  /**
   * A reader's warning with a rule id: its own, or {@code format-warning} when it has none, so that
   * it can be selected and silenced like any finding, and its report says how.
   */
  static Diagnostic identified(Diagnostic warning) {
    if (warning.code() != null || warning.isError()) {
      return warning;
    }
    return new Diagnostic(
        warning.source(),
        warning.line(),
        warning.column(),
        warning.severity(),
        warning.message(),
        LintRule.FORMAT_WARNING.id());
  }
}
