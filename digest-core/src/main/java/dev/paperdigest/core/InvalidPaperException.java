package dev.paperdigest.core;

import dev.paperdigest.core.spi.MessageText;
import java.util.Objects;

/**
 * A paper that breaks one of the rules every format shares, thrown when it is built. It carries the
 * rule as data, so that each format can say what is wrong in its own terms (a JSON path, a Markdown
 * label, a line of text) instead of parsing a message:
 *
 * <pre>{@code
 * try {
 *   paper = builder.build();
 * } catch (InvalidPaperException e) {
 *   report(positionOf(e.field(), e.index()), "the " + e.field().elementWord() + " " + e.reason());
 *   // the tag holds whitespace (U+0020 at character 2), but a tag is one word
 * }
 * }</pre>
 *
 * <p>It is an {@link IllegalArgumentException}, the type builders throw for any invalid value.
 */
public class InvalidPaperException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The rules of {@link Paper}, as its documentation lists them. */
  public enum Rule {
    /** The title or an author is empty or only whitespace. */
    BLANK("is blank"),
    /** The title or an author has a line break. */
    LINE_BREAK("has a line break, but must be one line"),
    /** An abstract, comment or translation is present but empty, or a tag is empty. */
    EMPTY("is empty"),
    /** A multi-line text has a carriage return; lines are separated by {@code \n} only. */
    CARRIAGE_RETURN("has a carriage return, but lines are separated by \\n only"),
    /** A tag holds whitespace. */
    WHITESPACE("holds whitespace, but a tag is one word"),
    /** A text holds half of a UTF-16 surrogate pair, which no UTF-8 file can carry. */
    UNPAIRED_SURROGATE("holds an unpaired surrogate, which is not Unicode text");

    private final String words;

    Rule(String words) {
      this.words = words;
    }

    /**
     * What is wrong, as the end of a sentence whose subject is the field.
     *
     * @return such as {@code is blank}
     */
    public String words() {
      return words;
    }
  }

  /** The field that breaks a rule. */
  private final PaperField field;

  /** The element of a list field, from 0; -1 for the other fields. */
  private final int index;

  /** The rule broken. */
  private final Rule rule;

  /** The offending value, as given. */
  private final String value;

  /** Where in {@code value} the offending character is (a UTF-16 index), or -1. */
  private final int offset;

  /**
   * A paper whose {@code field} (element {@code index} of a list field, else -1) breaks {@code
   * rule}.
   *
   * @param field the field
   * @param index the element of a list field, from 0; -1 for the other fields
   * @param rule the rule broken
   * @param value the refused value
   * @param offset where in {@code value} the offending character is (a UTF-16 index), or -1 when
   *     the rule is about the whole value
   */
  public InvalidPaperException(PaperField field, int index, Rule rule, String value, int offset) {
    super(describe(field, index, rule, value, offset));
    this.field = field;
    this.index = index;
    this.rule = rule;
    this.value = value;
    this.offset = offset;
  }

  /**
   * The field that breaks the rule.
   *
   * @return the field
   */
  public PaperField field() {
    return field;
  }

  /**
   * Which element of a list field ({@link PaperField#AUTHORS}, {@link PaperField#TAGS}).
   *
   * @return the index from 0, or -1 for the other fields
   */
  public int index() {
    return index;
  }

  /**
   * The rule broken.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * The refused value.
   *
   * @return the value as it was given
   */
  public String value() {
    return value;
  }

  /**
   * Where in {@link #value()} the offending character is.
   *
   * @return a UTF-16 index, or -1 when the rule is about the whole value
   */
  public int offset() {
    return offset;
  }

  /**
   * What is wrong without naming the field: the rule and, where there is one, the offending
   * character and where it is in the value, counted in code points from 1.
   *
   * @return such as {@code holds whitespace (U+0020 at character 2), but a tag is one word}
   */
  public String reason() {
    return reason(rule, value, offset);
  }

  private static String describe(PaperField field, int index, Rule rule, String value, int offset) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(value, "value");
    String subject =
        field.isList() && index >= 0
            ? field.elementWord() + " " + (index + 1)
            : "the " + field.word();
    return subject + " " + MessageText.quote(value) + " " + reason(rule, value, offset);
  }

  private static String reason(Rule rule, String value, int offset) {
    String words = rule.words();
    if (offset < 0) {
      return words;
    }
    String detail =
        " ("
            + MessageText.codePointName(value.codePointAt(offset))
            + " at character "
            + (value.codePointCount(0, offset) + 1)
            + ")";
    // The detail belongs to the fact, before the explanation that follows the comma.
    int comma = words.indexOf(", ");
    return comma < 0 ? words + detail : words.substring(0, comma) + detail + words.substring(comma);
  }
}
