package dev.paperdigest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The model's two scans, one for each of the JVM's compilers, must judge every string alike; the
 * JVM running the tests takes only one of them.
 */
class ModelRulesTest {
  /** Line ends, both surrogate halves alone and paired, Hangul both ways, and plain text. */
  private static final List<String> PIECES =
      List.of(
          "a",
          "é",
          "한",
          "\u1100\u1161",
          "\uD83D\uDE00",
          "\uD800",
          "\uDBFF",
          "\uDC00",
          "\r",
          "\n",
          "\r\n",
          "\t",
          "\u2028",
          "\uFFFF",
          "$x^2$ **b**");

  /** Runs of one piece long enough to cross the 512-character blocks of the block scan. */
  private static Gen<String> texts() {
    Gen<String> run =
        arbitrary().pick(PIECES).zip(integers().between(1, 700), (piece, n) -> piece.repeat(n));
    return lists().of(run).ofSizeBetween(0, 5).map(runs -> String.join("", runs));
  }

  /** What a scan said: the line break's index, or the unpaired surrogate's. */
  private static String outcome(IntSupplier scan) {
    try {
      return "line break at " + scan.getAsInt();
    } catch (InvalidPaperException e) {
      return e.rule() + " at " + e.offset();
    }
  }

  @Test
  void bothScansFindTheSameLineBreakOrTheSameUnpairedSurrogate() {
    qt().withExamples(400)
        .forAll(texts(), booleans().all())
        .checkAssert(
            (text, singleLine) ->
                assertEquals(
                    outcome(
                        () ->
                            ModelRules.scanByCharacter(PaperField.ABSTRACT, -1, text, singleLine)),
                    outcome(
                        () -> ModelRules.scanInBlocks(PaperField.ABSTRACT, -1, text, singleLine)),
                    () -> "for " + text.length() + " characters, singleLine " + singleLine));
  }
}
