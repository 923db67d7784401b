package dev.paperdigest.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Byte columns become code-point columns for every position the window still holds. */
class RecentBytesInputStreamTest {
  /** Pieces whose mix makes lines short and long, ASCII and not, across window boundaries. */
  private static final List<String> PIECES =
      List.of(
          "a", "ab c", "한국어", "😀", "\n", "\r\n", "\r", "é", "x".repeat(5_000), "가".repeat(30_000));

  @Test
  void everyPositionInTheWindowGetsItsExactColumn() {
    Gen<List<Integer>> pieces =
        lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(1, 60);
    qt().withExamples(60)
        .forAll(pieces, integers().between(1, 20_000))
        .checkAssert(
            (chosen, readSize) -> {
              StringBuilder text = new StringBuilder();
              chosen.forEach(i -> text.append(PIECES.get(i)));
              byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
              RecentBytesInputStream in =
                  new RecentBytesInputStream(new ByteArrayInputStream(bytes));
              drain(in, readSize);
              long windowStart = Math.max(0, bytes.length - RecentBytesInputStream.WINDOW);
              for (long offset = windowStart;
                  offset <= bytes.length;
                  offset += 1 + (bytes.length - windowStart) / 97) {
                int lineStart = lineStart(bytes, (int) offset);
                int byteColumn = (int) offset - lineStart + 1;
                int expected =
                    1 + RecentBytesInputStream.countCodePoints(bytes, lineStart, (int) offset);
                assertEquals(expected, in.codePointColumn(offset, byteColumn), "offset " + offset);
              }
            });
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

  /**
   * Where the line holding {@code offset} starts, as Jackson counts lines: after LF, CR or CRLF.
   */
  private static int lineStart(byte[] bytes, int offset) {
    for (int i = offset - 1; i >= 0; i--) {
      if (bytes[i] == '\n' || bytes[i] == '\r') {
        return i + 1;
      }
    }
    return 0;
  }
}
