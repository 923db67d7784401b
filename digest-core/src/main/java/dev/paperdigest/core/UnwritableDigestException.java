package dev.paperdigest.core;

/**
 * A valid digest that a particular format cannot express, such as an abstract containing Hangul in
 * the text format, where Hangul marks where the comment begins. The message names the format, the
 * paper and the field. Writers throw it before writing anything of the digest concerned, rather
 * than write something that would read back differently.
 *
 * <pre>{@code
 * try {
 *   text.writer().write(digest, out);
 * } catch (UnwritableDigestException e) {
 *   System.err.println(e.getMessage());
 *   // the text format cannot hold paper 2 ("TxT360: ...") of 2024-10-10: its abstract ...
 * }
 * }</pre>
 */
public class UnwritableDigestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String formatName;

  /** {@code formatName} cannot express a digest, for the reason {@code message} gives. */
  public UnwritableDigestException(String formatName, String message) {
    super(message);
    this.formatName = formatName;
  }

  /** The name of the format that refused the digest. */
  public String formatName() {
    return formatName;
  }
}
