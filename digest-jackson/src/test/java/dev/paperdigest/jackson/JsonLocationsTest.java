package dev.paperdigest.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestLocations;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where each part of a digest begins, as the readers record it, and when they open and release
 * their input.
 */
class JsonLocationsTest {
  private static final DigestFormat JSON = new JsonDigestFormat();
  private static final DigestFormat JSONL = new JsonLinesDigestFormat();

  private static final String ARCHIVE =
      """
      [
        {"date": "2024-10-09", "papers": []},
        {
          "date": "2024-10-10",
          "papers": [
            {
              "title": "한국어 제목", "authors": ["Kim", "Lee"],
              "comment": "가나다", "translation": "ABC",
              "tags": ["ml"]
            },
            {"title": "B", "authors": [], "tags": ["x", "y"]}
          ]
        }
      ]
      """;

  @Test
  void jsonRecordsWhereEachPartBegins() {
    try (DigestIterator digests = open(JSON, ARCHIVE)) {
      digests.next();
      assertEquals(find(ARCHIVE, "{\"date\": \"2024-10-09\""), digests.locations().digest());
      digests.next();
      assertPartsOfTheSecondDigest(ARCHIVE, digests);
    }
  }

  @Test
  void jsonlRecordsWhereEachPartBegins() {
    String second =
        ARCHIVE.lines().skip(2).limit(11).map(String::strip).collect(Collectors.joining());
    String lines =
        "{\"date\": \"2024-10-09\", \"papers\": []}\n" + second.replaceAll(",$", "") + "\n";
    try (DigestIterator digests = open(JSONL, lines)) {
      digests.next();
      assertEquals(new SourcePosition(1, 1), digests.locations().digest());
      digests.next();
      assertPartsOfTheSecondDigest(lines, digests);
    }
  }

  private static void assertPartsOfTheSecondDigest(String text, DigestIterator digests) {
    DigestLocations at = digests.locations();
    assertEquals(
        find(text, "{\n    \"date\": \"2024-10-10\"", "{\"date\": \"2024-10-10\""), at.digest());
    assertEquals(digests.position(), at.digest());
    assertEquals(find(text, "{\n        \"title\": \"한국어", "{\"title\": \"한국어"), at.paper(0));
    assertEquals(find(text, "\"한국어 제목\""), at.field(0, PaperField.TITLE));
    assertEquals(find(text, "[\"Kim\""), at.field(0, PaperField.AUTHORS));
    assertEquals(find(text, "\"Lee\""), at.element(0, PaperField.AUTHORS, 1));
    assertEquals(find(text, "\"가나다\""), at.field(0, PaperField.COMMENT));
    assertEquals(find(text, "\"ABC\""), at.field(0, PaperField.TRANSLATION));
    // The paper has no abstract: its place falls back to the paper's.
    assertEquals(at.paper(0), at.field(0, PaperField.ABSTRACT));
    assertEquals(find(text, "\"ml\""), at.element(0, PaperField.TAGS, 0));
    assertEquals(find(text, "{\"title\": \"B\""), at.paper(1));
    assertEquals(find(text, "\"y\""), at.element(1, PaperField.TAGS, 1));
  }

  /** The file is opened at the first read: one replaced before that is the one read. */
  @Test
  void nothingIsOpenedBeforeTheFirstDigestIsAskedFor(@TempDir Path dir) throws IOException {
    for (DigestFormat format : List.of(JSON, JSONL)) {
      Path file = dir.resolve("digest." + format.name());
      Files.writeString(file, "{\"date\":\"2024-10-10\",\"papers\":[]}\n");
      try (DigestIterator digests = format.reader().open(file)) {
        Files.delete(file);
        Files.writeString(file, "{\"date\":\"2024-10-11\",\"papers\":[]}\n");
        assertEquals(LocalDate.of(2024, 10, 11), digests.next().date(), format.name());
      }
    }
  }

  /** An iterator read to its end, or to a failure it cannot read past, holds no input. */
  @Test
  void theInputIsReleasedAtItsEnd() {
    List<String> inputs =
        List.of(
            "{\"date\":\"2024-10-10\",\"papers\":[]}\n",
            "[{\"date\":\"2024-10-10\",\"papers\":[]}, {\"date\":\"2024-10-11\",\"papers\":[]}]",
            "{\"date\":\"2024-10-10\",\"papers\":[],}");
    for (DigestFormat format : List.of(JSON, JSONL)) {
      for (String input : inputs) {
        CountingCloses in = new CountingCloses(input);
        DigestIterator digests = format.reader().open(in, "in");
        while (digests.hasNext()) {
          assertEquals(0, in.closes, "closed before the end");
          try {
            digests.next();
          } catch (DigestFormatException e) {
            // Broken input ends too; what matters is what happens to the stream.
          }
        }
        assertEquals(1, in.closes, format.name() + " " + input);
        digests.close();
        assertEquals(1, in.closes, "closed once");
        assertFalse(digests.hasNext());
      }
    }
  }

  @Test
  void anIteratorNeverAskedReadsNothing() {
    for (DigestFormat format : List.of(JSON, JSONL)) {
      CountingCloses in = new CountingCloses("{}");
      DigestIterator digests = format.reader().open(in, "in");
      assertEquals(0, in.reads);
      digests.close();
      assertEquals(1, in.closes);
      assertThrows(java.util.NoSuchElementException.class, digests::next);
    }
  }

  private static DigestIterator open(DigestFormat format, String text) {
    return format
        .reader()
        .open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in");
  }

  /**
   * The line and code-point column where the first of {@code needles} found in {@code text} begins.
   */
  static SourcePosition find(String text, String... needles) {
    for (String needle : needles) {
      int at = text.indexOf(needle);
      if (at >= 0) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        return new SourcePosition(line, text.codePointCount(lineStart, at) + 1);
      }
    }
    throw new AssertionError(List.of(needles) + " not in " + text);
  }

  /** A stream that counts its reads and closes. */
  private static final class CountingCloses extends ByteArrayInputStream {
    int reads;
    int closes;

    CountingCloses(String text) {
      super(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      reads++;
      return super.read(b, off, len);
    }

    @Override
    public synchronized int read() {
      reads++;
      return super.read();
    }

    @Override
    public void close() {
      closes++;
    }
  }
}
