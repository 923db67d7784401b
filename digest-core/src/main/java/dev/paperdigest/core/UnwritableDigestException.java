package dev.paperdigest.core;

import dev.paperdigest.core.spi.MessageText;
import java.util.Optional;

/**
 * A valid digest that a particular format cannot express, such as an abstract containing Hangul in
 * the text format, where Hangul marks where the comment begins. The message names the format, the
 * paper and the field; {@link #paper()} and {@link #field()} say the same as data, so that a caller
 * that read the digest can point at where that paper came from. Writers throw it before writing
 * anything of the digest concerned, rather than write something that would read back differently.
 *
 * <pre>{@code
 * try {
 *   text.writer().writeAll(digests, out);
 * } catch (UnwritableDigestException e) {
 *   SourcePosition from = e.paper() < 0
 *       ? digests.position()
 *       : digests.locations().paper(e.paper());
 *   System.err.println(input + ":" + from.line() + ":" + from.column() + ": error: "
 *       + e.getMessage());
 *   // in.md:12:1: error: the text format cannot hold paper 2 `TxT360: …` of 2024-10-10: ...
 * }
 * }</pre>
 */
public class UnwritableDigestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The format that cannot express the digest. */
  private final String formatName;

  /** The paper's index in its digest, from 0, or -1 when the digest as a whole is refused. */
  private final int paper;

  /** The field at fault, or {@code null} when it is the paper as a whole. */
  private final PaperField field;

  /**
   * {@code formatName} cannot express a digest as a whole (its date, say).
   *
   * @param formatName the format that refuses it
   * @param message why, naming the digest
   */
  public UnwritableDigestException(String formatName, String message) {
    this(formatName, -1, null, message);
  }

  /**
   * {@code formatName} cannot express paper {@code paper} of a digest, because of {@code field}.
   *
   * @param formatName the format that refuses it
   * @param paper the paper's index in the digest, from 0, or -1 for the digest as a whole
   * @param field the field at fault, or {@code null} when it is the paper as a whole
   * @param message why, naming the paper and the field
   */
  public UnwritableDigestException(String formatName, int paper, PaperField field, String message) {
    super(MessageText.escapeControls(message));
    this.formatName = formatName;
    this.paper = paper;
    this.field = field;
  }

  /**
   * The name of the format that refused the digest.
   *
   * @return such as {@code text}
   */
  public String formatName() {
    return formatName;
  }

  /**
   * The paper the format cannot express.
   *
   * @return its index in the digest, from 0, or -1 when the digest as a whole is refused
   */
  public int paper() {
    return paper;
  }

  /**
   * The field of {@link #paper()} the format cannot express.
   *
   * @return the field, or empty when the paper (or digest) as a whole is refused
   */
  public Optional<PaperField> field() {
    return Optional.ofNullable(field);
  }
}
