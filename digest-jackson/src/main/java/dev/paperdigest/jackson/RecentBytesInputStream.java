package dev.paperdigest.jackson;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through unchanged and keeps the most recent of them, so that a column Jackson counts
 * in UTF-8 bytes can be turned into the column in code points that diagnostics promise.
 *
 * <p>Jackson reads ahead, so the position of an error lies somewhat behind the bytes read so far;
 * the last {@value #WINDOW} bytes are kept. For the line on which the kept bytes begin, the number
 * of code points before them is carried along: when bytes leave the window, only the part after
 * their last line break is counted, which in pretty-printed JSON is a few bytes. So any position
 * within the window gets its exact column, however long its line. A position older than the window
 * (an error reported at the start of a value more than {@value #WINDOW} bytes long) keeps Jackson's
 * byte count.
 */
final class RecentBytesInputStream extends FilterInputStream {
  static final int WINDOW = 1 << 16;
  private static final int MASK = WINDOW - 1;

  private final byte[] window = new byte[WINDOW];
  private final byte[] single = new byte[1];

  /** Bytes passed through so far. */
  private long total;

  /** Where the line holding the window's first byte starts. */
  private long lineStartBeforeWindow;

  /** Code points from {@link #lineStartBeforeWindow} to the window's first byte. */
  private long codePointsBeforeWindow;

  RecentBytesInputStream(InputStream in) {
    super(in);
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

  @Override
  public long skip(long n) throws IOException {
    byte[] discard = new byte[(int) Math.min(n, 8192)];
    int read = read(discard, 0, discard.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {
    // Not supported: every byte must pass through append() exactly once.
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  /**
   * The column, in code points from 1, of the position {@code byteOffset} whose column Jackson gave
   * in bytes as {@code byteColumn}.
   */
  int codePointColumn(long byteOffset, int byteColumn) {
    long lineStart = byteOffset - (byteColumn - 1);
    long windowStart = Math.max(0, total - WINDOW);
    if (byteOffset < windowStart || byteOffset > total || lineStart < 0) {
      return byteColumn;
    }
    if (lineStart >= windowStart) {
      return 1 + countInWindow(lineStart, byteOffset);
    }
    if (lineStart != lineStartBeforeWindow) {
      return byteColumn;
    }
    return Math.toIntExact(1 + codePointsBeforeWindow + countInWindow(windowStart, byteOffset));
  }

  private void append(byte[] b, int off, int n) {
    long end = total + n;
    long keepFrom = Math.max(0, end - WINDOW);
    long windowStart = Math.max(0, total - WINDOW);
    long evictRingTo = Math.min(keepFrom, total);
    for (long pos = windowStart; pos < evictRingTo; ) {
      int at = (int) (pos & MASK);
      int len = (int) Math.min(WINDOW - at, evictRingTo - pos);
      leaveWindow(window, at, len, pos);
      pos += len;
    }
    if (keepFrom > total) {
      leaveWindow(b, off, (int) (keepFrom - total), total);
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

  /**
   * Accounts for {@code bytes[from, from + len)}, at {@code offset} of the input, leaving the
   * window.
   */
  private void leaveWindow(byte[] bytes, int from, int len, long offset) {
    for (int i = from + len - 1; i >= from; i--) {
      if (bytes[i] == '\n' || bytes[i] == '\r') {
        lineStartBeforeWindow = offset + (i - from) + 1;
        codePointsBeforeWindow = countCodePoints(bytes, i + 1, from + len);
        return;
      }
    }
    codePointsBeforeWindow += countCodePoints(bytes, from, from + len);
  }

  private int countInWindow(long from, long to) {
    int count = 0;
    for (long pos = from; pos < to; pos++) {
      if (!isContinuation(window[(int) (pos & MASK)])) {
        count++;
      }
    }
    return count;
  }

  /** Code points in UTF-8 {@code bytes[from, to)}: every byte but the continuation bytes. */
  static int countCodePoints(byte[] bytes, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (!isContinuation(bytes[i])) {
        count++;
      }
    }
    return count;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
