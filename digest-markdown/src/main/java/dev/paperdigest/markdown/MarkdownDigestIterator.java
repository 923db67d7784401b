package dev.paperdigest.markdown;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * The digests of one Markdown input. CommonMark can only be parsed a whole document at a time, so
 * the first call to {@link #hasNext()} reads and parses the entire input; each {@link #next()} then
 * maps the blocks of one digest, from its {@code #} heading to the next.
 */
final class MarkdownDigestIterator implements DigestIterator {
  private final InputStream in;
  private final String sourceName;
  private final Parser parser;

  private boolean parsed;
  private DigestFormatException undecodable;
  private DigestNodeMapper mapper;
  private SourceLocator locator;
  private Node nextBlock;
  private SourcePosition position = SourcePosition.START;

  MarkdownDigestIterator(InputStream in, String sourceName, Parser parser) {
    this.in = in;
    this.sourceName = sourceName;
    this.parser = parser;
  }

  @Override
  public boolean hasNext() {
    parse();
    return undecodable != null || nextBlock != null;
  }

  @Override
  public Digest next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (undecodable != null) {
      DigestFormatException failure = undecodable;
      undecodable = null;
      Diagnostic at = failure.diagnostics().get(0);
      position = new SourcePosition(at.line(), at.column());
      throw failure;
    }
    Node start = nextBlock;
    nextBlock = DigestNodeMapper.nextDigest(start);
    position = locator.position(start);
    return mapper.map(start, nextBlock);
  }

  @Override
  public SourcePosition position() {
    return position;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void parse() {
    if (parsed) {
      return;
    }
    parsed = true;
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String source = decode(bytes);
    if (source == null) {
      return;
    }
    locator = new SourceLocator(source, sourceName);
    mapper = new DigestNodeMapper(locator);
    nextBlock = parser.parse(source).getFirstChild();
  }

  /** The UTF-8 text of {@code bytes} without a byte-order mark; null if it is not UTF-8. */
  private String decode(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    // The fast decoder turns bad bytes into U+FFFD; only then is a strict pass needed.
    if (text.indexOf('\uFFFD') >= 0) {
      int bad = firstMalformedByte(bytes);
      if (bad >= 0) {
        undecodable = new DigestFormatException(notUtf8(bytes, bad));
        return null;
      }
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static int firstMalformedByte(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CoderResult result = decoder.decode(input, CharBuffer.allocate(bytes.length), true);
    return result.isError() ? input.position() : -1;
  }

  private Diagnostic notUtf8(byte[] bytes, int at) {
    // Lines end as CommonMark ends them, at \n, \r\n or a lone \r, so that this line agrees with
    // the ones commonmark-java gives every other diagnostic.
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      boolean lineEnd =
          bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= at || bytes[i + 1] != '\n'));
      if (lineEnd) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < at; i++) {
      // Continuation bytes (10xxxxxx) belong to the code point before them.
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return Diagnostic.error(
        sourceName,
        line,
        column,
        String.format(
            "the input is not UTF-8: byte 0x%02X here does not belong to any character; "
                + "save the file as UTF-8",
            bytes[at] & 0xFF));
  }
}
