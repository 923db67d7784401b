package dev.paperdigest.jackson;

import static dev.paperdigest.jackson.JsonBadInputTest.assertAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.SourcePosition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code jsonl} format: one digest per line; a broken line fails alone, with its line number.
 */
class JsonLinesTest {
  private static final JsonLinesDigestFormat JSONL = new JsonLinesDigestFormat();
  private static final String GOOD = "{\"date\":\"2024-10-10\",\"papers\":[]}";

  @Test
  void writesCompactJsonOneDigestPerLine() {
    Digest digest = TestDigests.twoPapers();
    String written = JSONL.writer().writeAllAsString(List.of(digest, digest));
    String line = written.substring(0, written.indexOf('\n') + 1);
    assertEquals(line + line, written);
    assertTrue(
        line.startsWith("{\"date\":\"2024-10-10\",\"papers\":[{\"title\":\"Round and Round"), line);
    assertTrue(
        line.contains(
            "\"abstract\":\"Positional Encodings (PEs) are a critical component.\\nhttps://"),
        line);
    assertTrue(line.contains("RoPE에서"), line);
  }

  @Test
  void aBrokenLineFailsAloneAndReadingGoesOn() {
    String badTag =
        "{\"date\":\"2024-10-11\",\"papers\":[{\"title\":\"t\",\"authors\":[],\"tags\":[\"a"
            + " b\"]}]}";
    String archive =
        GOOD
            + "\n"
            + badTag
            + "\n"
            + "{\"date\":\"2024-10-12\",\"papers\":[\n"
            + GOOD.replace("10-10", "10-13")
            + "\n";
    try (DigestIterator digests = open(archive)) {
      assertEquals("2024-10-10", digests.next().date().toString());
      DigestFormatException second = assertThrows(DigestFormatException.class, digests::next);
      assertAt(
          second.diagnostics().get(0), 2, badTag.indexOf("\"a b\"") + 1, "$.papers[0].tags[0]");
      assertEquals(new SourcePosition(2, 1), digests.position());
      DigestFormatException third = assertThrows(DigestFormatException.class, digests::next);
      assertEquals(
          "a.jsonl:3:32: error: $.papers: the line ends before the array is closed with `]`; a"
              + " jsonl line holds one whole digest object",
          third.getMessage());
      assertEquals("2024-10-13", digests.next().date().toString());
      assertFalse(digests.hasNext());
    }
  }

  @Test
  void readAllReportsEveryBrokenLine() {
    String archive = "{}\n" + GOOD + "\n[]\n" + GOOD + " " + GOOD + "\n";
    DigestFormatException e =
        assertThrows(DigestFormatException.class, () -> JSONL.reader().readAll(archive));
    List<Diagnostic> found = e.diagnostics();
    assertEquals(4, found.size(), e::getMessage);
    assertAt(found.get(0), 1, 2, "$");
    assertAt(found.get(2), 3, 1, "$");
    assertTrue(
        found.get(2).message().contains("expected a digest object, found an array"), e::getMessage);
    assertAt(found.get(3), 4, GOOD.length() + 2, "$");
    assertTrue(
        found.get(3).message().contains("a jsonl line holds one digest object"), e::getMessage);
  }

  @Test
  void blankLinesAndCarriageReturnsAreSkippedButCounted() {
    String unknownKey = "{\"date\":\"2024-10-10\",\"papers\":[],\"x\":1}";
    String archive = "\n" + GOOD + "\r\n  \t\r\n\r\n" + unknownKey + "\r\n\n";
    try (DigestIterator digests = open(archive)) {
      assertEquals(List.of(), digests.next().papers());
      assertEquals(new SourcePosition(2, 1), digests.position());
      DigestFormatException e = assertThrows(DigestFormatException.class, digests::next);
      assertAt(e.diagnostics().get(0), 5, unknownKey.indexOf("\"x\"") + 1, "$.x");
      assertFalse(digests.hasNext());
    }
  }

  /** {@code cat} of files saved with a byte-order mark leaves one at the start of lines. */
  @Test
  void aByteOrderMarkAtTheStartOfALineIsDropped() {
    String unknownKey = "{\"date\":\"2024-10-10\",\"papers\":[],\"x\":1}";
    String archive = "\uFEFF" + GOOD + "\n\uFEFF" + GOOD + "\n\uFEFF\n\uFEFF" + unknownKey + "\n";
    try (DigestIterator digests = open(archive)) {
      digests.next();
      digests.next();
      DigestFormatException e = assertThrows(DigestFormatException.class, digests::next);
      assertAt(e.diagnostics().get(0), 4, unknownKey.indexOf("\"x\"") + 1, "$.x");
      assertFalse(digests.hasNext());
    }
  }

  @Test
  void aLastLineWithoutNewlineReads() {
    assertEquals(2, JSONL.reader().readAll(GOOD + "\n" + GOOD).size());
  }

  @Test
  void columnsCountCodePoints() {
    String line =
        "{\"date\":\"2024-10-10\",\"papers\":[{\"title\":\"가나다"
            + " 😀\",\"authors\":[\"한\"],\"tags\":[],\"x\":null}]}";
    DigestFormatException e =
        assertThrows(
            DigestFormatException.class, () -> JSONL.reader().readAll(GOOD + "\n" + line + "\n"));
    assertAt(
        e.diagnostics().get(0),
        2,
        line.codePointCount(0, line.indexOf("\"x\"")) + 1,
        "$.papers[0].x");
  }

  @Test
  void aLineOverTheLimitFailsAloneAndReadingGoesOn() {
    DigestReader reader = new JsonLinesDigestReader(JsonLimits.jsonLinesFactory(), 100);
    String tooLong =
        "{\"date\":\"2024-10-10\",\"papers\":[{\"title\":\"" + "t".repeat(200_000) + "\"}]}";
    String archive = GOOD + "\n" + tooLong + "\n" + GOOD + "\n";
    try (DigestIterator digests =
        reader.open(
            new ByteArrayInputStream(archive.getBytes(StandardCharsets.UTF_8)), "long.jsonl")) {
      digests.next();
      DigestFormatException e = assertThrows(DigestFormatException.class, digests::next);
      assertEquals(
          "long.jsonl:2:1: error: $: the line is longer than 100 bytes, the limit for one jsonl"
              + " line",
          e.getMessage());
      assertEquals(List.of(), digests.next().papers());
      assertFalse(digests.hasNext());
    }
  }

  @Test
  void anEmptyInputHoldsNoDigests() {
    assertEquals(List.of(), JSONL.reader().readAll(""));
    assertEquals(List.of(), JSONL.writer().writeAllAsString(List.of()).lines().toList());
  }

  private static DigestIterator open(String content) {
    return JSONL
        .reader()
        .open(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "a.jsonl");
  }
}
