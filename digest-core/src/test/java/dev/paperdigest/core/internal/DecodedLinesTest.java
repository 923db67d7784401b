package dev.paperdigest.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paperdigest.core.InvalidPaperException;
import dev.paperdigest.core.InvalidPaperException.Rule;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import org.junit.jupiter.api.Test;

class DecodedLinesTest {

  private static Paper.Builder valid() {
    return Paper.builder().title("Title").addAuthors("Kun Xu").addTags("moe");
  }

  @Test
  void buildsTheSamePaperAsTheBuilder() {
    Paper.Builder paper =
        valid().abstractText("first\nsecond").comment("한국어 코멘트").translation("English.");
    assertEquals(paper.build(), DecodedLines.build(paper));
  }

  @Test
  void everyRuleTheDecodingCannotRuleOutIsStillChecked() {
    InvalidPaperException blank =
        assertThrows(InvalidPaperException.class, () -> DecodedLines.build(valid().title(" \t")));
    assertEquals(Rule.BLANK, blank.rule());
    InvalidPaperException empty =
        assertThrows(
            InvalidPaperException.class, () -> DecodedLines.build(valid().abstractText("")));
    assertEquals(Rule.EMPTY, empty.rule());
    InvalidPaperException tag =
        assertThrows(InvalidPaperException.class, () -> DecodedLines.build(valid().addTags("a b")));
    assertEquals(PaperField.TAGS, tag.field());
    assertEquals(Rule.WHITESPACE, tag.rule());
  }

  @Test
  void onlyTheBuildItWrapsSkipsTheScan() {
    assertFalse(DecodedLines.building());
    assertThrows(InvalidPaperException.class, () -> DecodedLines.build(valid().title("")));
    // Neither a refusal nor a paper built leaves the thread skipping the scan.
    assertFalse(DecodedLines.building());
    DecodedLines.build(valid());
    InvalidPaperException lineBreak =
        assertThrows(InvalidPaperException.class, () -> valid().title("one\ntwo").build());
    assertEquals(Rule.LINE_BREAK, lineBreak.rule());
    InvalidPaperException surrogate =
        assertThrows(InvalidPaperException.class, () -> valid().comment("\uD83D").build());
    assertEquals(Rule.UNPAIRED_SURROGATE, surrogate.rule());
  }
}
