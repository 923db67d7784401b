package dev.paperdigest.core.internal;

import dev.paperdigest.core.Paper;

/**
 * Builds the papers of a reader whose every string is text it decoded from one line of UTF-8, or
 * lines of it joined by {@code \n}, or a part cut from such a line next to a character that is not
 * a surrogate. Such strings hold no carriage return, no line feed where one line is expected, and
 * no unpaired surrogate, which a decoder cannot produce; so the paper's check skips scanning them
 * for those and checks every other rule as always. The scan was half of the text reader's work in
 * the {@code digest} command (docs/performance.md).
 *
 * <pre>{@code
 * Paper paper = DecodedLines.build(Paper.builder().title(line).authors(names));
 * }</pre>
 *
 * <p>Not API: exported to the text format alone, whose tests (and the fuzzer's oracle) build each
 * paper it reads again with the full check.
 */
public final class DecodedLines {
  private static final ThreadLocal<Boolean> BUILDING = ThreadLocal.withInitial(() -> false);

  private DecodedLines() {}

  /**
   * Builds {@code paper}, whose strings are all decoded lines as described above.
   *
   * @param paper a builder holding every value of the paper
   * @return the paper built
   * @throws dev.paperdigest.core.InvalidPaperException as {@link Paper.Builder#build()} does for
   *     every rule but those the decoding rules out
   */
  public static Paper build(Paper.Builder paper) {
    BUILDING.set(true);
    try {
      return paper.build();
    } finally {
      BUILDING.set(false);
    }
  }

  /**
   * Whether the paper being built on this thread comes from {@link #build}.
   *
   * @return {@code true} inside {@link #build} only
   */
  public static boolean building() {
    return BUILDING.get();
  }
}
