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
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads the {@code json} format: one digest object, or an array of them walked one element at a
 * time so that an array of any length streams.
 */
final class JsonDigestReader implements DigestReader {
  private final JsonFactory factory;

  JsonDigestReader(JsonFactory factory) {
    this.factory = factory;
  }

  @Override
  public DigestIterator open(InputStream in, String sourceName) {
    return new Digests(factory, in, sourceName);
  }

  /**
   * The digests of one document. A problem inside a digest (an unknown key, a blank title) fails
   * that digest and reading goes on with the next element; broken JSON syntax ends the reading,
   * since nothing after it can be trusted.
   */
  private static final class Digests implements DigestIterator {
    private final JsonFactory factory;
    private final InputStream source;
    private final RecentBytesInputStream in;
    private final DiagnosticCollector problems;
    private final DigestTokenReader reader;
    private JsonParser parser;
    private boolean inArray;

    /** The parser is on the START token of an element that next() has not taken yet. */
    private boolean ready;

    private boolean finished;

    /** A failure found before any digest could begin (empty input, wrong root), for next(). */
    private DigestFormatException pending;

    private SourcePosition position = SourcePosition.START;

    Digests(JsonFactory factory, InputStream source, String sourceName) {
      this.factory = factory;
      this.source = source;
      this.in = new RecentBytesInputStream(source);
      this.problems = new DiagnosticCollector(sourceName, this::positionOf);
      this.reader = new DigestTokenReader(problems);
    }

    @Override
    public boolean hasNext() {
      if (parser == null && !finished) {
        start();
      }
      return ready || pending != null;
    }

    @Override
    public Digest next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (pending != null) {
        DigestFormatException failure = pending;
        pending = null;
        throw failure;
      }
      ready = false;
      Digest digest = null;
      try {
        position = positionOf(parser.currentTokenLocation());
        if (parser.currentToken() == JsonToken.START_OBJECT) {
          digest = reader.readDigest(parser);
        } else {
          problems.reportHere(
              parser,
              parser.currentTokenLocation(),
              "expected a digest object, found "
                  + DigestTokenReader.describe(parser.currentToken()));
          parser.skipChildren();
        }
        advance();
      } catch (JsonProcessingException e) {
        problems.reportSyntax(parser, e);
        finished = true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<Diagnostic> found = problems.drain();
      if (!found.isEmpty()) {
        throw new DigestFormatException(found);
      }
      return digest;
    }

    @Override
    public SourcePosition position() {
      return position;
    }

    @Override
    public void close() {
      try {
        if (parser != null) {
          parser.close();
        }
        source.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Reads up to the first digest: the root object, or the first element of the root array. */
    private void start() {
      try {
        parser = factory.createParser(in);
        JsonToken t = parser.nextToken();
        if (t == JsonToken.START_OBJECT) {
          ready = true;
        } else if (t == JsonToken.START_ARRAY) {
          inArray = true;
          advance();
        } else {
          finished = true;
          JsonLocation at = t == null ? parser.currentLocation() : parser.currentTokenLocation();
          problems.reportHere(
              parser,
              at,
              t == null
                  ? "the input is empty; expected a digest object or an array of digests"
                  : "expected a digest object or an array of digests, found "
                      + DigestTokenReader.describe(t));
        }
      } catch (JsonProcessingException e) {
        problems.reportSyntax(parser, e);
        finished = true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<Diagnostic> found = problems.drain();
      if (!found.isEmpty()) {
        position = new SourcePosition(found.get(0).line(), found.get(0).column());
        pending = new DigestFormatException(found);
      }
    }

    /** Moves to the next element of the root array, or checks that the document ends. */
    private void advance() throws IOException {
      if (inArray) {
        JsonToken t = parser.nextToken();
        if (t != JsonToken.END_ARRAY) {
          ready = true;
          return;
        }
      }
      finished = true;
      if (parser.nextToken() != null) {
        problems.reportHere(
            parser,
            parser.currentTokenLocation(),
            "unexpected content after the end of the document; the json format holds one digest"
                + " object or one array of digests (jsonl holds one digest per line)");
      }
    }

    private SourcePosition positionOf(JsonLocation at) {
      int line = Math.max(1, at.getLineNr());
      int byteColumn = Math.max(1, at.getColumnNr());
      return new SourcePosition(
          line, Math.max(1, in.codePointColumn(at.getByteOffset(), byteColumn)));
    }
  }
}
