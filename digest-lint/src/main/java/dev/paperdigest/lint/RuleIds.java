package dev.paperdigest.lint;

import dev.paperdigest.core.spi.MessageText;
import java.util.Optional;

/** What is said about a rule id lint does not know, wherever it was given. */
final class RuleIds {
  private RuleIds() {}

  static boolean isKnown(String id) {
    return LintRule.byId(id).isPresent();
  }

  /** "unknown rule `x`; did you mean `y`?", or the list of rules when nothing is close. */
  static String unknown(String id) {
    String known =
        closest(id)
            .map(rule -> "did you mean " + MessageText.quote(rule.id()) + "?")
            .orElse("the rules are " + String.join(", ", LintRule.ids()));
    return "unknown rule " + MessageText.quote(id) + "; " + known;
  }

  /** A rule whose id is {@code id} with a letter, a plural or the separators gone wrong. */
  private static Optional<LintRule> closest(String id) {
    String key = TextKeys.tagKey(id);
    for (LintRule rule : LintRule.values()) {
      String ruleKey = TextKeys.tagKey(rule.id());
      if (key.equals(ruleKey)
          || TextKeys.oneSlipApart(key, ruleKey)
          || (key.length() > 3 && (ruleKey.startsWith(key) || key.startsWith(ruleKey)))) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
