package dev.paperdigest.text.internal;

/**
 * Line tokens with one of lookahead, as {@link DigestStep} reads them: straight from the input
 * ({@link LineTokens}) or from a digest's tokens cut from it beforehand ({@link DigestChunk}).
 */
interface LineQueue {
  /**
   * The next token, still to be taken.
   *
   * @throws LineTooLongException when the line is longer than the limit
   */
  LineToken peek();

  /**
   * The next token, taken.
   *
   * @throws LineTooLongException when the line is longer than the limit
   */
  LineToken take();
}
