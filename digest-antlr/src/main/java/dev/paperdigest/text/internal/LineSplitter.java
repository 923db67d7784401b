package dev.paperdigest.text.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Cuts input into lines at {@code \n}, {@code \r\n} and lone {@code \r}, in the raw bytes: a line
 * end is ASCII, so it is found without decoding. A byte-order mark at the very start is dropped.
 * Lines are numbered in 64 bits from 1, and empty lines are counted without being returned, eight
 * at a time where the input is a run of {@code \n}.
 *
 * <p>The current line is a range of {@link #bytes()}, valid until the next call to {@link #next()}.
 * The buffer holds one line, and grows to the longest line of the input but never beyond the limit:
 * a longer line ends reading with {@link LineTooLongException}.
 */
final class LineSplitter {
  private static final int INITIAL_BUFFER = 1 << 16;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LINE_FEEDS = LOW_BITS * '\n';
  private static final long CARRIAGE_RETURNS = LOW_BITS * '\r';

  private final InputStream in;
  private final long maxLineBytes;

  /** The buffer's largest size: the longest line accepted and the byte that shows it ends. */
  private final int maxBuffer;

  private byte[] buffer;
  private int position;
  private int limit;
  private boolean endOfInput;
  private boolean started;

  /** The last line ended with {@code \r}: a {@code \n} right after it completes that line end. */
  private boolean afterCarriageReturn;

  /** Line ends seen so far; the line being read is this plus one. */
  private long lineEnds;

  private int lineStart;
  private int lineEnd;
  private boolean lineAscii;
  private long lineNumber;

  /**
   * Lines of {@code in}.
   *
   * @param maxLineBytes the longest line accepted, in bytes without the line end
   */
  LineSplitter(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.maxBuffer = (int) Math.max(INITIAL_BUFFER, maxLineBytes + 1);
    this.buffer = new byte[INITIAL_BUFFER];
  }

  /**
   * Moves to the next line that is not empty.
   *
   * @return {@code false} at the end of the input
   * @throws LineTooLongException when the line is longer than the limit
   */
  boolean next() throws IOException {
    if (!started) {
      started = true;
      skipByteOrderMark();
    }
    if (!skipEmptyLines()) {
      return false;
    }
    int scan = position;
    // The bytes of the line or'ed together: a high bit is set when one of them is not ASCII.
    long bits = 0;
    while (true) {
      // Eight bytes at a time up to the word that holds a line end, then byte by byte.
      for (; scan + Long.BYTES <= limit; scan += Long.BYTES) {
        long word = (long) LONGS.get(buffer, scan);
        if (hasZeroByte(word ^ LINE_FEEDS) || hasZeroByte(word ^ CARRIAGE_RETURNS)) {
          break;
        }
        bits |= word;
      }
      for (; scan < limit; scan++) {
        byte b = buffer[scan];
        bits |= b;
        if (b == '\n' || b == '\r') {
          takeLine(scan, (bits & HIGH_BITS) == 0);
          position = scan + 1;
          afterCarriageReturn = b == '\r';
          lineEnds++;
          return true;
        }
      }
      int scanned = scan - position;
      if (scanned > maxLineBytes) {
        throw new LineTooLongException(lineEnds + 1, maxLineBytes);
      }
      if (!fill()) {
        takeLine(limit, (bits & HIGH_BITS) == 0);
        position = limit;
        return true;
      }
      scan = position + scanned;
    }
  }

  /** The buffer that holds the current line. */
  byte[] bytes() {
    return buffer;
  }

  /** Where the current line begins in {@link #bytes()}. */
  int start() {
    return lineStart;
  }

  /** Where the current line ends in {@link #bytes()}, before its line end. */
  int end() {
    return lineEnd;
  }

  /** Whether the current line is ASCII only. */
  boolean isAscii() {
    return lineAscii;
  }

  /** The number of the current line, from 1. */
  long number() {
    return lineNumber;
  }

  /** The number the line after the last line end has: where the end of the input is. */
  long endLine() {
    return lineEnds + 1;
  }

  /**
   * Counts the empty lines at the position and the {@code \n} that completes a {@code \r\n}.
   *
   * @return {@code false} at the end of the input, {@code true} at the first byte of a line
   */
  private boolean skipEmptyLines() throws IOException {
    while (true) {
      if (position == limit && !fill()) {
        return false;
      }
      // A word of eight line feeds is eight empty lines, unless its first completes a \r\n.
      while (!afterCarriageReturn
          && position + Long.BYTES <= limit
          && (long) LONGS.get(buffer, position) == LINE_FEEDS) {
        position += Long.BYTES;
        lineEnds += Long.BYTES;
      }
      if (position == limit) {
        continue;
      }
      byte b = buffer[position];
      if (b == '\n') {
        position++;
        if (!afterCarriageReturn) {
          lineEnds++;
        }
        afterCarriageReturn = false;
      } else if (b == '\r') {
        position++;
        lineEnds++;
        afterCarriageReturn = true;
      } else {
        afterCarriageReturn = false;
        return true;
      }
    }
  }

  private void skipByteOrderMark() throws IOException {
    while (limit - position < 3 && fill()) {
      // keep reading: a stream may deliver fewer bytes than asked
    }
    if (limit - position >= 3
        && buffer[position] == (byte) 0xEF
        && buffer[position + 1] == (byte) 0xBB
        && buffer[position + 2] == (byte) 0xBF) {
      position += 3;
    }
  }

  /** Whether one of the eight bytes of {@code word} is zero. */
  private static boolean hasZeroByte(long word) {
    return ((word - LOW_BITS) & ~word & HIGH_BITS) != 0;
  }

  private void takeLine(int end, boolean ascii) {
    if (end - position > maxLineBytes) {
      throw new LineTooLongException(lineEnds + 1, maxLineBytes);
    }
    lineStart = position;
    lineEnd = end;
    lineAscii = ascii;
    lineNumber = lineEnds + 1;
  }

  /**
   * Reads more input behind what is buffered, moving the unread bytes to the front of the buffer,
   * or into a larger one when a single line fills it. {@code false} at the end of the input.
   */
  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    int unread = limit - position;
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, unread);
    } else if (unread == buffer.length) {
      // Unreachable at maxBuffer: next() refuses a line that long before asking for more.
      buffer = Arrays.copyOf(buffer, (int) Math.min(2L * buffer.length, maxBuffer));
    }
    position = 0;
    limit = unread;
    int read;
    do {
      read = in.read(buffer, limit, buffer.length - limit);
    } while (read == 0);
    if (read < 0) {
      endOfInput = true;
      return false;
    }
    limit += read;
    return true;
  }
}
