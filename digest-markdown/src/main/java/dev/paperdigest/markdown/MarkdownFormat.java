package dev.paperdigest.markdown;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import java.util.List;

/**
 * The {@code markdown} format ({@code .md}, {@code .markdown}): digests as CommonMark pages that
 * people read on GitHub or a static site, and that read back into exactly the digests written.
 * Having this module on the class path or the module path registers it with {@link
 * dev.paperdigest.core.DigestFormats}:
 *
 * <pre>{@code
 * DigestFormat markdown = DigestFormats.load().byName("markdown").orElseThrow();
 * try (OutputStream out = Files.newOutputStream(Path.of("2024-10-10.md"))) {
 *   markdown.writer().write(digest, out);
 * }
 * Digest same = markdown.reader().read(Path.of("2024-10-10.md"));   // equals digest
 * try (DigestIterator archive = markdown.reader().open(Path.of("october.md"))) {
 *   archive.forEachRemaining(System.out::println);   // one digest in memory at a time
 * }
 * }</pre>
 *
 * <p><a
 * href="https://github.com/paperdigest/paperdigest/blob/main/docs/markdown.md">docs/markdown.md</a>
 * describes the layout, its escaping, what the reader accepts, refuses and warns about, and how an
 * archive is cut into digests.
 */
public final class MarkdownFormat implements DigestFormat {
  static final String NAME = "markdown";

  /** The format; its reader's parser is built on first use, not here. */
  public MarkdownFormat() {}

  /**
   * The format's name.
   *
   * @return {@code markdown}
   */
  @Override
  public String name() {
    return NAME;
  }

  /**
   * The file extensions of the format.
   *
   * @return {@code .md} and {@code .markdown}
   */
  @Override
  public List<String> extensions() {
    return List.of(".md", ".markdown");
  }

  /**
   * The reader, shared by every caller and thread. It reads an archive digest by digest: the input
   * is cut at its {@code # YYYY-MM-DD} headings and each digest is parsed on its own.
   *
   * @return the reader
   */
  @Override
  public DigestReader reader() {
    return Shared.READER;
  }

  /**
   * The writer, shared by every caller and thread. It refuses, with an {@link
   * dev.paperdigest.core.UnwritableDigestException}, a digest holding U+0000 or dated outside the
   * years 0 to 9999.
   *
   * @return the writer
   */
  @Override
  public DigestWriter writer() {
    return Shared.WRITER;
  }

  /** Holds the shared reader and writer, created when first asked for rather than at loading. */
  private static final class Shared {
    static final MarkdownDigestReader READER = new MarkdownDigestReader();
    static final MarkdownDigestWriter WRITER = new MarkdownDigestWriter();
  }
}
