package dev.paperdigest.text.internal;

import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.spi.ThreadCount;
import dev.paperdigest.text.TextFormat;
import java.io.InputStream;

/**
 * Reads the text format; stateless, so one instance serves every caller. Internal: users reach it
 * through {@link dev.paperdigest.text.TextFormat}.
 */
public final class TextDigestReader implements DigestReader {
  private final long maxLineBytes;
  private final int threads;

  /** Why nothing can be read, reported at the start of every input; or {@code null}. */
  private final String refusal;

  private TextDigestReader(long maxLineBytes, int threads, String refusal) {
    this.maxLineBytes = maxLineBytes;
    this.threads = threads;
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
    return new TextDigestReader(LineLimit.check(maxLineBytes), 1, null);
  }

  /**
   * This reader, parsing digests on {@code threads} threads.
   *
   * @param threads from 1 (the caller's thread alone) to {@link
   *     dev.paperdigest.text.TextFormat#MAX_THREADS}
   * @return the reader
   * @throws IllegalArgumentException if {@code threads} is out of range
   */
  public TextDigestReader withThreads(int threads) {
    return new TextDigestReader(
        maxLineBytes, ThreadCount.check(threads, "the text reader parses"), refusal);
  }

  /**
   * A reader whose line limit and threads the system properties {@value
   * dev.paperdigest.text.TextFormat#MAX_LINE_BYTES_PROPERTY} and {@value
   * dev.paperdigest.text.TextFormat#THREADS_PROPERTY} set, or the defaults. A value that is not
   * right makes every input fail at its start with a diagnostic that says so: a format is created
   * as the registry loads, where an exception would hide every other format.
   *
   * @return the reader
   */
  public static TextDigestReader configured() {
    try {
      return withMaxLineBytes(LineLimit.parse(System.getProperty(LineLimit.PROPERTY)))
          .withThreads(
              ThreadCount.parse(
                  TextFormat.THREADS_PROPERTY, System.getProperty(TextFormat.THREADS_PROPERTY)));
    } catch (IllegalArgumentException e) {
      return new TextDigestReader(1, 1, e.getMessage());
    }
  }

  @Override
  public DigestIterator open(InputStream in, String sourceName) {
    if (threads > 1 && refusal == null) {
      return new ParallelTextDigestIterator(in, sourceName, maxLineBytes, threads);
    }
    return new TextDigestIterator(in, sourceName, maxLineBytes, refusal);
  }
}
