package dev.paperdigest.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestLocations;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.testkit.DigestGenerators;
import dev.paperdigest.testkit.DocumentMutations;
import dev.paperdigest.testkit.TextDocuments;
import dev.paperdigest.text.TextFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A reader parsing on several threads reads exactly what the sequential one reads: the same digests
 * in the same order, the same diagnostics of broken digests, the same places of digests, papers,
 * fields and list elements, the same end after a line over the limit, and the same failure, after
 * the same digests, of an input that fails.
 */
class ParallelReadTest {
  private static final long NO_FAILURE = Long.MAX_VALUE;

  @Test
  void sameAsSequentialOnLinesAtTheEdgesOfEveryClass() {
    qt().withExamples(150)
        .forAll(LineSoup.documents(), SourceDSL.integers().between(2, 4))
        .checkAssert((document, threads) -> assertSameReading(document, threads, 1 << 20));
  }

  @Test
  void sameAsSequentialOnNoisyAndDamagedArchives() {
    Gen<byte[]> noisy =
        DigestGenerators.archives(DigestGenerators.textDigests())
            .zip(SourceDSL.longs().all(), TextDocuments::noisy)
            .map(text -> text.getBytes(StandardCharsets.UTF_8));
    Gen<byte[]> documents = noisy.mix(noisy.flatMap(DocumentMutations::of), 60);
    qt().withExamples(150)
        .forAll(documents, SourceDSL.integers().between(2, 4))
        .checkAssert((document, threads) -> assertSameReading(document, threads, 1 << 20));
  }

  @Test
  void sameAsSequentialWhenALineIsOverTheLimit() {
    Gen<byte[]> archives =
        DigestGenerators.archives(DigestGenerators.textDigests())
            .zip(SourceDSL.longs().all(), TextDocuments::noisy)
            .map(text -> text.getBytes(StandardCharsets.UTF_8));
    qt().withExamples(100)
        .forAll(archives, SourceDSL.integers().between(2, 3), SourceDSL.integers().between(8, 200))
        .checkAssert(ParallelReadTest::assertSameReading);
  }

  @Test
  void sameAsSequentialWhenTheInputFails() {
    Gen<byte[]> archives =
        DigestGenerators.archives(DigestGenerators.textDigests())
            .map(digests -> TextDocuments.noisy(digests, 0))
            .map(text -> text.getBytes(StandardCharsets.UTF_8));
    qt().withExamples(100)
        .forAll(archives, SourceDSL.integers().between(2, 3), SourceDSL.longs().between(0, 4000))
        .checkAssert(
            (document, threads, failAt) ->
                assertEquals(
                    transcript(document, 1, 1 << 20, failAt),
                    transcript(document, threads, 1 << 20, failAt)));
  }

  private static void assertSameReading(byte[] document, int threads, int maxLineBytes) {
    assertEquals(
        transcript(document, 1, maxLineBytes, NO_FAILURE),
        transcript(document, threads, maxLineBytes, NO_FAILURE));
  }

  /** Everything a caller of the iterator can see, step by step. */
  private static List<String> transcript(
      byte[] document, int threads, int maxLineBytes, long failAt) {
    List<String> seen = new ArrayList<>();
    InputStream in = new FailingStream(document, failAt);
    try (DigestIterator digests =
        TextFormat.withMaxLineBytes(maxLineBytes).withThreads(threads).reader().open(in, "t.txt")) {
      while (digests.hasNext()) {
        try {
          Digest digest = digests.next();
          seen.add("digest " + digest + " at " + digests.position());
          seen.add(places(digest, digests.locations()));
        } catch (DigestFormatException e) {
          seen.add("broken at " + digests.position() + ": " + e.diagnostics());
        }
        seen.add("warnings " + digests.warnings());
      }
    } catch (UncheckedIOException e) {
      seen.add("input failed: " + e.getCause().getMessage());
    }
    return seen;
  }

  private static String places(Digest digest, DigestLocations where) {
    StringBuilder places = new StringBuilder();
    List<Paper> papers = digest.papers();
    for (int paper = 0; paper < papers.size(); paper++) {
      places.append(where.paper(paper));
      for (PaperField field : PaperField.values()) {
        places.append(' ').append(field).append(where.field(paper, field));
      }
      for (int author = 0; author < papers.get(paper).authors().size(); author++) {
        places.append(" author ").append(where.element(paper, PaperField.AUTHORS, author));
      }
      for (int tag = 0; tag < papers.get(paper).tags().size(); tag++) {
        places.append(" tag ").append(where.element(paper, PaperField.TAGS, tag));
      }
      places.append('\n');
    }
    return places.toString();
  }

  /** The document's bytes, then a failure once {@code failAt} bytes have been read. */
  private static final class FailingStream extends InputStream {
    private final ByteArrayInputStream bytes;
    private long left;

    FailingStream(byte[] document, long failAt) {
      this.bytes = new ByteArrayInputStream(document);
      this.left = failAt;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (left <= 0) {
        throw new IOException("the disk failed");
      }
      int read = bytes.read(buffer, offset, (int) Math.min(length, left));
      if (read > 0) {
        left -= read;
      }
      return read;
    }
  }
}
