package dev.paperdigest.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.SourcePosition;
import dev.paperdigest.core.spi.Utf8;
import dev.paperdigest.json.internal.Token;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the {@code jsonl} format one line at a time: each line is parsed on its own, so a broken
 * line fails alone and reading goes on with the next, and an archive of any length streams. Lines
 * that are empty or hold only spaces, tabs and a carriage return are skipped; a byte-order mark at
 * the start of a line is dropped.
 */
final class JsonLinesDigestReader implements DigestReader {
  private final JsonFactory factory;
  private final int maxLineBytes;

  JsonLinesDigestReader(JsonFactory factory, int maxLineBytes) {
    this.factory = factory;
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public DigestIterator open(InputStream in, String sourceName) {
    return new Lines(in, sourceName);
  }

  private static String describeSize(int bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
  }

  private final class Lines extends JsonDigestIterator {
    private final InputStream in;

    /** Bytes read and not yet consumed: {@code buffer[start, limit)}. */
    private byte[] buffer = new byte[1 << 16];

    private int start;
    private int limit;

    /** Where the search for the current line's end goes on from. */
    private int scanned;

    private boolean started;
    private boolean endOfInput;

    /**
     * Reading cannot go on: the input is in another encoding, or its first line shows another
     * format.
     */
    private boolean stopped;

    /** Whether a line with more than blanks has been read. */
    private boolean contentSeen;

    /** The line being read: {@code buffer[lineStart, lineEnd)}, its newline left out. */
    private int lineStart;

    private int lineEnd;
    private boolean lineTooLong;

    /** Lines taken from the input so far, blank ones included: the current line's number. */
    private long lineNumber;

    /** The last column asked for on the current line, and its offset from the line's start. */
    private long cursorOffset;

    private long cursorColumn = 1;

    Lines(InputStream in, String sourceName) {
      super(sourceName);
      this.in = in;
    }

    @Override
    protected Digest readNext() throws IOException {
      if (!started) {
        started = true;
        checkEncoding();
      }
      do {
        if (stopped || !takeLine()) {
          return null;
        }
        // Dropped at the start of every line, where `cat` leaves it when it joins files saved
        // with one; editors do not show it, so columns do not count it either.
        if (!lineTooLong && InputEncoding.startsWithByteOrderMark(buffer, lineStart, lineEnd)) {
          lineStart += InputEncoding.BYTE_ORDER_MARK_LENGTH;
        }
      } while (!lineTooLong && isBlank(lineStart, lineEnd));
      int indent = 0;
      while (!lineTooLong
          && lineStart + indent < lineEnd
          && isBlank(lineStart + indent, lineStart + indent + 1)) {
        indent++;
      }
      begins(new SourcePosition(lineNumber, 1 + indent));
      boolean first = !contentSeen;
      contentSeen = true;
      if (lineTooLong) {
        error(
            null,
            new SourcePosition(lineNumber, 1),
            "the line is longer than "
                + describeSize(maxLineBytes)
                + ", the limit for one jsonl line");
      } else {
        int bad = Utf8.indexOfMalformed(buffer, lineStart, lineEnd);
        int zero = bad >= 0 ? -1 : indexOfZeroInHead();
        if (bad >= 0) {
          error(
              null,
              new SourcePosition(lineNumber, 1 + Utf8.countCodePoints(buffer, lineStart, bad)),
              Utf8.describeMalformed(buffer, bad, lineEnd));
        } else if (zero >= 0) {
          error(
              null,
              new SourcePosition(lineNumber, 1 + Utf8.countCodePoints(buffer, lineStart, zero)),
              "a zero byte cannot stand in JSON; in a string, write U+0000 as \\u0000 (and if"
                  + " the file is UTF-16 or UTF-32, save it as UTF-8)");
        } else {
          Digest digest = parseLine(first);
          throwIfAny();
          return digest;
        }
      }
      throwIfAny();
      return null;
    }

    @Override
    protected void closeInput() throws IOException {
      in.close();
    }

    /**
     * The line and column of a location in the current line; Jackson counts its offset from the
     * line's start, in bytes, and may place an error on any byte of a multi-byte character.
     */
    @Override
    SourcePosition positionOf(long byteOffset, int lineNr, int columnNr) {
      long offset = byteOffset;
      if (offset < 0) {
        return new SourcePosition(lineNumber, Math.max(1, columnNr));
      }
      offset = Math.min(offset, lineEnd - lineStart);
      if (offset < cursorOffset) {
        cursorOffset = 0;
        cursorColumn = 1;
      }
      cursorColumn +=
          Utf8.countCodePoints(buffer, lineStart + (int) cursorOffset, lineStart + (int) offset);
      cursorOffset = offset;
      int here = lineStart + (int) offset;
      boolean inCharacter = here < lineEnd && (buffer[here] & 0xC0) == 0x80;
      return new SourcePosition(lineNumber, inCharacter ? cursorColumn - 1 : cursorColumn);
    }

    /** Refuses UTF-16 and UTF-32 at once, before the first line. */
    private void checkEncoding() throws IOException {
      while (limit < InputEncoding.HEAD_LENGTH && !endOfInput) {
        fill();
      }
      String refusal = InputEncoding.refusal(buffer, 0, limit);
      if (refusal != null) {
        stopped = true;
        begins(SourcePosition.START);
        error(null, SourcePosition.START, refusal);
        throwIfAny();
      }
    }

    /**
     * The digest on the current line, or {@code null} with its problems reported.
     *
     * @param first whether this is the first line that is not blank, which may show that the whole
     *     input is in another format
     */
    private Digest parseLine(boolean first) throws IOException {
      cursorOffset = 0;
      cursorColumn = 1;
      JsonParser parser = null;
      try {
        parser = factory.createParser(buffer, lineStart, lineEnd - lineStart);
        JsonToken t = parser.nextToken();
        if (t != JsonToken.START_OBJECT) {
          String message = first ? otherFormat() : null;
          error(
              parser,
              place(parser),
              message != null
                  ? message
                  : "expected a digest object, found "
                      + Token.describe(ParserTokens.token(t))
                      + "; a jsonl line holds one digest object");
          return null;
        }
        Digest digest = tokens.readDigest(new ParserTokens(parser));
        if (parser.nextToken() != null) {
          error(
              parser,
              place(parser),
              "unexpected content after the digest; a jsonl line holds one digest object");
        }
        return digest;
      } catch (JsonProcessingException e) {
        String message = first ? otherFormat() : null;
        error(
            parser,
            positionOf(e.getLocation() != null ? JsonSyntax.location(e) : JsonLocation.NA),
            message != null
                ? message
                : JsonSyntax.describe(
                    e, parser == null ? null : parser.getParsingContext(), "line"));
        return null;
      } finally {
        if (parser != null) {
          parser.close();
        }
      }
    }

    /** What the current line shows the input to be, if another format; reading then stops. */
    private String otherFormat() {
      String message =
          OtherFormats.describe(
              new String(
                  buffer, lineStart, Math.min(lineEnd - lineStart, 240), StandardCharsets.UTF_8),
              true);
      stopped = message != null;
      return message;
    }

    /**
     * Takes the next line from the input into {@code lineStart..lineEnd}, or marks it too long
     * after discarding it up to its newline.
     *
     * @return false at the end of the input
     */
    private boolean takeLine() throws IOException {
      lineTooLong = false;
      while (true) {
        int newline = indexOfNewline(scanned, limit);
        if (newline >= 0) {
          return acceptLine(newline, newline + 1);
        }
        scanned = limit;
        if (endOfInput) {
          return start < limit && acceptLine(limit, limit);
        }
        if (limit - start > maxLineBytes) {
          lineTooLong = true;
          discardRestOfLine();
          lineNumber++;
          return true;
        }
        fill();
      }
    }

    private boolean acceptLine(int end, int next) {
      lineStart = start;
      lineEnd = end;
      start = next;
      scanned = next;
      lineNumber++;
      return true;
    }

    /** Reads more input after {@code limit}, first making room by moving or growing the buffer. */
    private void fill() throws IOException {
      if (limit == buffer.length) {
        if (start > 0) {
          System.arraycopy(buffer, start, buffer, 0, limit - start);
          scanned -= start;
          limit -= start;
          start = 0;
        } else {
          buffer =
              Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, maxLineBytes + 2L));
        }
      }
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        endOfInput = true;
      } else {
        limit += n;
      }
    }

    private void discardRestOfLine() throws IOException {
      start = 0;
      limit = 0;
      scanned = 0;
      while (!endOfInput) {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
          endOfInput = true;
          return;
        }
        int newline = indexOfNewline(0, n);
        if (newline >= 0) {
          start = newline + 1;
          scanned = start;
          limit = n;
          return;
        }
      }
    }

    /**
     * The first zero byte among the current line's first four, or -1. Jackson guesses UTF-16 or
     * UTF-32 from zero bytes there, and would then fail with an exception of its own; no JSON holds
     * a zero byte at all.
     */
    private int indexOfZeroInHead() {
      int end = Math.min(lineEnd, lineStart + InputEncoding.HEAD_LENGTH);
      for (int i = lineStart; i < end; i++) {
        if (buffer[i] == 0) {
          return i;
        }
      }
      return -1;
    }

    private int indexOfNewline(int from, int to) {
      for (int i = from; i < to; i++) {
        if (buffer[i] == '\n') {
          return i;
        }
      }
      return -1;
    }

    private boolean isBlank(int from, int to) {
      for (int i = from; i < to; i++) {
        byte b = buffer[i];
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }
}
