package dev.paperdigest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PaperTest {

  private static Paper.Builder valid() {
    return Paper.builder().title("Title").addAuthors("Kun Xu", "Kun Xu").addTags("moe");
  }

  private static void assertRejected(
      String expectedInMessage, UnaryOperator<Paper.Builder> change) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> change.apply(valid()).build());
    assertTrue(
        e.getMessage().contains(expectedInMessage),
        "expected the message to name \""
            + expectedInMessage
            + "\", but it was: "
            + e.getMessage());
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
  void eachInvariantNamesTheFieldItRejects() {
    assertRejected("Paper.title must not be blank", b -> b.title(" \u3000"));
    assertRejected("Paper.title must be a single line", b -> b.title("a\nb"));
    assertRejected("Paper.title must be a single line", b -> b.title("a\rb"));
    assertRejected("Paper.authors[2] must not be blank", b -> b.addAuthors(""));
    assertRejected("Paper.authors[2] must be a single line", b -> b.addAuthors("A\nB"));
    assertRejected("Paper.abstractText must not be empty", b -> b.abstractText(""));
    assertRejected("Paper.comment has a carriage return", b -> b.comment("a\r\nb"));
    assertRejected("Paper.translation must not be empty", b -> b.translation(""));
    assertRejected("Paper.tags[1] must not be empty", b -> b.addTags(""));
    assertRejected("Paper.tags[1] must not contain whitespace", b -> b.addTags("a b"));
    assertRejected("Paper.tags[1] must not contain whitespace", b -> b.addTags("a\u00A0b"));
    assertRejected("Paper.title has an unpaired surrogate", b -> b.title("a\uD800"));
    assertRejected(
        "Paper.authors[2] has an unpaired surrogate U+DC00 at index 0",
        b -> b.addAuthors("\uDC00A"));
    assertRejected(
        "Paper.abstractText has an unpaired surrogate U+D83D at index 2",
        b -> b.abstractText("a\n\uD83D"));
    assertRejected(
        "Paper.tags[1] has an unpaired surrogate U+DC00 at index 1", b -> b.addTags("x\uDC00"));
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
    assertEquals(1, UnicodeText.indexOfLoneSurrogate("a\uDC00"));
    assertEquals(-1, UnicodeText.indexOfLoneSurrogate("😀"));
  }
}
