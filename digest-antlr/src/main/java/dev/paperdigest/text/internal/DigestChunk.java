package dev.paperdigest.text.internal;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.antlr.v4.runtime.Token;

/**
 * The line tokens of one step of reading, cut from the input ahead of their parse: a digest's
 * tokens from its date line, or those before the first date line, then the token that follows them
 * (the next date line or the end of the input), which is looked at but never taken. When the line
 * after them was over the limit, or the input failed there, the chunk ends with that instead.
 */
final class DigestChunk implements LineQueue {
  private final List<LineToken> tokens;
  private final LineTooLongException lineTooLong;
  private final UncheckedIOException inputFailure;
  private int next;

  private DigestChunk(
      List<LineToken> tokens, LineTooLongException lineTooLong, UncheckedIOException failure) {
    this.tokens = tokens;
    this.lineTooLong = lineTooLong;
    this.inputFailure = failure;
  }

  /**
   * Cuts the next step's tokens from {@code input}.
   *
   * @return the chunk, or {@code null} at the end of the input
   */
  static DigestChunk cut(LineTokens input) {
    List<LineToken> tokens = new ArrayList<>();
    try {
      if (input.peek().getType() == Token.EOF) {
        return null;
      }
      tokens.add(input.take());
      while (!input.peek().endsDigest()) {
        tokens.add(input.take());
      }
      tokens.add(input.peek());
      return new DigestChunk(tokens, null, null);
    } catch (LineTooLongException e) {
      return new DigestChunk(tokens, e, null);
    } catch (UncheckedIOException e) {
      return new DigestChunk(tokens, null, e);
    }
  }

  /** Whether reading ends with this chunk: the input ends after it, or failed in it. */
  boolean endsInput() {
    return lineTooLong != null
        || inputFailure != null
        || tokens.get(tokens.size() - 1).getType() == Token.EOF;
  }

  /** The failure of the input after this chunk's tokens, or {@code null}. */
  UncheckedIOException inputFailure() {
    return inputFailure;
  }

  @Override
  public LineToken peek() {
    if (next < tokens.size()) {
      return tokens.get(next);
    }
    if (lineTooLong != null) {
      throw lineTooLong;
    }
    throw new NoSuchElementException("a step never takes the token after its digest");
  }

  @Override
  public LineToken take() {
    LineToken token = peek();
    next++;
    return token;
  }
}
