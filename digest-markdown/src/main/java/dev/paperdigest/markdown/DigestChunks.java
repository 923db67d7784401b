package dev.paperdigest.markdown;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.spi.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Cuts a Markdown input into chunks at digest headings and parses each chunk as a document of its
 * own, so that memory holds one digest's tree, not the archive's.
 *
 * <p>A cut is only made where parsing the whole input would give the same blocks. A line that
 * begins with {@code #} and a space, a tab or its end is a candidate: it may be a digest heading
 * ({@code # 2024-10-10}), or it may lie inside a fenced code block, an HTML block or a comment that
 * began earlier. commonmark-java decides: the text from the start of the chunk through the
 * candidate is parsed, and the cut is made only if the candidate came out as a level-1 heading at
 * the top level of that document. Block structure depends only on the lines before, and the chunk
 * begins where every block was closed (at the previous cut), so the blocks before the candidate are
 * exactly those of the whole document. The one difference left is CommonMark's link reference
 * definitions, which apply to the whole document: a definition in one chunk does not define a link
 * in another.
 *
 * <p>A candidate that turns out not to be a heading costs a parse of the chunk so far. A candidate
 * is therefore only tried while the parses wasted on the chunk add up to at most twice its length,
 * so that a code block full of {@code # comment} lines is parsed a few times over, not once per
 * line: every failed parse was allowed by a chunk at least half as long as all the waste so far, so
 * the waste stays below three times the chunk, and reading stays linear in the input. In the usual
 * case, a few such lines, the next real heading is still cut at.
 */
final class DigestChunks {
  /**
   * A parsed piece of the input.
   *
   * @param text the piece's text
   * @param document its blocks, without the heading that begins the next chunk
   * @param firstLine the line of the input the piece begins on, from 1
   * @param malformed the bytes of the piece that are not UTF-8, in input order
   */
  record Chunk(String text, Node document, long firstLine, List<Diagnostic> malformed) {}

  /** The largest array the JVM allocates. */
  private static final int MAX_BUFFER = Integer.MAX_VALUE - 8;

  private final InputStream in;
  private final Parser parser;
  private final String sourceName;

  private byte[] bytes = new byte[1 << 16];

  /** The chunk being gathered is bytes[start, scanned); bytes[scanned, filled) are read ahead. */
  private int start;

  private int scanned;
  private int filled;

  /** How far the line at {@code scanned} has been searched for its end. */
  private int searched;

  private boolean began;
  private boolean ended;
  private long firstLine = 1;
  private int lines;

  /** The length of the parses of this chunk that found no heading at their last line. */
  private long wasted;

  /**
   * Chunks of {@code in}, which is read as the chunks are asked for and closed at its end.
   *
   * @param parser parses each chunk
   * @param sourceName the name diagnostics give the input
   */
  DigestChunks(InputStream in, Parser parser, String sourceName) {
    this.in = in;
    this.parser = parser;
    this.sourceName = sourceName;
  }

  /**
   * The next chunk of the input.
   *
   * @return the chunk, or null at the end of the input
   * @throws IOException if reading fails
   */
  Chunk next() throws IOException {
    if (!began) {
      began = true;
      skipByteOrderMark();
    }
    while (true) {
      int end = lineEnd();
      if (end < 0) {
        if (!ended) {
          fill();
          continue;
        }
        return start == filled ? null : cut(filled, filled);
      }
      if (scanned > start && wasted <= 2L * (end - start) && isCandidate(scanned, end)) {
        Chunk chunk = cut(scanned, end);
        if (chunk != null) {
          return chunk;
        }
      }
      scanned = end;
      searched = end;
      lines++;
    }
  }

  /**
   * Parses bytes[start, through) and returns it as a chunk that ends at {@code at}, where the
   * candidate heading line bytes[at, through) begins; null if that line is not a heading.
   */
  private Chunk cut(int at, int through) {
    String text = new String(bytes, start, through - start, StandardCharsets.UTF_8);
    Node document = parser.parse(text);
    if (at < through) {
      Node last = document.getLastChild();
      if (!(last instanceof Heading
          && ((Heading) last).getLevel() == MarkdownLayout.DIGEST_HEADING_LEVEL
          && last.getSourceSpans().get(0).getLineIndex() == lines)) {
        wasted += through - start;
        return null;
      }
      // The heading is parsed again as the first line of the next chunk.
      last.unlink();
    }
    // A decoder replaces what is not UTF-8 with U+FFFD; only then is a strict check worth making.
    List<Diagnostic> malformed =
        text.indexOf('\uFFFD') < 0 ? List.of() : malformed(start, at, firstLine);
    Chunk chunk = new Chunk(text, document, firstLine, malformed);
    firstLine += lines;
    lines = 0;
    start = at;
    scanned = at;
    searched = at;
    wasted = 0;
    return chunk;
  }

  /** Whether the line bytes[from, to) begins with {@code #} and a space, a tab or its end. */
  private boolean isCandidate(int from, int to) {
    if (bytes[from] != '#') {
      return false;
    }
    if (from + 1 == to) {
      return true;
    }
    byte next = bytes[from + 1];
    return next == ' ' || next == '\t' || next == '\n' || next == '\r';
  }

  /**
   * Where the line at {@code scanned} ends, after its line end ({@code \n}, {@code \r\n} or a lone
   * {@code \r}, as CommonMark counts lines); -1 when more input is needed, or at the end of input.
   */
  private int lineEnd() {
    for (int i = searched; i < filled; i++) {
      byte b = bytes[i];
      if (b == '\n') {
        return i + 1;
      }
      if (b == '\r') {
        if (i + 1 < filled) {
          return bytes[i + 1] == '\n' ? i + 2 : i + 1;
        }
        searched = i;
        return ended ? i + 1 : -1;
      }
    }
    searched = filled;
    return ended && scanned < filled ? filled : -1;
  }

  /** Reads more input, making room first by dropping what earlier chunks left or by growing. */
  private void fill() throws IOException {
    if (filled == bytes.length) {
      if (start >= bytes.length / 2) {
        System.arraycopy(bytes, start, bytes, 0, filled - start);
        scanned -= start;
        searched -= start;
        filled -= start;
        start = 0;
      } else if (bytes.length == MAX_BUFFER) {
        throw new OutOfMemoryError(
            "a Markdown digest of more than " + MAX_BUFFER + " bytes does not fit in an array");
      } else {
        bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_BUFFER, 2L * bytes.length));
      }
    }
    int read = in.read(bytes, filled, bytes.length - filled);
    if (read < 0) {
      ended = true;
      // The input is released as soon as it is used up, not when the iterator is closed.
      in.close();
    } else {
      filled += read;
    }
  }

  private void skipByteOrderMark() throws IOException {
    while (filled < 3 && !ended) {
      fill();
    }
    if (filled >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
      scanned = 3;
      searched = 3;
    }
  }

  /**
   * An error for the first sequence of bytes[from, to) that is not UTF-8 on each line, counting
   * lines as CommonMark does from {@code line} on.
   */
  private List<Diagnostic> malformed(int from, int to, long line) {
    List<Diagnostic> found = new ArrayList<>();
    int lineStart = from;
    int reportedLineStart = -1;
    int i = from;
    while (i < to) {
      int bad = Utf8.indexOfMalformed(bytes, i, to);
      if (bad < 0) {
        break;
      }
      for (; i < bad; i++) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= to || bytes[i + 1] != '\n'))) {
          line++;
          lineStart = i + 1;
        }
      }
      // A file in another encoding has bad bytes all over: one error per line is enough.
      if (lineStart != reportedLineStart) {
        reportedLineStart = lineStart;
        found.add(
            Diagnostic.error(
                sourceName,
                line,
                Utf8.countCodePoints(bytes, lineStart, bad) + 1,
                Utf8.describeMalformed(bytes, bad, to)));
      }
      i = bad + Utf8.malformedLength(bytes, bad, to);
    }
    return found;
  }
}
