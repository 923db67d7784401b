package dev.paperdigest.markdown;

import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestReader;
import java.io.InputStream;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads digests from Markdown in the layout {@link MarkdownDigestWriter} writes, parsing it with
 * commonmark-java and mapping the document tree back to the model: no Markdown is parsed by hand.
 *
 * <pre>{@code
 * DigestReader markdown = new MarkdownDigestReader();   // or MarkdownFormat's reader()
 * Digest digest = markdown.read(Path.of("2024-10-10.md"));
 * List<Digest> archive = markdown.readAll(Path.of("october.md"));
 * }</pre>
 *
 * <p>Any Markdown that parses to the same tree reads the same, however it is spelled: {@code
 * _Name_} for {@code *Name*}, a setext heading for an ATX one, {@code &#42;} for {@code \*}. A
 * document that does not follow the layout fails with a {@link
 * dev.paperdigest.core.DigestFormatException} whose diagnostics give the line and column of each
 * problem; every problem in a digest is reported, and reading goes on with the next {@code #}
 * heading.
 *
 * <p>Reading starts by parsing the whole input, which CommonMark requires: an archive is held in
 * memory as one document tree, from which digests are then mapped one at a time.
 */
public final class MarkdownDigestReader implements DigestReader {
  // Spans of blocks place every diagnostic; those of inline nodes would slow every parse by about a
  // third, so SourceLocator gets them only for a block that has a problem.
  private final Parser parser =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  /** A reader; build it once and reuse it, from any thread. */
  public MarkdownDigestReader() {}

  @Override
  public DigestIterator open(InputStream in, String sourceName) {
    return new MarkdownDigestIterator(in, sourceName, parser);
  }
}
