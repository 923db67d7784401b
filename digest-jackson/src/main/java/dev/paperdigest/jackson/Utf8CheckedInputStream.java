package dev.paperdigest.jackson;

import dev.paperdigest.core.spi.Utf8;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a {@code json} input, checked on their way to the parser with the library's one
 * UTF-8 rule ({@link Utf8}), so that a bad byte gets the same message here as in every format. A
 * UTF-8 byte-order mark at the start is dropped; UTF-16 and UTF-32 are refused at once ({@link
 * InputEncoding}). For the parser, the input ends just before the first byte that is not UTF-8 (or
 * at once, for a refused encoding): nothing after it can be trusted. {@link #problem()} then says
 * what is wrong, and {@link #problemOffset()} where, for the reader to report at that place.
 *
 * <p>Offsets count the bytes passed on, so the dropped byte-order mark is not counted, as the
 * parser does not count it either.
 */
final class Utf8CheckedInputStream extends InputStream {
  private final InputStream in;

  /**
   * Several of Jackson's 8,000-byte reads: with a buffer hardly larger than one read, every other
   * read was cut short at the buffer's end.
   */
  private final byte[] buffer = new byte[1 << 16];

  /** {@code buffer[next, checked)}: checked, not yet passed on. */
  private int next;

  private int checked;

  /** {@code buffer[checked, end)}: the start of a character the next read may complete. */
  private int end;

  /** Bytes passed on so far. */
  private long passed;

  private boolean started;
  private boolean sourceEnded;
  private String problem;
  private long problemOffset = -1;

  Utf8CheckedInputStream(InputStream in) {
    this.in = in;
  }

  /**
   * Why the input ended early for the parser.
   *
   * @return the message, or {@code null} while the input is fine
   */
  String problem() {
    return problem;
  }

  /**
   * Where the problem is.
   *
   * @return the number of bytes passed on before it, or -1 while there is none
   */
  long problemOffset() {
    return problemOffset;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (next == checked) {
      if (problem != null || (sourceEnded && checked == end)) {
        return -1;
      }
      refill();
    }
    int n = Math.min(len, checked - next);
    System.arraycopy(buffer, next, b, off, n);
    next += n;
    passed += n;
    return n;
  }

  /** Reads more after the unfinished character, if any, and checks it. */
  private void refill() throws IOException {
    int tail = end - checked;
    System.arraycopy(buffer, checked, buffer, 0, tail);
    next = 0;
    checked = 0;
    end = tail;
    if (!started) {
      started = true;
      fill(InputEncoding.HEAD_LENGTH);
      String refusal = InputEncoding.refusal(buffer, 0, end);
      if (refusal != null) {
        stop(0, refusal);
        return;
      }
      if (InputEncoding.startsWithByteOrderMark(buffer, 0, end)) {
        end -= InputEncoding.BYTE_ORDER_MARK_LENGTH;
        System.arraycopy(buffer, InputEncoding.BYTE_ORDER_MARK_LENGTH, buffer, 0, end);
        // The parser guesses the encoding from what follows the mark: zero bytes there would
        // make it read UTF-16 or UTF-32, and fail with an exception of its own.
        fill(InputEncoding.HEAD_LENGTH);
        refusal = InputEncoding.refusal(buffer, 0, end);
        if (refusal != null) {
          stop(0, refusal);
          return;
        }
      }
    } else {
      fill(end + 1);
    }
    int bad = Utf8.indexOfMalformed(buffer, 0, end);
    if (bad < 0) {
      checked = end;
    } else if (!sourceEnded && bad + Utf8.malformedLength(buffer, bad, end) == end) {
      // A character cut by the end of what was read so far: the next read may complete it.
      checked = bad;
    } else {
      checked = bad;
      stop(bad, Utf8.describeMalformed(buffer, bad, end));
    }
  }

  private void fill(int atLeast) throws IOException {
    while (end < atLeast && !sourceEnded) {
      int n = in.read(buffer, end, buffer.length - end);
      if (n < 0) {
        sourceEnded = true;
      } else {
        end += n;
      }
    }
  }

  private void stop(int at, String message) {
    problem = message;
    problemOffset = passed + at;
  }
}
