package dev.paperdigest.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.paperdigest.core.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  /**
   * With the parser's line and byte column the cursor skips to the start of each new line; the
   * answers stay those of counting every byte, for documents written with any line ends, escapes
   * and characters, and strings longer than the window.
   */
  @Test
  void theParsersLinesLetTheCursorSkipWithTheSameAnswers() {
    List<String> spaces = List.of("", " ", "\t", "\n", "\r\n", "\r", "\n\r", " \r\n\t");
    List<String> texts =
        List.of(
            "a",
            "한국어",
            "😀",
            "é",
            "\\n",
            "\\r\\n",
            "\\u00e9",
            "x".repeat(70_000),
            "가".repeat(25_000));
    Gen<List<Integer>> elements =
        lists().of(integers().between(0, spaces.size() * texts.size() - 1)).ofSizeBetween(0, 40);
    qt().withExamples(40)
        .forAll(elements)
        .checkAssert(
            chosen -> {
              StringBuilder json = new StringBuilder("[");
              for (int i = 0; i < chosen.size(); i++) {
                String space = spaces.get(chosen.get(i) % spaces.size());
                String text = '"' + texts.get(chosen.get(i) / spaces.size()) + '"';
                // Keys are limited to 1,024 characters (JsonLimits).
                String key = text.length() > 100 ? "\"k\"" : text;
                json.append(space)
                    .append(i % 2 == 0 ? text : "{" + space + key + space + ":" + text + "}")
                    .append(space)
                    .append(i == chosen.size() - 1 ? "" : ",");
              }
              String document = json.append("]").toString();
              SourcePosition[] expected = positions(document);
              List<Place> places = placesOfTokens(document, true);
              int objects = chosen.size() / 2;
              // Brackets, a string for each even element, an object of four tokens for each odd.
              assertEquals(2 + chosen.size() - objects + 4 * objects, places.size());
              for (Place place : places) {
                assertFalse(place.error(), "offset " + place.offset());
                assertEquals(
                    expected[(int) place.offset()], place.at(), "offset " + place.offset());
              }
            });
  }

  /**
   * A line end inside a string, which Jackson refuses without counting it, is counted where the
   * error is placed, with the parser's lines or without.
   */
  @Test
  void aLineEndInsideAStringIsCountedAtTheError() {
    for (String document : List.of("[\"a\",\n \"b\nc\"]", "{\n \"k\r\n\": 1}", "[\r\"가\r\"]")) {
      SourcePosition[] expected = positions(document);
      for (boolean withParserLines : List.of(true, false)) {
        List<Place> places = placesOfTokens(document, withParserLines);
        Place error = places.get(places.size() - 1);
        assertTrue(error.error(), document);
        assertEquals(expected[(int) error.offset()], error.at(), document);
      }
    }
  }

  /**
   * A hint that cannot be right is ignored: a line start behind the bytes already counted, a column
   * wrapped negative in Jackson's {@code int}, an offset past the bytes read.
   */
  @Test
  void hintsThatCannotBeRightAreIgnored() {
    RecentBytesInputStream in =
        new RecentBytesInputStream(
            new ByteArrayInputStream("a\nbc\nd\ne".getBytes(StandardCharsets.UTF_8)));
    drain(in, 64);
    assertEquals(new SourcePosition(2, 2), in.positionOf(3, 2, 2));
    assertEquals(new SourcePosition(3, 1), in.positionOf(5, 3, 10));
    assertEquals(new SourcePosition(4, 1), in.positionOf(7, 4, -5));
    assertNull(in.positionOf(20, 5, 2), "past the bytes read");
    assertEquals(new SourcePosition(4, 2), in.positionOf(8));
  }

  /** Where a token (or Jackson's error) is, and the position the stream gave for it. */
  private record Place(long offset, SourcePosition at, boolean error) {}

  /**
   * Parses {@code document} through the stream and asks where each token is, and where the syntax
   * error is if there is one, with the parser's line and column as hints or without.
   */
  private static List<Place> placesOfTokens(String document, boolean withParserLines) {
    RecentBytesInputStream in =
        new RecentBytesInputStream(
            new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    List<Place> places = new ArrayList<>();
    try (JsonParser parser = JsonLimits.jsonFactory().createParser(in)) {
      try {
        for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
          places.add(place(in, parser.currentTokenLocation(), withParserLines, false));
          if (t == JsonToken.VALUE_STRING) {
            parser.getText();
          }
        }
      } catch (JsonProcessingException e) {
        places.add(place(in, e.getLocation(), withParserLines, true));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return places;
  }

  private static Place place(
      RecentBytesInputStream in, JsonLocation at, boolean withParserLines, boolean error) {
    long offset = at.getByteOffset();
    return new Place(
        offset,
        withParserLines
            ? in.positionOf(offset, at.getLineNr(), at.getColumnNr())
            : in.positionOf(offset),
        error);
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
