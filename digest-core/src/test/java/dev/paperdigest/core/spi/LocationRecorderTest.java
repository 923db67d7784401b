package dev.paperdigest.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.SourcePosition;
import org.junit.jupiter.api.Test;

class LocationRecorderTest {
  @Test
  void whatWasNotRecordedFallsBackToTheEnclosingPart() {
    LocationRecorder where = new LocationRecorder();
    where.recordDigest(10, 1);
    where.recordPaper(1, 14, 1);
    where.recordField(1, PaperField.TAGS, 20, 1);
    where.recordElement(1, PaperField.TAGS, 2, 20, 9);

    assertEquals(new SourcePosition(10, 1), where.paper(0), "paper 0 was not recorded");
    assertEquals(new SourcePosition(10, 1), where.paper(7), "no such paper");
    assertEquals(new SourcePosition(14, 1), where.field(1, PaperField.TITLE));
    assertEquals(new SourcePosition(20, 1), where.element(1, PaperField.TAGS, 0));
    assertEquals(new SourcePosition(20, 9), where.element(1, PaperField.TAGS, 2));
    assertEquals(new SourcePosition(20, 1), where.element(1, PaperField.TAGS, 3));
    assertEquals(new SourcePosition(14, 1), where.element(1, PaperField.AUTHORS, 0));
  }

  @Test
  void positionsBeyondTwoToTheThirtyFirstAreKept() {
    LocationRecorder where = new LocationRecorder();
    long far = 3L << 31;
    where.recordElement(0, PaperField.AUTHORS, 40, far, far + 1);
    assertEquals(new SourcePosition(far, far + 1), where.element(0, PaperField.AUTHORS, 40));
  }

  @Test
  void onlyListFieldsHaveElements() {
    LocationRecorder where = new LocationRecorder();
    assertThrows(
        IllegalArgumentException.class, () -> where.recordElement(0, PaperField.TITLE, 0, 1, 1));
  }
}
