package dev.paperdigest.lint;

import java.time.LocalDate;
import java.util.Set;

/**
 * A {@code [[suppress]]} entry of the configuration: rules silenced for one paper (by title), for
 * one digest (by date), or for one paper in one digest (both).
 *
 * @param titleKey the paper's {@link TextKeys#nameKey title key}, or {@code null} for every paper
 *     and the digest itself
 * @param date the digest's date, or {@code null} for any date
 * @param rules the ids of the rules silenced
 */
record Suppression(String titleKey, LocalDate date, Set<String> rules) {

  boolean silences(Finding finding) {
    return rules.contains(finding.ruleId())
        && (date == null || date.equals(finding.date()))
        && (titleKey == null || titleKey.equals(finding.titleKey()));
  }
}
