package dev.paperdigest.markdown;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.SourcePosition;
import dev.paperdigest.core.spi.AbstractDigestIterator;
import dev.paperdigest.core.spi.ProblemList;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * The digests of one Markdown input, read chunk by chunk ({@link DigestChunks}): each chunk is
 * parsed when the first of its digests is asked for, and each {@link #next()} maps the blocks of
 * one digest, from its {@code #} heading to the next.
 */
final class MarkdownDigestIterator extends AbstractDigestIterator {
  private final InputStream in;
  private final DigestChunks chunks;
  private final Parser inlineParser;

  private SourceLocator locator;
  private Node nextBlock;
  private List<Diagnostic> malformed = List.of();
  private int malformedReported;

  MarkdownDigestIterator(InputStream in, String sourceName, Parser parser, Parser inlineParser) {
    super(sourceName);
    this.in = in;
    this.chunks = new DigestChunks(in, parser, sourceName);
    this.inlineParser = inlineParser;
  }

  @Override
  protected Digest readNext() throws IOException {
    while (nextBlock == null) {
      DigestChunks.Chunk chunk = chunks.next();
      if (chunk == null) {
        return null;
      }
      locator = new SourceLocator(chunk.text(), chunk.firstLine(), inlineParser);
      nextBlock = chunk.document().getFirstChild();
      malformed = chunk.malformed();
      malformedReported = 0;
    }
    Node start = nextBlock;
    nextBlock = DigestNodeMapper.nextDigest(start);
    SourcePosition at = locator.position(start);
    beginsAt(at.line(), at.column());
    ProblemList problems = new ProblemList(sourceName());
    long nextLine = nextBlock == null ? Long.MAX_VALUE : locator.position(nextBlock).line();
    while (malformedReported < malformed.size()
        && malformed.get(malformedReported).line() < nextLine) {
      problems.add(malformed.get(malformedReported++));
    }
    return new DigestNodeMapper(locator, problems, recorder(), this::warn).map(start, nextBlock);
  }

  @Override
  protected void closeInput() throws IOException {
    in.close();
  }
}
