package dev.paperdigest.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.testkit.DigestGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Between the plain-text format (found in the registry, as the CLI finds it) and both JSON formats,
 * nothing is lost in either direction.
 */
class TextJsonRoundTripTest {
  private static final DigestFormats FORMATS = DigestFormats.load();
  private static final DigestFormat TEXT = FORMATS.byName("text").orElseThrow();
  private static final List<DigestFormat> JSONS =
      List.of(FORMATS.byName("json").orElseThrow(), FORMATS.byName("jsonl").orElseThrow());

  @Test
  void canonicalTextSurvivesJsonByteForByte() {
    qt().withExamples(150)
        .forAll(DigestGenerators.archives(DigestGenerators.textDigests()))
        .checkAssert(
            archive -> {
              String canonical = TEXT.writer().writeAllAsString(archive);
              for (DigestFormat json : JSONS) {
                String viaJson = json.writer().writeAllAsString(TEXT.reader().readAll(canonical));
                assertEquals(
                    canonical,
                    TEXT.writer().writeAllAsString(json.reader().readAll(viaJson)),
                    json.name());
              }
            });
  }

  @Test
  void writtenJsonSurvivesTextByteForByte() {
    qt().withExamples(150)
        .forAll(DigestGenerators.archives(DigestGenerators.textDigests()))
        .checkAssert(
            archive -> {
              for (DigestFormat json : JSONS) {
                String written = json.writer().writeAllAsString(archive);
                String viaText = TEXT.writer().writeAllAsString(json.reader().readAll(written));
                assertEquals(
                    written,
                    json.writer().writeAllAsString(TEXT.reader().readAll(viaText)),
                    json.name());
              }
            });
  }
}
