package dev.paperdigest.core;

import dev.paperdigest.core.internal.DecodedLines;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One paper of a digest. The generated {@link Paper} is the type to use:
 *
 * <pre>{@code
 * Paper paper = Paper.builder()
 *     .title("Round and Round We Go! What makes Rotary Positional Encodings useful?")
 *     .addAuthors("Federico Barbero", "Petar Veličković")
 *     .abstractText("Positional Encodings (PEs) are a critical component ...")
 *     .comment("RoPE에서 고주파 차원은 위치 기반 attention에 ...")
 *     .translation("The study found that in RoPE, high-frequency dimensions ...")
 *     .addTags("positional-encoding")
 *     .build();
 * }</pre>
 *
 * <p>Multi-line fields ({@link #abstractText()}, {@link #comment()}, {@link #translation()}) hold
 * their lines joined by {@code \n}, exactly as written: no trimming, no re-wrapping. Building a
 * paper checks the rules every format shares, and throws an {@link InvalidPaperException} that
 * names the field, the element and the rule broken:
 *
 * <ul>
 *   <li>the title is not blank and is a single line;
 *   <li>each author is not blank and is a single line; the same name may appear more than once;
 *   <li>an optional text, when present, is not empty (absent is how a paper says "none") and uses
 *       {@code \n}, never {@code \r}, to separate lines;
 *   <li>each tag is not empty and holds no whitespace; tags are stored without their {@code #};
 *   <li>no text holds an unpaired UTF-16 surrogate, which no UTF-8 file could carry.
 * </ul>
 *
 * <p>Limits of one format only (the text format cannot put Hangul in an abstract, say) are checked
 * by that format's writer, not here.
 */
@Value.Immutable
abstract class AbstractPaper {

  /** {@return the paper's title: one line, not blank} */
  public abstract String title();

  /** {@return the authors in the order given, repeats kept} */
  public abstract List<String> authors();

  /** {@return the abstract, if the digest has one; lines separated by {@code \n}} */
  public abstract Optional<String> abstractText();

  /** {@return the Korean comment, if any; lines separated by {@code \n}} */
  public abstract Optional<String> comment();

  /** {@return the English translation of the comment, if any; lines separated by {@code \n}} */
  public abstract Optional<String> translation();

  /** {@return the tags in order, without the leading {@code #}} */
  public abstract List<String> tags();

  /**
   * Enforces the model's rules on every paper built, so that no invalid paper exists.
   *
   * @throws InvalidPaperException naming the field, the element and the rule broken
   */
  @Value.Check
  protected void check() {
    boolean scan = !DecodedLines.building();
    ModelRules.requireLine(PaperField.TITLE, -1, title(), scan);
    for (int i = 0; i < authors().size(); i++) {
      ModelRules.requireLine(PaperField.AUTHORS, i, authors().get(i), scan);
    }
    abstractText().ifPresent(text -> ModelRules.requireText(PaperField.ABSTRACT, text, scan));
    comment().ifPresent(text -> ModelRules.requireText(PaperField.COMMENT, text, scan));
    translation().ifPresent(text -> ModelRules.requireText(PaperField.TRANSLATION, text, scan));
    for (int i = 0; i < tags().size(); i++) {
      ModelRules.requireTag(i, tags().get(i));
    }
  }
}
