package dev.paperdigest.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.paperdigest.core.Diagnostic;
import org.junit.jupiter.api.Test;

class MessageTextTest {
  @Test
  void quotesLikeAMarkdownCodeSpan() {
    assertEquals("`#rope`", MessageText.quote("#rope"));
    assertEquals("``", MessageText.quote(""));
    assertEquals("``a `b` c``", MessageText.quote("a `b` c"));
    assertEquals("`` `x` ``", MessageText.quote("`x`"));
  }

  @Test
  void cutsLongTextAfterSixtyCodePointsNeverInsideAPair() {
    String emoji = "😀".repeat(70);
    assertEquals("`" + "😀".repeat(60) + "…`", MessageText.quote(emoji));
    assertEquals("`" + "가".repeat(60) + "`", MessageText.quote("가".repeat(60)));
  }

  @Test
  void escapesWhatCouldActOnATerminal() {
    assertEquals("`a\\u001B[2Jb\\u0007`", MessageText.quote("a\u001B[2Jb\u0007"));
    assertEquals(
        "line\\nnext\\ttab\\rret\\u009B\\u007F\\u202Eevil\\u2028",
        MessageText.escapeControls("line\nnext\ttab\rret\u009B\u007F\u202Eevil\u2028"));
    assertEquals("a\\uD800b😀\\uDC00", MessageText.escapeControls("a\uD800b😀\uDC00"));
    // The Arabic letter mark reorders text as U+200F does (found by fuzzing).
    assertEquals("a\\u061Cb", MessageText.escapeControls("a\u061Cb"));
    String plain = "RoPE에서 고주파 η ∝ sqrt(T) 😀 \u00A0";
    assertSame(plain, MessageText.escapeControls(plain), "printable text is kept as it is");
  }

  @Test
  void diagnosticsAreSafeToPrintWhateverTheyQuote() {
    Diagnostic d = Diagnostic.error("evil\u001B.txt", 1, 1, "found `\u001B]0;pwned\u0007`");
    assertEquals("evil\\u001B.txt:1:1: error: found `\\u001B]0;pwned\\u0007`", d.toString());
  }

  @Test
  void namesCodePointsWithAtLeastFourDigits() {
    assertEquals("U+0020", MessageText.codePointName(' '));
    assertEquals("U+1F600", MessageText.codePointName(0x1F600));
  }
}
