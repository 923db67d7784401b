package dev.paperdigest.core.spi;

/**
 * How many threads a reader or writer works on, as its system property gives it: the one range and
 * the one wording for every format that can use several cores.
 *
 * <pre>{@code
 * int threads = ThreadCount.parse("digest.text.threads", System.getProperty("digest.text.threads"));
 * int checked = ThreadCount.check(threads, "the text reader parses"); // 1 to MAX
 * }</pre>
 */
public final class ThreadCount {
  /** The most threads a reader or writer works on: {@value}. */
  public static final int MAX = 256;

  private ThreadCount() {}

  /**
   * {@code threads}, checked.
   *
   * @param threads the number of threads asked for
   * @param work what does the work, for the message: {@code the text reader parses}
   * @return {@code threads}
   * @throws IllegalArgumentException when it is not from 1 to {@value #MAX}, saying {@code the text
   *     reader parses on 1 to 256 threads, not 0}
   */
  public static int check(int threads, String work) {
    if (threads < 1 || threads > MAX) {
      throw new IllegalArgumentException(work + " on 1 to " + MAX + " threads, not " + threads);
    }
    return threads;
  }

  /**
   * Reads the value of the system property {@code property}: a number of threads from 1 to {@value
   * #MAX}; none means one.
   *
   * @param property the property's name, for the message
   * @param value its value, or {@code null} when it is not set
   * @return the number of threads
   * @throws IllegalArgumentException when the value is not a number of threads
   */
  public static int parse(String property, String value) {
    if (value == null) {
      return 1;
    }
    int threads;
    try {
      threads = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      threads = 0;
    }
    if (threads < 1 || threads > MAX) {
      throw new IllegalArgumentException(
          "the system property "
              + property
              + " is "
              + value
              + "; give a number of threads from 1 to "
              + MAX);
    }
    return threads;
  }
}
