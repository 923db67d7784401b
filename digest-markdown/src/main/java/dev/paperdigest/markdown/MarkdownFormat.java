package dev.paperdigest.markdown;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import java.util.List;

/**
 * The {@code markdown} format ({@code .md}, {@code .markdown}): digests as CommonMark pages that
 * people read on GitHub or a static site, and that read back into exactly the digests written.
 * Having this module on the class path registers it with {@link
 * dev.paperdigest.core.DigestFormats}:
 *
 * <pre>{@code
 * DigestFormat markdown = DigestFormats.load().byName("markdown").orElseThrow();
 * try (OutputStream out = Files.newOutputStream(Path.of("2024-10-10.md"))) {
 *   markdown.writer().write(digest, out);
 * }
 * Digest same = markdown.reader().read(Path.of("2024-10-10.md"));   // equals digest
 * }</pre>
 *
 * <p>The layout and its escaping are described on {@link MarkdownDigestWriter} and in
 * docs/markdown.md.
 */
public final class MarkdownFormat implements DigestFormat {
  static final String NAME = "markdown";

  /** The format; its reader's parser is built on first use, not here. */
  public MarkdownFormat() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> extensions() {
    return List.of(".md", ".markdown");
  }

  @Override
  public DigestReader reader() {
    return Shared.READER;
  }

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
