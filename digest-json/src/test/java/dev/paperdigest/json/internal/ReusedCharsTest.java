package dev.paperdigest.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ReusedCharsTest {
  private static void assertCopied(String expected, char[] chars) {
    assertEquals(expected, new String(chars, 0, expected.length()));
  }

  @Test
  void eachCopyHoldsExactlyItsStringAtTheStartOfTheArray() {
    ReusedChars reused = new ReusedChars();
    String korean = "한국어 코멘트 \uD83D\uDE00 $x^2$ **bold**";
    assertCopied(korean, reused.copyOf(korean));
    assertCopied("", reused.copyOf(""));
    // A shorter string after a longer one: only its own length counts.
    assertCopied("ab", reused.copyOf("ab"));
  }

  @Test
  void theArrayGrowsForLongerStringsAndIsThenReused() {
    ReusedChars reused = new ReusedChars();
    String longer = "가".repeat(5_000);
    char[] grown = reused.copyOf(longer);
    assertCopied(longer, grown);
    assertSame(grown, reused.copyOf("short"));
    String limit = "x".repeat(ReusedChars.MAX_LENGTH);
    assertCopied(limit, reused.copyOf(limit));
  }

  @Test
  void aStringOverTheLimitIsNotCopied() {
    assertNull(new ReusedChars().copyOf("x".repeat(ReusedChars.MAX_LENGTH + 1)));
  }
}
