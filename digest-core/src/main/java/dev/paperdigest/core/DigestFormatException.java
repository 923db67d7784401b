package dev.paperdigest.core;

import java.util.List;

/**
 * The input could not be read as a digest. It carries every {@link Diagnostic} found, not only the
 * first, and its message lists them one per line in the GNU form.
 *
 * <pre>{@code
 * try {
 *   Digest digest = text.reader().read(path);
 * } catch (DigestFormatException e) {
 *   e.diagnostics().forEach(System.err::println);   // file:line:column: error: message
 * }
 * }</pre>
 *
 * <p>It is unchecked on purpose. Archives are read lazily through {@link DigestIterator} and {@link
 * java.util.stream.Stream}, whose methods cannot throw checked exceptions; a checked type would end
 * up wrapped and unwrapped at every call site. Failures of the underlying stream stay {@link
 * java.io.IOException}s (or {@link java.io.UncheckedIOException}s inside an iterator), so a caller
 * can always tell "the file is wrong" from "the disk failed".
 */
public class DigestFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  /**
   * An exception reporting several diagnostics.
   *
   * @param diagnostics what was found, in input order; not empty
   */
  public DigestFormatException(List<Diagnostic> diagnostics) {
    this(diagnostics, null);
  }

  /**
   * An exception reporting several diagnostics, with the exception that revealed them.
   *
   * @param diagnostics what was found, in input order; not empty
   * @param cause the underlying exception, or {@code null}
   */
  public DigestFormatException(List<Diagnostic> diagnostics, Throwable cause) {
    super(render(diagnostics), cause);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * An exception reporting one diagnostic.
   *
   * @param diagnostic what was found
   */
  public DigestFormatException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  /** {@return every diagnostic found, in input order} */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String render(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a DigestFormatException needs at least one diagnostic");
    }
    StringBuilder message = new StringBuilder();
    for (Diagnostic diagnostic : diagnostics) {
      if (message.length() > 0) {
        message.append('\n');
      }
      message.append(diagnostic);
    }
    return message.toString();
  }
}
