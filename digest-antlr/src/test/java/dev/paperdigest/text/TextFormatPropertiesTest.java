package dev.paperdigest.text;

import static dev.paperdigest.text.TextIo.readAll;
import static dev.paperdigest.text.TextIo.writeAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.testkit.DigestGenerators;
import dev.paperdigest.testkit.DocumentMutations;
import dev.paperdigest.testkit.TextDocuments;
import dev.paperdigest.text.internal.LineSoup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Round trips, normalisation and robustness over generated digests and damaged documents. */
class TextFormatPropertiesTest {
  /** Generous: a run takes about a second; only a hang comes near it. */
  private static final Duration NO_HANG = Duration.ofSeconds(30);

  @Test
  void writableDigestsReadBackEqual() {
    qt().withExamples(300)
        .forAll(DigestGenerators.textDigests())
        .checkAssert(d -> assertEquals(d, TextIo.read(TextIo.write(d))));
  }

  @Test
  void writableArchivesReadBackEqual() {
    qt().withExamples(150)
        .forAll(DigestGenerators.archives(DigestGenerators.textDigests()))
        .checkAssert(archive -> assertEquals(archive, readAll(writeAll(archive))));
  }

  @Test
  void canonicalTextIsWrittenBackByteForByte() {
    qt().withExamples(150)
        .forAll(DigestGenerators.archives(DigestGenerators.textDigests()))
        .checkAssert(
            archive -> {
              byte[] canonical = writeAll(archive);
              assertArrayEquals(canonical, writeAll(readAll(canonical)));
            });
  }

  @Test
  void noisyTextNormalisesOnceAndForAll() {
    qt().withExamples(200)
        .forAll(DigestGenerators.archives(DigestGenerators.textDigests()), SourceDSL.longs().all())
        .checkAssert(
            (archive, seed) -> {
              String noisy = TextDocuments.noisy(archive, seed);
              List<Digest> read = readAll(noisy.getBytes(StandardCharsets.UTF_8));
              assertEquals(archive, read);
              byte[] once = writeAll(read);
              assertArrayEquals(writeAll(archive), once);
              assertArrayEquals(once, writeAll(readAll(once)));
            });
  }

  /**
   * A writer's output with its final line end dropped or lines decomposed (NFD), and the archive.
   */
  private record Variant(List<Digest> archive, byte[] document) {}

  @Test
  void equivalentTextReadsAsTheSameDigestsUpToNormalisation() {
    Gen<Variant> variants =
        DigestGenerators.archives(DigestGenerators.textDigests())
            .flatMap(
                archive ->
                    DocumentMutations.equivalents(writeAll(archive))
                        .map(document -> new Variant(archive, document)));
    qt().withExamples(150)
        .forAll(variants)
        .checkAssert(
            v ->
                assertEquals(
                    v.archive().stream().map(TextIo::nfc).toList(),
                    readAll(v.document()).stream().map(TextIo::nfc).toList()));
  }

  @Test
  void theWriterRefusesWhatWouldReadBackDifferently() {
    // Any digest is rarely expressible once it has a paper, so a third of the examples are text
    // digests, and a third are text digests with one paper of any shape added: both outcomes
    // come often, and both are counted.
    Gen<Digest> nearlyText =
        DigestGenerators.textDigests()
            .zip(
                DigestGenerators.papers(),
                (digest, paper) -> Digest.builder().from(digest).addPapers(paper).build());
    Gen<Digest> digests =
        Generate.oneOf(DigestGenerators.digests(), DigestGenerators.textDigests(), nearlyText);
    AtomicInteger writtenWithPapers = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(300)
        .forAll(digests)
        .checkAssert(
            digest -> {
              String written;
              try {
                written = TextIo.write(digest);
              } catch (UnwritableDigestException e) {
                assertEquals("text", e.formatName());
                assertTrue(
                    e.getMessage().startsWith("the text format cannot hold "), e.getMessage());
                refused.incrementAndGet();
                return;
              }
              assertEquals(digest, TextIo.read(written));
              if (!digest.papers().isEmpty()) {
                writtenWithPapers.incrementAndGet();
              }
            });
    assertTrue(writtenWithPapers.get() >= 50, "written with papers: " + writtenWithPapers);
    assertTrue(refused.get() >= 50, "refused: " + refused);
  }

  @Test
  void damagedDocumentsReadOrFailWithDiagnosticsInsideThem() throws IOException {
    byte[] sample = Files.readAllBytes(SampleTest.SAMPLE);
    Gen<byte[]> damaged =
        DigestGenerators.archives(DigestGenerators.textDigests())
            .flatMap(archive -> DocumentMutations.of(writeAll(archive)))
            .mix(DocumentMutations.of(sample), 30);
    assertTimeoutPreemptively(
        NO_HANG,
        () ->
            qt().withExamples(400)
                .forAll(damaged)
                .checkAssert(TextFormatPropertiesTest::readsOrFailsCleanly));
  }

  @Test
  void noisyDamagedDocumentsReadOrFailCleanly() {
    Gen<byte[]> damaged =
        DigestGenerators.archives(DigestGenerators.textDigests())
            .zip(SourceDSL.longs().all(), TextDocuments::noisy)
            .flatMap(noisy -> DocumentMutations.of(noisy.getBytes(StandardCharsets.UTF_8)));
    assertTimeoutPreemptively(
        NO_HANG,
        () ->
            qt().withExamples(200)
                .forAll(damaged)
                .checkAssert(TextFormatPropertiesTest::readsOrFailsCleanly));
  }

  @Test
  void arbitraryLinesReadOrFailCleanly() {
    assertTimeoutPreemptively(
        NO_HANG,
        () ->
            qt().withExamples(300)
                .forAll(LineSoup.documents())
                .checkAssert(TextFormatPropertiesTest::readsOrFailsCleanly));
  }

  /**
   * Reading every digest either succeeds or throws {@link DigestFormatException}, whose diagnostics
   * point inside the input (the line after the last one at most, for its end) and speak the
   * reader's language. Any other exception fails the property.
   */
  private static void readsOrFailsCleanly(byte[] document) {
    List<String> lines = LineSoup.decodedLines(document);
    try (DigestIterator digests =
        TextIo.TEXT.reader().open(new ByteArrayInputStream(document), "damaged.txt")) {
      int steps = 0;
      // A line may hold several dates glued together, each a digest of its own.
      int mostSteps = 1 + lines.stream().mapToInt(String::length).sum();
      while (digests.hasNext()) {
        steps++;
        assertTrue(steps <= mostSteps, "more steps than characters: reading does not advance");
        try {
          TextDigestAssertions.assertPapersPassTheFullCheck(digests.next());
        } catch (DigestFormatException e) {
          for (Diagnostic d : e.diagnostics()) {
            assertEquals("damaged.txt", d.source());
            assertTrue(
                d.line() >= 1 && d.line() <= lines.size() + 1, () -> "line out of range: " + d);
            String line = d.line() <= lines.size() ? lines.get((int) d.line() - 1) : "";
            int width = line.codePointCount(0, line.length());
            assertTrue(
                d.column() >= 1 && d.column() <= width + 1, () -> "column out of range: " + d);
            TextDigestAssertions.assertReadableMessage(d);
          }
        }
      }
    }
  }

  /**
   * Byte sequences that must not reach a paper as what they spell: a lone carriage return,
   * surrogates encoded on their own or as a pair (CESU-8), an overlong NUL, a cut emoji, a code
   * point past U+10FFFF; and valid characters a line may hold: U+2028, NEL, a byte-order mark.
   * Written as ISO-8859-1 text, one character a byte.
   */
  private static final List<String> HOSTILE_BYTES =
      List.of(
          "\r",
          "\u00ED\u00A0\u0080",
          "\u00ED\u00BF\u00BF",
          "\u00ED\u00A0\u00BD\u00ED\u00B8\u0080",
          "\u00C0\u0080",
          "\u00F0\u009F\u0098",
          "\u00F4\u0090\u0080\u0080",
          "\u00E2\u0080\u00A8",
          "\u00C2\u0085",
          "\u00EF\u00BB\u00BF");

  @Test
  void papersReadAroundHostileBytesKeepTheModelsRules() {
    List<byte[]> hostile =
        HOSTILE_BYTES.stream().map(bytes -> bytes.getBytes(StandardCharsets.ISO_8859_1)).toList();
    Gen<byte[]> documents =
        DigestGenerators.archives(DigestGenerators.textDigests())
            .flatMap(archive -> DocumentMutations.insertions(writeAll(archive), hostile));
    AtomicInteger papersRead = new AtomicInteger();
    qt().withExamples(200)
        .forAll(documents)
        .checkAssert(
            document ->
                forEachDigestRead(
                    document,
                    digest -> {
                      TextDigestAssertions.assertPapersPassTheFullCheck(digest);
                      papersRead.addAndGet(digest.papers().size());
                    }));
    assertTrue(papersRead.get() >= 100, "papers read: " + papersRead);
  }

  @Test
  void aDigestReadFromDamagedTextWritesAndReadsBackEqual() {
    Gen<byte[]> damaged =
        DigestGenerators.archives(DigestGenerators.textDigests())
            .flatMap(archive -> DocumentMutations.of(writeAll(archive)));
    qt().withExamples(200)
        .forAll(damaged)
        .checkAssert(
            document ->
                forEachDigestRead(
                    document,
                    digest -> {
                      TextDigestAssertions.assertPapersPassTheFullCheck(digest);
                      assertEquals(digest, TextIo.read(TextIo.write(digest)));
                    }));
  }

  /**
   * Hands each digest of {@code document} that reads to {@code check}; the digests it refuses are
   * covered by the properties above.
   */
  private static void forEachDigestRead(byte[] document, Consumer<Digest> check) {
    try (DigestIterator digests =
        TextIo.TEXT.reader().open(new ByteArrayInputStream(document), "d.txt")) {
      while (digests.hasNext()) {
        try {
          check.accept(digests.next());
        } catch (DigestFormatException expected) {
          // damaged beyond reading
        }
      }
    }
  }
}
