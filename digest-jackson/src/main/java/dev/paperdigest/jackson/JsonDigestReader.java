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
import dev.paperdigest.json.internal.Token;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the {@code json} format: one digest object, or an array of them walked one element at a
 * time so that an array of any length streams. An input with nothing but whitespace (and perhaps a
 * byte-order mark) holds no digest, like an empty array.
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
   * that digest and reading goes on with the next element; broken JSON syntax, or a byte that is
   * not UTF-8, ends the reading, since nothing after it can be trusted.
   */
  private static final class Digests extends JsonDigestIterator {
    private final JsonFactory factory;
    private final InputStream source;
    private final Utf8CheckedInputStream utf8;
    private final RecentBytesInputStream in;
    private JsonParser parser;
    private boolean rootBegun;
    private boolean inArray;
    private boolean finished;

    Digests(JsonFactory factory, InputStream source, String sourceName) {
      super(sourceName);
      this.factory = factory;
      this.source = source;
      this.utf8 = new Utf8CheckedInputStream(source);
      this.in = new RecentBytesInputStream(utf8);
    }

    @Override
    protected Digest readNext() throws IOException {
      if (finished) {
        return null;
      }
      try {
        JsonToken t = nextElement();
        if (t == null) {
          finished = true;
          checkEnd();
          throwIfAny();
          return null;
        }
        Digest digest = readElement(t);
        if (!inArray) {
          finished = true;
          checkEnd();
        }
        throwIfAny();
        return digest;
      } catch (JsonProcessingException e) {
        finished = true;
        syntaxError(e);
        throwIfAny();
        return null;
      }
    }

    @Override
    protected void closeInput() throws IOException {
      try (InputStream closing = source) {
        if (parser != null) {
          parser.close();
        }
      }
    }

    @Override
    SourcePosition positionOf(long byteOffset, int lineNr, int columnNr) {
      SourcePosition exact = byteOffset < 0 ? null : in.positionOf(byteOffset, lineNr, columnNr);
      return exact != null ? exact : new SourcePosition(Math.max(1, lineNr), Math.max(1, columnNr));
    }

    /** The token that begins the next digest, or {@code null} when no digest is left. */
    private JsonToken nextElement() throws IOException {
      if (parser == null) {
        parser = factory.createParser(in);
        JsonToken t = parser.nextToken();
        rootBegun = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
        if (t != JsonToken.START_ARRAY) {
          return t;
        }
        inArray = true;
      }
      JsonToken t = parser.nextToken();
      return t == JsonToken.END_ARRAY ? null : t;
    }

    private Digest readElement(JsonToken t) throws IOException {
      SourcePosition start = place(parser);
      begins(start);
      if (t == JsonToken.START_OBJECT) {
        return tokens.readDigest(new ParserTokens(parser));
      }
      error(
          parser,
          start,
          (inArray
                  ? "expected a digest object, found "
                  : "expected a digest object or an array of digests, found ")
              + Token.describe(ParserTokens.token(t)));
      parser.skipChildren();
      return null;
    }

    /** Checks that nothing follows the document, and that it did not end at a bad byte. */
    private void checkEnd() throws IOException {
      if (parser.nextToken() != null) {
        error(
            parser,
            place(parser),
            "unexpected content after the end of the document; the json format holds one digest"
                + " object or one array of digests (jsonl holds one digest per line)");
      } else if (utf8.problem() != null) {
        error(parser, utf8ProblemPosition(), utf8.problem());
      }
    }

    private void syntaxError(JsonProcessingException e) {
      JsonLocation at = JsonSyntax.location(e);
      if (at == null) {
        at = parser == null ? JsonLocation.NA : parser.currentLocation();
      }
      if (utf8.problem() != null && at.getByteOffset() >= utf8.problemOffset()) {
        // The parser ran into the end that the bad byte made.
        error(parser, utf8ProblemPosition(), utf8.problem());
        return;
      }
      String message = rootBegun ? null : OtherFormats.describe(in.firstLine(), false);
      if (message == null) {
        message =
            JsonSyntax.describe(e, parser == null ? null : parser.getParsingContext(), "input");
      }
      error(parser, positionOf(at), message);
    }

    private SourcePosition utf8ProblemPosition() {
      SourcePosition at = in.positionOf(utf8.problemOffset());
      if (at != null) {
        return at;
      }
      return parser == null ? SourcePosition.START : positionOf(parser.currentLocation());
    }
  }
}
