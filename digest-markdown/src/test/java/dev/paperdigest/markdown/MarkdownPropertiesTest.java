package dev.paperdigest.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.core.Paper;
import dev.paperdigest.testkit.DigestGenerators;
import dev.paperdigest.testkit.DocumentMutations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Properties over the shared adversarial generators. */
class MarkdownPropertiesTest {
  private static final int EXAMPLES = 200;

  private final DigestReader reader = new MarkdownFormat().reader();
  private final DigestWriter writer = new MarkdownFormat().writer();

  /** U+0000 is the one code point Markdown cannot carry; the writer refuses it (tested apart). */
  static boolean writable(List<Digest> archive) {
    return archive.stream()
        .flatMap(d -> d.papers().stream())
        .noneMatch(MarkdownPropertiesTest::hasNul);
  }

  private static boolean hasNul(Paper paper) {
    return Stream.of(
            Stream.of(paper.title()),
            paper.authors().stream(),
            paper.abstractText().stream(),
            paper.comment().stream(),
            paper.translation().stream(),
            paper.tags().stream())
        .flatMap(s -> s)
        .anyMatch(text -> text.indexOf('\0') >= 0);
  }

  @Test
  void readsBackEveryDigestItWrites() {
    qt().withExamples(EXAMPLES)
        .forAll(DigestGenerators.digests())
        .assuming(digest -> writable(List.of(digest)))
        .checkAssert(digest -> assertEquals(digest, reader.read(writer.writeAsString(digest))));
  }

  @Test
  void readsBackEveryArchiveItWrites() {
    qt().withExamples(EXAMPLES / 2)
        .forAll(DigestGenerators.archives(DigestGenerators.digests()))
        .assuming(MarkdownPropertiesTest::writable)
        .checkAssert(
            archive -> assertEquals(archive, reader.readAll(writer.writeAllAsString(archive))));
  }

  @Test
  void rewritingWhatItWroteChangesNothing() {
    qt().withExamples(EXAMPLES / 2)
        .forAll(DigestGenerators.archives(DigestGenerators.digests()))
        .assuming(MarkdownPropertiesTest::writable)
        .checkAssert(
            archive -> {
              String markdown = writer.writeAllAsString(archive);
              assertEquals(markdown, writer.writeAllAsString(reader.readAll(markdown)));
            });
  }

  @Test
  void rendersEveryTitleAsAHeadingAndEveryFieldAsItsOwnText() {
    qt().withExamples(EXAMPLES)
        .forAll(DigestGenerators.archives(DigestGenerators.digests()))
        .assuming(MarkdownPropertiesTest::writable)
        .checkAssert(
            archive -> {
              String markdown = writer.writeAllAsString(archive);
              assertEquals(RenderedPage.expected(archive), RenderedPage.render(markdown), markdown);
              assertEquals(0, RenderedPage.bareDollars(markdown), markdown);
            });
  }

  @Test
  void carriesCanonicalTextThroughMarkdownByteForByte() {
    DigestFormat text = DigestFormats.load().byName("text").orElseThrow();
    qt().withExamples(EXAMPLES)
        .forAll(DigestGenerators.archives(DigestGenerators.textDigests()))
        .checkAssert(
            archive -> {
              String canonical = text.writer().writeAllAsString(archive);
              List<Digest> fromText = text.reader().readAll(canonical);
              String markdown = writer.writeAllAsString(fromText);
              assertEquals(
                  canonical, text.writer().writeAllAsString(reader.readAll(markdown)), markdown);
            });
  }

  @Test
  void readsDamagedMarkdownOrFailsWithDiagnosticsInsideIt() throws IOException {
    DigestFormat text = DigestFormats.load().byName("text").orElseThrow();
    byte[] sample =
        writer
            .writeAsString(text.reader().read(Path.of("../examples/2024-10-10.txt")))
            .getBytes(StandardCharsets.UTF_8);
    qt().withExamples(EXAMPLES)
        .forAll(DocumentMutations.of(sample))
        .checkAssert(
            damaged -> {
              try {
                reader.readAll(new ByteArrayInputStream(damaged), "damaged.md");
              } catch (DigestFormatException e) {
                long lines = new String(damaged, StandardCharsets.UTF_8).lines().count();
                for (Diagnostic d : e.diagnostics()) {
                  assertEquals("damaged.md", d.source());
                  assertTrue(
                      d.line() <= lines + 1, () -> d + " lies beyond the " + lines + " lines");
                }
              } catch (IOException e) {
                throw new AssertionError("reading from memory cannot fail", e);
              }
            });
  }
}
