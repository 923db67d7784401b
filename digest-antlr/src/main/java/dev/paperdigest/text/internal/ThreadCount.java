package dev.paperdigest.text.internal;

import dev.paperdigest.text.TextFormat;

/**
 * How many threads a reader parses digests on: as {@value TextFormat#THREADS_PROPERTY} gives it,
 * and the range it must be in.
 */
final class ThreadCount {
  static final String PROPERTY = TextFormat.THREADS_PROPERTY;

  private ThreadCount() {}

  /**
   * {@code threads}, checked.
   *
   * @throws IllegalArgumentException when it is not from 1 to {@link TextFormat#MAX_THREADS}
   */
  static int check(int threads) {
    if (threads < 1 || threads > TextFormat.MAX_THREADS) {
      throw new IllegalArgumentException(
          "the text reader parses on 1 to " + TextFormat.MAX_THREADS + " threads, not " + threads);
    }
    return threads;
  }

  /**
   * Reads the value of {@value TextFormat#THREADS_PROPERTY}: a number of threads; {@code null}
   * means one.
   *
   * @throws IllegalArgumentException when the value is not a number of threads
   */
  static int parse(String value) {
    if (value == null) {
      return 1;
    }
    try {
      return check(Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "the system property "
              + PROPERTY
              + " is "
              + value
              + "; give a number of threads from 1 to "
              + TextFormat.MAX_THREADS,
          e);
    }
  }
}
