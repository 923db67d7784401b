package dev.paperdigest.markdown;

import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestReader;
import java.io.InputStream;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads digests from Markdown in the layout {@link MarkdownDigestWriter} writes, parsing it with
 * commonmark-java and mapping the document tree back to the model: no Markdown is parsed by hand.
 * Reached through {@link MarkdownFormat#reader()}.
 *
 * <p>Any Markdown that parses to the same tree reads the same, however it is spelled: {@code
 * _Name_} for {@code *Name*}, a setext heading for an ATX one, {@code &#42;} for {@code \*}. The
 * input is cut at its digest headings and parsed a digest at a time ({@link DigestChunks}), so an
 * archive streams in the memory of its largest digest.
 */
final class MarkdownDigestReader implements DigestReader {
  // Spans of blocks place every diagnostic; those of inline nodes would slow every parse by about a
  // third, so SourceLocator gets them only for a block that has a problem.
  private final Parser parser;
  private final Parser inlineParser;

  MarkdownDigestReader() {
    this(Parser.builder());
  }

  /**
   * A reader whose parsers are built from {@code parsers}, for tests that watch them at work (with
   * a post-processor that counts parses, say).
   */
  MarkdownDigestReader(Parser.Builder parsers) {
    this.parser = parsers.includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    this.inlineParser = parsers.includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
  }

  @Override
  public DigestIterator open(InputStream in, String sourceName) {
    return new MarkdownDigestIterator(in, sourceName, parser, inlineParser);
  }
}
