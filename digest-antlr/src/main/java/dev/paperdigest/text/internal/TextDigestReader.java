package dev.paperdigest.text.internal;

import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestReader;
import java.io.InputStream;

/**
 * Reads the text format; stateless, so one instance serves every caller. Internal: users reach it
 * through {@link dev.paperdigest.text.TextFormat}.
 */
public final class TextDigestReader implements DigestReader {
  private final long maxLineBytes;

  /** Why nothing can be read, reported at the start of every input; or {@code null}. */
  private final String refusal;

  private TextDigestReader(long maxLineBytes, String refusal) {
    this.maxLineBytes = maxLineBytes;
    this.refusal = refusal;
  }

  /**
   * A reader that accepts lines of at most {@code maxLineBytes}.
   *
   * @param maxLineBytes from 1 byte to {@link
   *     dev.paperdigest.text.TextFormat#MAX_LINE_BYTES_CEILING}
   * @return the reader
   * @throws IllegalArgumentException if {@code maxLineBytes} is out of range
   */
  public static TextDigestReader withMaxLineBytes(long maxLineBytes) {
    return new TextDigestReader(LineLimit.check(maxLineBytes), null);
  }

  /**
   * A reader whose limit the system property {@value
   * dev.paperdigest.text.TextFormat#MAX_LINE_BYTES_PROPERTY} sets, or the default. A value that is
   * not a size makes every input fail at its start with a diagnostic that says so: a format is
   * created as the registry loads, where an exception would hide every other format.
   *
   * @return the reader
   */
  public static TextDigestReader configured() {
    try {
      return withMaxLineBytes(LineLimit.parse(System.getProperty(LineLimit.PROPERTY)));
    } catch (IllegalArgumentException e) {
      return new TextDigestReader(1, e.getMessage());
    }
  }

  @Override
  public DigestIterator open(InputStream in, String sourceName) {
    return new TextDigestIterator(in, sourceName, maxLineBytes, refusal);
  }
}
