package dev.paperdigest.jackson;

import dev.paperdigest.core.SourcePosition;
import dev.paperdigest.core.spi.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Passes bytes through unchanged and keeps the most recent of them, so that a byte offset in the
 * input can be turned into the line and the column in code points that diagnostics promise. Lines
 * and columns are counted here, in 64 bits, rather than taken from Jackson, whose {@code int}
 * column wraps on a line longer than 2 GiB and who counts bytes, not code points; lines end as
 * Jackson ends them, at LF, CR or CRLF. Jackson's count serves only to skip (below).
 *
 * <p>A cursor remembers the last position asked for and moves forward only, so that each byte is
 * counted once however long its line: places must be asked for in input order, as a reader meets
 * them. Jackson reads ahead, so a place lies somewhat behind the bytes read so far; the last
 * {@value #WINDOW} bytes are kept, far more than Jackson's read-ahead, and the cursor counts bytes
 * that are about to leave the window before they go. Given the line and byte column Jackson counted
 * for a place, the cursor skips to the start of that line instead of passing the bytes before it.
 */
final class RecentBytesInputStream extends InputStream {
  private final InputStream in;

  static final int WINDOW = 1 << 16;
  private static final int MASK = WINDOW - 1;

  private final byte[] window = new byte[WINDOW];
  private final byte[] single = new byte[1];

  /** Bytes passed through so far. */
  private long total;

  /** The last position asked for; it never falls behind the window. */
  private final Cursor cursor = new Cursor();

  RecentBytesInputStream(InputStream in) {
    this.in = in;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      single[0] = (byte) b;
      append(single, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      append(b, off, n);
    }
    return n;
  }

  /**
   * The line and column of the character at {@code offset}: Jackson may place an error on any byte
   * of a multi-byte character, and the column is the character's own.
   *
   * @param offset a byte offset from the start of the input, not before the last one asked for
   * @return the position, or {@code null} when {@code offset} lies before the last position asked
   *     for (or the bytes kept) or after those read
   */
  SourcePosition positionOf(long offset) {
    if (offset < cursor.offset || offset > total) {
      return null;
    }
    passRing(offset);
    long column = cursor.column;
    if (offset < total && isContinuation(window[(int) (offset & MASK)])) {
      column--;
    }
    return new SourcePosition(cursor.line, column);
  }

  /**
   * The position of {@code offset}, as {@link #positionOf(long)} gives it, helped by the line and
   * the byte column the parser counted for it. Jackson counts line ends between tokens; it refuses
   * one inside a string on meeting it, so every line end before the start of the line it reports
   * has been counted. When that line is ahead of the cursor, the cursor skips to its start instead
   * of passing every byte before it: the strings between two places, most of a pretty-printed
   * input, are then not counted, unless they outgrow the window. Otherwise (the same line, a line
   * number or column that wrapped in Jackson's {@code int}) the cursor passes the bytes as {@link
   * #positionOf(long)} does.
   *
   * @param offset a byte offset from the start of the input, not before the last one asked for
   * @param parserLine the parser's line of {@code offset}
   * @param parserColumn the parser's column of {@code offset}, in bytes from 1
   * @return the position, or {@code null} as for {@link #positionOf(long)}
   */
  SourcePosition positionOf(long offset, int parserLine, int parserColumn) {
    long lineStart = offset - (parserColumn - 1L);
    if (parserLine > cursor.line
        && parserColumn >= 1
        && lineStart > cursor.offset
        && offset <= total) {
      cursor.skipTo(lineStart, parserLine);
    }
    return positionOf(offset);
  }

  /**
   * The first line of the input that holds more than spaces, tabs and line ends, as long as the
   * start of the input is still kept: for a message about what the input looks like.
   *
   * @return the line, or {@code null}
   */
  String firstLine() {
    if (total > WINDOW) {
      return null;
    }
    int from = 0;
    while (from < total) {
      int to = from;
      boolean blank = true;
      while (to < total && window[to] != '\n' && window[to] != '\r') {
        blank &= window[to] == ' ' || window[to] == '\t';
        to++;
      }
      if (!blank) {
        return new String(window, from, Math.min(to - from, 240), StandardCharsets.UTF_8);
      }
      from = to + 1;
    }
    return null;
  }

  private void append(byte[] b, int off, int n) {
    long end = total + n;
    long keepFrom = Math.max(0, end - WINDOW);
    // The cursor counts the bytes that leave the window: those kept so far, then any of b that
    // will not fit.
    passRing(Math.min(keepFrom, total));
    if (cursor.offset < keepFrom) {
      cursor.pass(b, off + (int) (cursor.offset - total), off + (int) (keepFrom - total));
    }
    long from = Math.max(total, keepFrom);
    int src = off + (int) (from - total);
    for (long pos = from; pos < end; ) {
      int at = (int) (pos & MASK);
      int len = (int) Math.min(WINDOW - at, end - pos);
      System.arraycopy(b, src, window, at, len);
      src += len;
      pos += len;
    }
    total = end;
  }

  /** Moves the cursor over the kept bytes up to {@code offset}, if it is not there already. */
  private void passRing(long offset) {
    while (cursor.offset < offset) {
      int at = (int) (cursor.offset & MASK);
      int len = (int) Math.min(WINDOW - at, offset - cursor.offset);
      cursor.pass(window, at, at + len);
    }
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /** A position in the input: its offset, line and column, moved forward over bytes. */
  private static final class Cursor {
    /**
     * Reads eight bytes at once. Every byte of the input passes the cursor, so its loop is the
     * reader's largest cost of its own: a word is tested for line ends with a few bit operations
     * instead of eight tests, and the characters of the column are counted only after the last line
     * end passed (docs/performance.md).
     */
    private static final VarHandle WORDS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long ONES = 0x0101010101010101L;
    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** LF and CR lie below 0x0E. */
    private static final long BELOW_LINE_ENDS = 0x0E * ONES;

    long offset;
    long line = 1;
    long column = 1;
    boolean afterCarriageReturn;

    /** Moves to the start of a line, the count of lines known from elsewhere. */
    void skipTo(long lineStart, long lineNumber) {
      offset = lineStart;
      line = lineNumber;
      column = 1;
      // A line that ends at a CR is followed by no LF (CRLF ends it after the LF), so the line's
      // first byte cannot complete a CRLF.
      afterCarriageReturn = false;
    }

    void pass(byte[] bytes, int from, int to) {
      long lines = line;
      boolean afterCr = afterCarriageReturn;
      // Where the last line that began in bytes[from, to) begins, or -1.
      int lineStart = -1;
      int i = from;
      while (i < to) {
        for (; i <= to - Long.BYTES; i += Long.BYTES) {
          long word = (long) WORDS.get(bytes, i);
          // Exact: non-zero when a byte of the word is below 0x0E (~word rules out those of 0x80
          // and up), which most words are not.
          if (((word - BELOW_LINE_ENDS) & ~word & HIGH_BITS) != 0) {
            if (bytesEqualTo(word, '\r') != 0) {
              break;
            }
            long lineFeeds = bytesEqualTo(word, '\n');
            if (lineFeeds != 0) {
              // The first byte is the lowest (little-endian); an LF right after a CR ends no line.
              lines += Long.bitCount(lineFeeds) - (afterCr && (lineFeeds & 0x80) != 0 ? 1 : 0);
              lineStart = i + (64 - Long.numberOfLeadingZeros(lineFeeds)) / 8;
            }
          }
          afterCr = false;
        }
        // A word with a CR, or the last bytes: one by one.
        for (int end = Math.min(to, i + Long.BYTES); i < end; i++) {
          byte b = bytes[i];
          if (b == '\n') {
            lines += afterCr ? 0 : 1;
            lineStart = i + 1;
          } else if (b == '\r') {
            lines++;
            lineStart = i + 1;
          }
          afterCr = b == '\r';
        }
      }
      column =
          lineStart < 0
              ? column + Utf8.countCodePoints(bytes, from, to)
              : 1 + Utf8.countCodePoints(bytes, lineStart, to);
      line = lines;
      afterCarriageReturn = afterCr;
      offset += to - from;
    }

    /** The high bit of each byte of {@code word} that equals {@code b}, and no other bit. */
    private static long bytesEqualTo(long word, int b) {
      long differences = word ^ (b * ONES);
      return ~(((differences & LOW_BITS) + LOW_BITS) | differences | LOW_BITS);
    }
  }
}
