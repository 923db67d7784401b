package dev.paperdigest.benchmarks;

import dev.paperdigest.core.Digest;
import java.util.List;

/**
 * The JSON peer's model: a plain record that Jackson databind binds with no module, no builder and
 * no validation, the date kept as its string. Same keys and order as the {@code json} format.
 */
record DigestRecord(String date, List<PaperRecord> papers) {

  static DigestRecord of(Digest digest) {
    return new DigestRecord(
        digest.date().toString(), digest.papers().stream().map(PaperRecord::of).toList());
  }
}
