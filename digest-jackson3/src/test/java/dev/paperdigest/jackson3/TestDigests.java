package dev.paperdigest.jackson3;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import java.time.LocalDate;

/** Hand-made digests for example-based tests. */
final class TestDigests {
  private TestDigests() {}

  /**
   * Two papers, one with every field (Hangul, a line break, diacritics), one with none of the
   * optional ones.
   */
  static Digest twoPapers() {
    Paper full =
        Paper.builder()
            .title("Round and Round We Go! What makes Rotary Positional Encodings useful?")
            .addAuthors("Federico Barbero", "Petar Veličković")
            .abstractText(
                "Positional Encodings (PEs) are a critical component.\nhttps://example.org\n.")
            .comment("RoPE에서 고주파수 차원들은 위치 기반 Attention에 사용된다는 발견.")
            .translation(
                "The study found that in RoPE, high-frequency dimensions are used for position.")
            .addTags("positional-encoding", "rope")
            .build();
    Paper bare = Paper.builder().title("TxT360: A Top-Quality LLM Pre-training Dataset").build();
    return Digest.builder().date(LocalDate.of(2024, 10, 10)).addPapers(full, bare).build();
  }
}
