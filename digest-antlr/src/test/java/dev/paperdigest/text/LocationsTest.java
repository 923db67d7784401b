package dev.paperdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestLocations;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Where each part of a digest was read, as {@link DigestIterator#locations()} tells it, and the
 * input released as soon as it ends.
 */
class LocationsTest {
  private static final String ARCHIVE =
      """
      2024년 1월 1일

      First paper
      (김철수, Petar Veličković, 🙂 Smile)
      Abstract line one.
      abstract line two
      한국어 코멘트
      English.
      \t#rope  #한국 #x
      Second paper
      ()
      코멘트만
      #solo
      2024년 1월 2일
      """;

  @Test
  void eachPartIsPlacedWhereItIsWritten() {
    try (DigestIterator digests = open(ARCHIVE)) {
      digests.next();
      DigestLocations where = digests.locations();
      assertEquals(at(1, 1), where.digest());
      assertEquals(at(3, 1), where.paper(0));
      assertEquals(at(3, 1), where.field(0, PaperField.TITLE));
      assertEquals(at(4, 1), where.field(0, PaperField.AUTHORS));
      assertEquals(at(4, 2), where.element(0, PaperField.AUTHORS, 0));
      assertEquals(at(4, 7), where.element(0, PaperField.AUTHORS, 1));
      // Columns count code points: the emoji is one, though it is two UTF-16 units.
      assertEquals(at(4, 25), where.element(0, PaperField.AUTHORS, 2));
      assertEquals(at(5, 1), where.field(0, PaperField.ABSTRACT));
      assertEquals(at(7, 1), where.field(0, PaperField.COMMENT));
      assertEquals(at(8, 1), where.field(0, PaperField.TRANSLATION));
      assertEquals(at(9, 1), where.field(0, PaperField.TAGS));
      assertEquals(at(9, 2), where.element(0, PaperField.TAGS, 0));
      assertEquals(at(9, 9), where.element(0, PaperField.TAGS, 1));
      assertEquals(at(9, 13), where.element(0, PaperField.TAGS, 2));
      assertEquals(at(10, 1), where.paper(1));
      assertEquals(
          at(10, 1),
          where.field(1, PaperField.ABSTRACT),
          "an absent field falls back to its paper");
      assertEquals(at(11, 1), where.element(1, PaperField.AUTHORS, 0), "no authors: the line");
      assertEquals(at(12, 1), where.field(1, PaperField.COMMENT));
      digests.next();
      assertEquals(at(14, 1), digests.locations().digest());
      assertEquals(at(14, 1), digests.locations().paper(0));
    }
  }

  @Test
  void aGluedDateIsPlacedWhereTheDateBegins() {
    try (DigestIterator digests = open("2024년 1월 1일\nT\n(A)\n#tag2024년 1월 2일\nU\n(B)\n#u\n")) {
      assertEquals(1, digests.next().papers().size());
      assertThrows(DigestFormatException.class, digests::next);
      assertEquals(at(4, 5), digests.position());
      assertEquals(at(4, 5), digests.locations().digest());
      assertEquals(at(5, 1), digests.locations().paper(0));
    }
  }

  @Test
  void theInputIsClosedWhenItsEndIsReachedWithoutClose() {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(ARCHIVE.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    DigestIterator digests = TextIo.TEXT.reader().open(in, "a.txt");
    assertFalse(closed[0], "nothing is read before a digest is asked for");
    digests.next();
    assertTrue(digests.hasNext());
    assertFalse(closed[0]);
    digests.next();
    assertFalse(digests.hasNext());
    assertTrue(closed[0], "the input is released at its end, before close()");
  }

  private static DigestIterator open(String text) {
    return TextIo.TEXT
        .reader()
        .open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "a.txt");
  }

  private static SourcePosition at(long line, long column) {
    return new SourcePosition(line, column);
  }
}
