package dev.paperdigest.json.internal;

import java.io.IOException;

/**
 * The few parser operations {@link DigestTokenReader} needs. Each Jackson major version adapts its
 * {@code JsonParser} to it in a handful of one-line methods; a Jackson 3 adapter throws Jackson's
 * unchecked exceptions, which pass through unchanged.
 */
public interface TokenSource {
  /** The token the parser is on, or {@code null} before the first and after the last. */
  Token currentToken();

  /** Moves to the next token and returns it; {@code null} at the end of the input. */
  Token nextToken() throws IOException;

  /** The key of the current {@link Token#KEY}. */
  String currentName() throws IOException;

  /** The text of the current {@link Token#STRING}. */
  String text() throws IOException;

  /** On an opening bracket, skips to its closing one; on any other token, does nothing. */
  void skipChildren() throws IOException;
}
