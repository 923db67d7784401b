package dev.paperdigest.jackson3;

import dev.paperdigest.json.internal.JsonPaths;
import dev.paperdigest.json.internal.Token;
import dev.paperdigest.json.internal.TokenSource;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/** A Jackson 3 parser as the shared {@code DigestTokenReader} reads it. */
final class ParserTokens implements TokenSource {
  /** The shared token for each of Jackson's, by ordinal. */
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken t : JsonToken.values()) {
      TOKENS[t.ordinal()] =
          switch (t) {
            case START_OBJECT -> Token.START_OBJECT;
            case END_OBJECT -> Token.END_OBJECT;
            case START_ARRAY -> Token.START_ARRAY;
            case END_ARRAY -> Token.END_ARRAY;
            case PROPERTY_NAME -> Token.KEY;
            case VALUE_STRING -> Token.STRING;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Token.NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> Token.BOOLEAN;
            case VALUE_NULL -> Token.NULL;
            default -> Token.OTHER;
          };
    }
  }

  final JsonParser parser;

  ParserTokens(JsonParser parser) {
    this.parser = parser;
  }

  /** The shared token for {@code t}; {@code null} stays {@code null}. */
  static Token token(JsonToken t) {
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  public Token currentToken() {
    return token(parser.currentToken());
  }

  @Override
  public Token nextToken() {
    return token(parser.nextToken());
  }

  @Override
  public String currentName() {
    return parser.currentName();
  }

  @Override
  public String text() {
    return parser.getText();
  }

  @Override
  public void skipChildren() {
    parser.skipChildren();
  }

  /**
   * The path from {@code stop} (exclusive) down to where the parser is, then {@code key} and {@code
   * index}, as {@link JsonPaths#steps} describes.
   */
  static List<Object> steps(JsonParser parser, TokenStreamContext stop, String key, int index) {
    List<Object> steps = new ArrayList<>();
    for (TokenStreamContext c = parser.streamReadContext(); c != null && c != stop; ) {
      if (c.inArray() && c.hasCurrentIndex()) {
        steps.add(c.getCurrentIndex());
      } else if (c.inObject() && c.currentName() != null) {
        steps.add(c.currentName());
      }
      c = c.getParent();
    }
    return JsonPaths.steps(steps, key, index);
  }
}
