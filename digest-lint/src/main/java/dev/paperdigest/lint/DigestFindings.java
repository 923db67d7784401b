package dev.paperdigest.lint;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The findings about one digest, gathered from its reader and from every rule, then sorted. */
final class DigestFindings {
  private final String source;
  private final Digest digest;
  private final List<Finding> found = new ArrayList<>();

  DigestFindings(String source, Digest digest) {
    this.source = source;
    this.digest = digest;
  }

  /** A finding about paper {@code paper} of the digest. */
  void add(LintRule rule, SourcePosition at, int paper, String message) {
    String titleKey = TextKeys.nameKey(digest.papers().get(paper).title());
    found.add(new Finding(warning(rule, at, message), digest.date(), titleKey));
  }

  /** A finding about the whole digest. */
  void add(LintRule rule, SourcePosition at, String message) {
    found.add(new Finding(warning(rule, at, message), digest.date(), null));
  }

  /** A warning the reader gave, about paper {@code paper}, or about the digest when it is -1. */
  void addFromReader(Diagnostic warning, int paper) {
    String titleKey = paper < 0 ? null : TextKeys.nameKey(digest.papers().get(paper).title());
    found.add(new Finding(warning, digest.date(), titleKey));
  }

  /** Everything found, by position; at one position, the reader's warnings first. */
  List<Finding> inInputOrder() {
    found.sort(
        Comparator.comparingLong((Finding f) -> f.diagnostic().line())
            .thenComparingLong(f -> f.diagnostic().column()));
    return found;
  }

  private Diagnostic warning(LintRule rule, SourcePosition at, String message) {
    return Diagnostic.warning(source, at.line(), at.column(), rule.id(), message);
  }
}
