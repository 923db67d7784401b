package dev.paperdigest.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.testkit.DigestGenerators;
import dev.paperdigest.testkit.DocumentMutations;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever the model accepts, both formats write and read back unchanged. */
class JsonRoundTripTest {
  private static final DigestFormat JSON = DigestFormats.load().byName("json").orElseThrow();
  private static final DigestFormat JSONL = DigestFormats.load().byName("jsonl").orElseThrow();

  @Test
  void jsonReadsBackEveryDigest() {
    qt().withExamples(200)
        .forAll(DigestGenerators.digests())
        .checkAssert(d -> assertEquals(d, JSON.reader().read(JSON.writer().writeAsString(d))));
  }

  @Test
  void jsonReadsBackEveryArchive() {
    qt().withExamples(150)
        .forAll(DigestGenerators.archives(DigestGenerators.digests()))
        .checkAssert(
            archive ->
                assertEquals(
                    archive, JSON.reader().readAll(JSON.writer().writeAllAsString(archive))));
  }

  @Test
  void jsonlReadsBackEveryDigest() {
    qt().withExamples(200)
        .forAll(DigestGenerators.digests())
        .checkAssert(d -> assertEquals(d, JSONL.reader().read(JSONL.writer().writeAsString(d))));
  }

  @Test
  void jsonlReadsBackEveryArchive() {
    qt().withExamples(150)
        .forAll(DigestGenerators.archives(DigestGenerators.digests()))
        .checkAssert(
            archive ->
                assertEquals(
                    archive, JSONL.reader().readAll(JSONL.writer().writeAllAsString(archive))));
  }

  @Test
  void writingIsDeterministicAndAnArchiveOfOneIsTheDigestAlone() {
    qt().withExamples(100)
        .forAll(DigestGenerators.digests())
        .checkAssert(
            d -> {
              for (DigestFormat format : List.of(JSON, JSONL)) {
                String alone = format.writer().writeAsString(d);
                assertEquals(alone, format.writer().writeAsString(d));
                assertEquals(alone, format.writer().writeAllAsString(List.of(d)));
              }
            });
  }

  @Test
  void jsonlWritesEachDigestOnOneLine() {
    qt().withExamples(100)
        .forAll(DigestGenerators.archives(DigestGenerators.digests()))
        .checkAssert(
            archive -> {
              String written = JSONL.writer().writeAllAsString(archive);
              assertEquals(archive.size(), written.chars().filter(c -> c == '\n').count());
              assertTrue(written.isEmpty() || written.endsWith("\n"));
            });
  }

  @Test
  void jsonWritesAnEmptyArchiveAsAnEmptyArray() {
    assertEquals("[]\n", JSON.writer().writeAllAsString(List.of()));
    assertEquals(List.of(), JSON.reader().readAll("[]"));
  }

  /** Damaged documents either still read or fail with diagnostics that point inside the input. */
  @Test
  void damagedDocumentsFailCleanly() {
    Digest sample = TestDigests.twoPapers();
    for (DigestFormat format : List.of(JSON, JSONL)) {
      byte[] document =
          format
              .writer()
              .writeAllAsString(List.of(sample, sample))
              .getBytes(StandardCharsets.UTF_8);
      long lines = new String(document, StandardCharsets.UTF_8).lines().count() + 3;
      qt().withExamples(200)
          .forAll(DocumentMutations.of(document))
          .checkAssert(
              broken -> {
                try (DigestIterator digests =
                    format.reader().open(new ByteArrayInputStream(broken), "broken")) {
                  int steps = 0;
                  while (digests.hasNext()) {
                    assertTrue(++steps < 100, "the reader keeps yielding");
                    try {
                      digests.next();
                    } catch (DigestFormatException e) {
                      assertFalse(e.diagnostics().isEmpty());
                      for (Diagnostic d : e.diagnostics()) {
                        assertEquals("broken", d.source());
                        assertTrue(d.line() <= lines, d::toString);
                        assertTrue(d.message().startsWith("$"), d::toString);
                      }
                    }
                  }
                }
              });
    }
  }
}
