package dev.paperdigest.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads the {@code jsonl} format one line at a time: each line is parsed on its own, so a broken
 * line fails alone and reading goes on with the next, and an archive of any length streams. Lines
 * that are empty or hold only spaces, tabs and a carriage return are skipped.
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

  private final class Lines implements DigestIterator {
    private final InputStream in;
    private final String sourceName;
    private final DiagnosticCollector problems;
    private final DigestTokenReader reader;

    /** Bytes read and not yet consumed: {@code buffer[start, limit)}. */
    private byte[] buffer = new byte[1 << 16];

    private int start;
    private int limit;

    /** Where the search for the current line's end goes on from. */
    private int scanned;

    private boolean endOfInput;

    /** Lines taken from the input so far, blank ones included. */
    private int linesRead;

    /** The line next() will read: {@code buffer[lineStart, lineEnd)}, its newline left out. */
    private boolean lineReady;

    private int lineStart;
    private int lineEnd;
    private boolean lineTooLong;
    private int lineNumber;
    private SourcePosition position = SourcePosition.START;

    Lines(InputStream in, String sourceName) {
      this.in = in;
      this.sourceName = sourceName;
      this.problems = new DiagnosticCollector(sourceName, this::positionOf);
      this.reader = new DigestTokenReader(problems);
    }

    @Override
    public boolean hasNext() {
      try {
        while (!lineReady && takeLine()) {
          lineReady = lineTooLong || !isBlank(lineStart, lineEnd);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return lineReady;
    }

    @Override
    public Digest next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      lineReady = false;
      int indent = 0;
      while (lineStart + indent < lineEnd && isBlank(lineStart + indent, lineStart + indent + 1)) {
        indent++;
      }
      position = new SourcePosition(lineNumber, 1 + indent);
      if (lineTooLong) {
        throw new DigestFormatException(
            Diagnostic.error(
                sourceName,
                lineNumber,
                1,
                "$: the line is longer than "
                    + describeSize(maxLineBytes)
                    + ", the limit for one jsonl line"
                    + " (see docs/json.md, Limits)"));
      }
      Digest digest;
      try {
        digest = parseLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<Diagnostic> found = problems.drain();
      if (!found.isEmpty()) {
        throw new DigestFormatException(found);
      }
      return digest;
    }

    /** The digest on the current line, or {@code null} with its problems collected. */
    private Digest parseLine() throws IOException {
      JsonParser parser = null;
      try {
        parser = factory.createParser(buffer, lineStart, lineEnd - lineStart);
        JsonToken t = parser.nextToken();
        if (t != JsonToken.START_OBJECT) {
          problems.reportHere(
              parser,
              parser.currentTokenLocation(),
              "expected a digest object, found "
                  + DigestTokenReader.describe(t)
                  + "; a jsonl line holds one digest object");
          return null;
        }
        Digest digest = reader.readDigest(parser);
        if (parser.nextToken() != null) {
          problems.reportHere(
              parser,
              parser.currentTokenLocation(),
              "unexpected content after the digest; a jsonl line holds one digest object");
        }
        return digest;
      } catch (JsonProcessingException e) {
        problems.reportSyntax(parser, e);
        return null;
      } finally {
        if (parser != null) {
          parser.close();
        }
      }
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
          linesRead++;
          lineNumber = linesRead;
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
      linesRead++;
      lineNumber = linesRead;
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

    /**
     * Line and column of a location in the current line; Jackson counts its offset from the line
     * start.
     */
    private SourcePosition positionOf(JsonLocation at) {
      long offset = at.getByteOffset();
      int column =
          offset < 0
              ? Math.max(1, at.getColumnNr())
              : 1
                  + RecentBytesInputStream.countCodePoints(
                      buffer, lineStart, lineStart + (int) Math.min(offset, lineEnd - lineStart));
      return new SourcePosition(lineNumber, column);
    }
  }
}
