package dev.paperdigest.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.paperdigest.core.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Byte offsets become lines and code-point columns for every position the window still holds. */
class RecentBytesInputStreamTest {
  /** Pieces whose mix makes lines short and long, ASCII and not, across window boundaries. */
  private static final List<String> PIECES =
      List.of(
          "a", "ab c", "한국어", "😀", "\n", "\r\n", "\r", "é", "x".repeat(5_000), "가".repeat(30_000));

  @Test
  void everyPositionInTheWindowGetsItsLineAndColumn() {
    Gen<List<Integer>> pieces =
        lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(1, 60);
    qt().withExamples(40)
        .forAll(pieces, integers().between(1, 20_000), integers().between(1, 997))
        .checkAssert(
            (chosen, readSize, stride) -> {
              StringBuilder text = new StringBuilder();
              chosen.forEach(i -> text.append(PIECES.get(i)));
              SourcePosition[] expected = positions(text.toString());
              byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
              RecentBytesInputStream in =
                  new RecentBytesInputStream(new ByteArrayInputStream(bytes));
              drain(in, readSize);
              int windowStart = Math.max(0, bytes.length - RecentBytesInputStream.WINDOW);
              if (windowStart > 0) {
                assertNull(in.positionOf(windowStart - 1), "before the window");
              }
              int last = windowStart;
              for (int offset = windowStart; offset <= bytes.length; offset += stride) {
                assertEquals(expected[offset], in.positionOf(offset), "offset " + offset);
                last = offset;
              }
              // Places are asked for in input order; one behind the last is not answered.
              if (last > windowStart) {
                assertNull(in.positionOf(last - 1), "behind the cursor");
              }
            });
  }

  /** A column past 2^31 is counted in 64 bits (Jackson's own column wraps to a negative int). */
  @Test
  void columnsBeyondTwoGibibytes() throws IOException {
    long spaces = (1L << 31) + 10;
    RecentBytesInputStream in = new RecentBytesInputStream(new Spaces("\n\n", spaces));
    drain(in, 1 << 16);
    assertEquals(new SourcePosition(3, spaces - 99), in.positionOf(2 + spaces - 100));
    assertEquals(new SourcePosition(3, spaces + 1), in.positionOf(2 + spaces));
  }

  /**
   * Where each byte offset of {@code text} in UTF-8 is, counted from the text's code points: lines
   * end at LF, CR or CRLF (its LF already on the next line), as Jackson counts them, and every byte
   * of a character is at that character's column.
   */
  static SourcePosition[] positions(String text) {
    int length = text.getBytes(StandardCharsets.UTF_8).length;
    SourcePosition[] at = new SourcePosition[length + 1];
    long line = 1;
    long column = 1;
    boolean afterCarriageReturn = false;
    int offset = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      Arrays.fill(at, offset, offset + bytes, new SourcePosition(line, column));
      offset += bytes;
      i += Character.charCount(cp);
      if (cp == '\r' || (cp == '\n' && !afterCarriageReturn)) {
        line++;
        column = 1;
      } else if (cp != '\n') {
        column++;
      }
      afterCarriageReturn = cp == '\r';
    }
    at[length] = new SourcePosition(line, column);
    return at;
  }

  private static void drain(InputStream in, int readSize) {
    byte[] buffer = new byte[readSize];
    try {
      while (in.read(buffer, 0, buffer.length) >= 0) {
        // Reading is the point: every byte passes through the window.
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A head, spaces, then a tail: a line of any length without the memory it would take. */
  static final class Spaces extends InputStream {
    private final byte[] head;
    private final byte[] tail;
    private final long spacesEnd;
    private long position;

    Spaces(String head, long spaces) {
      this(head, spaces, "");
    }

    Spaces(String head, long spaces, String tail) {
      this.head = head.getBytes(StandardCharsets.UTF_8);
      this.tail = tail.getBytes(StandardCharsets.UTF_8);
      this.spacesEnd = this.head.length + spaces;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int off, int len) {
      if (position >= spacesEnd + tail.length) {
        return -1;
      }
      int n = (int) Math.min(len, spacesEnd + tail.length - position);
      Arrays.fill(into, off, off + n, (byte) ' ');
      for (long at = position; at < head.length && at < position + n; at++) {
        into[off + (int) (at - position)] = head[(int) at];
      }
      for (long at = Math.max(position, spacesEnd); at < position + n; at++) {
        into[off + (int) (at - position)] = tail[(int) (at - spacesEnd)];
      }
      position += n;
      return n;
    }
  }
}
