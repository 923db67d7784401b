package dev.paperdigest.text.internal;

/**
 * A line longer than the reader's limit. Reading cannot go on: the rest of the line would have to
 * be read to find the next one, and an endless input such as {@code /dev/zero} has no next one.
 */
final class LineTooLongException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long line;

  LineTooLongException(long line, long maxLineBytes) {
    super(
        "this line is longer than "
            + LineLimit.describe(maxLineBytes)
            + ", the longest line the text reader accepts; if the file is right, raise the limit"
            + " with the system property "
            + LineLimit.PROPERTY
            + " (for the digest command, DIGEST_JAVA_OPTS=-D"
            + LineLimit.PROPERTY
            + "=1G)");
    this.line = line;
  }

  /** The line, from 1. */
  long line() {
    return line;
  }
}
