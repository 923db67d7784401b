package dev.paperdigest.core;

import static dev.paperdigest.core.InvalidPaperException.Rule.BLANK;
import static dev.paperdigest.core.InvalidPaperException.Rule.CARRIAGE_RETURN;
import static dev.paperdigest.core.InvalidPaperException.Rule.EMPTY;
import static dev.paperdigest.core.InvalidPaperException.Rule.LINE_BREAK;
import static dev.paperdigest.core.InvalidPaperException.Rule.UNPAIRED_SURROGATE;
import static dev.paperdigest.core.InvalidPaperException.Rule.WHITESPACE;
import static dev.paperdigest.core.PaperField.ABSTRACT;
import static dev.paperdigest.core.PaperField.AUTHORS;
import static dev.paperdigest.core.PaperField.COMMENT;
import static dev.paperdigest.core.PaperField.TAGS;
import static dev.paperdigest.core.PaperField.TITLE;
import static dev.paperdigest.core.PaperField.TRANSLATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.InvalidPaperException.Rule;
import java.text.Normalizer;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PaperTest {

  private static Paper.Builder valid() {
    return Paper.builder().title("Title").addAuthors("Kun Xu", "Kun Xu").addTags("moe");
  }

  private static void assertRejected(
      PaperField field,
      int index,
      Rule rule,
      int offset,
      String messageOrNullIfNotChecked,
      UnaryOperator<Paper.Builder> change) {
    InvalidPaperException e =
        assertThrows(InvalidPaperException.class, () -> change.apply(valid()).build());
    assertEquals(field, e.field(), "field");
    assertEquals(index, e.index(), "index");
    assertEquals(rule, e.rule(), "rule");
    assertEquals(offset, e.offset(), "offset");
    if (messageOrNullIfNotChecked != null) {
      assertEquals(messageOrNullIfNotChecked, e.getMessage());
    }
  }

  @Test
  void repeatedAuthorsAndTagOrderAreKept() {
    Paper paper = valid().addTags("scaling-law").build();
    assertEquals(List.of("Kun Xu", "Kun Xu"), paper.authors());
    assertEquals(List.of("moe", "scaling-law"), paper.tags());
  }

  @Test
  void multiLineTextKeepsItsLinesExactly() {
    String text = "  first line  \n\n.\nhttps://pyramid-flow.github.io";
    assertEquals(text, valid().abstractText(text).build().abstractText().orElseThrow());
  }

  @Test
  void eachRuleIsReportedAsDataNamingFieldElementAndCharacter() {
    assertRejected(TITLE, -1, BLANK, -1, "the title ` \u3000` is blank", b -> b.title(" \u3000"));
    assertRejected(
        TITLE,
        -1,
        LINE_BREAK,
        1,
        "the title `a\\nb` has a line break (U+000A at character 2), but must be one line",
        b -> b.title("a\nb"));
    assertRejected(TITLE, -1, LINE_BREAK, 1, null, b -> b.title("a\rb"));
    assertRejected(AUTHORS, 2, BLANK, -1, "author 3 `` is blank", b -> b.addAuthors(""));
    assertRejected(AUTHORS, 2, LINE_BREAK, 1, null, b -> b.addAuthors("A\nB"));
    assertRejected(ABSTRACT, -1, EMPTY, -1, "the abstract `` is empty", b -> b.abstractText(""));
    assertRejected(COMMENT, -1, CARRIAGE_RETURN, 1, null, b -> b.comment("a\r\nb"));
    assertRejected(TRANSLATION, -1, EMPTY, -1, null, b -> b.translation(""));
    assertRejected(TAGS, 1, EMPTY, -1, "tag 2 `` is empty", b -> b.addTags(""));
    assertRejected(
        TAGS,
        1,
        WHITESPACE,
        1,
        "tag 2 `a b` holds whitespace (U+0020 at character 2), but a tag is one word",
        b -> b.addTags("a b"));
    assertRejected(TAGS, 1, WHITESPACE, 1, null, b -> b.addTags("a\u00A0b"));
    assertRejected(TITLE, -1, UNPAIRED_SURROGATE, 1, null, b -> b.title("a\uD800"));
    assertRejected(AUTHORS, 2, UNPAIRED_SURROGATE, 0, null, b -> b.addAuthors("\uDC00A"));
    assertRejected(ABSTRACT, -1, UNPAIRED_SURROGATE, 2, null, b -> b.abstractText("a\n\uD83D"));
    assertRejected(TAGS, 1, UNPAIRED_SURROGATE, 1, null, b -> b.addTags("x\uDC00"));
  }

  /**
   * Around 512 characters, where the block scan (the one the JVM's first compiler alone runs) cuts
   * the text: a pair split across the edge is one character, and a lone half is found on either
   * side. This JVM takes one of the two scans; {@code ModelRulesTest} holds both to the same
   * verdicts.
   */
  @Test
  void surrogatesAreJudgedAroundTheBlockEdges() {
    for (int at : new int[] {0, 1, 510, 511, 512, 513, 1023, 1024, 1500}) {
      String before = "a".repeat(at);
      String pair = before + "\uD83D\uDE00" + "b".repeat(600);
      assertEquals(pair, valid().abstractText(pair).build().abstractText().orElseThrow());
      assertRejected(
          ABSTRACT,
          -1,
          UNPAIRED_SURROGATE,
          at,
          null,
          b -> b.abstractText(before + "\uD83D" + "b".repeat(600)));
      assertRejected(
          COMMENT, -1, UNPAIRED_SURROGATE, at + 602, null, b -> b.comment(pair + "\uDE00"));
      assertRejected(
          TRANSLATION, -1, UNPAIRED_SURROGATE, at, null, b -> b.translation(before + "\uDE00"));
      // A lone half after the line break is the line break's problem, reported first.
      assertRejected(TITLE, -1, LINE_BREAK, at, null, b -> b.title(before + "\n\uD800"));
    }
  }

  @Test
  void theReasonLeavesTheFieldToTheFormatAndCountsCharactersInCodePoints() {
    InvalidPaperException e =
        assertThrows(InvalidPaperException.class, () -> valid().addTags("😀 x").build());
    assertEquals("holds whitespace (U+0020 at character 2), but a tag is one word", e.reason());
    assertEquals("😀 x", e.value());
  }

  @Test
  void withersCheckTooAndLeaveTheOriginalUnchanged() {
    Paper paper = valid().build();
    assertThrows(IllegalArgumentException.class, () -> paper.withTitle(""));
    assertEquals(List.of("x", "y"), paper.withTags("x", "y").tags());
    assertEquals(List.of("moe"), paper.tags());
  }

  @Test
  void unicodeWhitespaceIsTheWhiteSpacePropertyNotTheJdksIdeaOfIt() {
    assertTrue(UnicodeText.isWhitespace(0x00A0));
    assertTrue(UnicodeText.isWhitespace(0x3000));
    assertTrue(UnicodeText.isWhitespace(0x0085));
    assertTrue(!UnicodeText.isWhitespace(0x001C));
    assertTrue(!UnicodeText.isWhitespace(0x200B));
  }

  @Test
  void hangulIsPrecomposedOrDecomposedButNotOtherCjk() {
    assertTrue(UnicodeText.containsHangul("RoPE에서"));
    assertTrue(UnicodeText.containsHangul(Normalizer.normalize("년", Normalizer.Form.NFD)));
    assertTrue(UnicodeText.containsHangul("ㅋㅋ"));
    assertTrue(UnicodeText.containsHangul("\uFFA1"));
    assertFalse(UnicodeText.containsHangul("漢字 かな 😀"));
    assertFalse(UnicodeText.containsHangul(""));
  }
}
