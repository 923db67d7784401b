package dev.paperdigest.lint;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every rule lint knows, each with a stable id by which configuration files, {@code --select} and
 * {@code --ignore} name it, and a one-line rationale that {@code digest lint --rules} prints.
 *
 * <pre>{@code
 * for (LintRule rule : LintRule.values()) {
 *   System.out.printf("%-28s %s%n", rule.id(), rule.rationale());
 * }
 * LintRule.byId("duplicate-author");   // Optional[DUPLICATE_AUTHOR]
 * }</pre>
 *
 * <p>Three ids belong to warnings that the formats' readers give as well ({@link #AUTHOR_COMMA},
 * {@link #TAG_HASH}) or that only reading can find ({@link #EMPTY_INPUT}); lint reports them once,
 * whoever finds them. <a
 * href="https://github.com/paperdigest/paperdigest/blob/main/docs/lint.md">docs/lint.md</a>
 * describes every rule with an example.
 */
public enum LintRule {
  /** The same author twice in one paper. */
  DUPLICATE_AUTHOR(
      "duplicate-author",
      "The same author listed twice in one paper is usually a copy-paste slip.",
      "Remove the repeated name. Two people can share a name (the sample's Kun Xu): then silence"
          + " the rule for that paper with a [[suppress]] entry in .digestlint.toml."),
  /** A comment with no translation after it. */
  COMMENT_WITHOUT_TRANSLATION(
      "comment-without-translation",
      "A Korean comment without its English translation leaves English readers out.",
      "Add the English translation after the comment."),
  /** A translation with no comment before it. */
  TRANSLATION_WITHOUT_COMMENT(
      "translation-without-comment",
      "A translation needs the comment it translates; the text format cannot even hold it alone.",
      "Add the Korean comment, or drop the translation."),
  /** Hangul in the English translation. */
  TRANSLATION_HANGUL(
      "translation-hangul",
      "Hangul in the English translation usually means part of the comment slipped into it.",
      "Move the Korean text into the comment, or translate it."),
  /** A comment without Hangul. */
  COMMENT_WITHOUT_HANGUL(
      "comment-without-hangul",
      "A comment without Hangul is probably the translation or the abstract in the wrong place;"
          + " the text format would read it as abstract.",
      "Write the Korean comment there, or move the text to the field it belongs to."),
  /** A paper without authors. */
  NO_AUTHORS(
      "no-authors",
      "Every paper has authors; an empty list means they were lost on the way.",
      "Add the authors."),
  /** An abstract that stops mid-sentence. */
  ABSTRACT_UNFINISHED(
      "abstract-unfinished",
      "An abstract that stops without ending its sentence was probably cut off when pasted.",
      "Paste the rest of the abstract. An abstract ends with . ! ? … a closing bracket or quote,"
          + " or a link."),
  /** Whitespace at either end of a line. */
  LINE_WHITESPACE(
      "line-whitespace",
      "Whitespace at either end of a line is invisible in most views and lost by many tools.",
      "Remove the spaces or tabs at the start or end of the line."),
  /** A title ending with a full stop. */
  TITLE_FULL_STOP(
      "title-full-stop",
      "Paper titles do not end with a full stop; one there is usually pasted along with the title.",
      "Remove the full stop at the end of the title."),
  /** An author name holding {@code ", "}. */
  AUTHOR_COMMA(
      "author-comma",
      "An author name holding \", \" is probably two names; the text format would read two.",
      "Write each author as a name of its own."),
  /** A tag starting with {@code #}. */
  TAG_HASH(
      "tag-hash",
      "Tags are stored without their #; a tag that keeps it shows as ##tag.",
      "Remove the # at the start of the tag."),
  /** A tag spelled differently from the same tag elsewhere in the archive. */
  TAG_SPELLING(
      "tag-spelling",
      "One tag in two spellings (#LLM and #llm) splits tag pages and searches in two.",
      "Use the spelling the archive used first, which the message names."),
  /** A digest dated before the digest just before it. */
  DATE_ORDER(
      "date-order",
      "An archive is kept in date order; a date earlier than the one before it is usually a typo.",
      "Correct the date, or move the digest to its place."),
  /** Two digests of the same date. */
  DUPLICATE_DATE(
      "duplicate-date",
      "One day has one digest; two of the same date are a typo or a digest added twice.",
      "Correct the date, or merge the two digests."),
  /** The same paper in two digests, or twice in one. */
  DUPLICATE_PAPER(
      "duplicate-paper",
      "The same paper (same title, ignoring case and spacing) twice in an archive is usually added"
          + " twice by mistake.",
      "Remove one of them, or silence the rule for that paper if it is there on purpose."),
  /** A date after today. */
  FUTURE_DATE(
      "future-date",
      "A digest dated on a day that has not begun anywhere on Earth has a typo in its date.",
      "Correct the year, month or day."),
  /** A digest with no papers. */
  EMPTY_DIGEST(
      "empty-digest",
      "A digest with no papers is usually a date line left behind or papers lost.",
      "Add its papers, or remove the date."),
  /** An input holding no digest. */
  EMPTY_INPUT(
      "empty-input",
      "An input without any digest is empty or the wrong file.",
      "Remove the file, or check that it is the one meant."),
  /** A reader's warning that carries no rule id. */
  FORMAT_WARNING(
      "format-warning",
      "A format's reader found something legal but probably wrong, and gave it no rule id of its"
          + " own.",
      "Read the message; the format's documentation says more.");

  private final String id;
  private final String rationale;
  private final String advice;

  LintRule(String id, String rationale, String advice) {
    this.id = id;
    this.rationale = rationale;
    this.advice = advice;
  }

  /**
   * The stable id, lower-case words joined by {@code -}.
   *
   * @return such as {@code duplicate-author}
   */
  public String id() {
    return id;
  }

  /**
   * Why the rule exists, in one line.
   *
   * @return one sentence
   */
  public String rationale() {
    return rationale;
  }

  /**
   * What to do about a finding, in a sentence or two.
   *
   * @return the advice
   */
  public String advice() {
    return advice;
  }

  /**
   * The rule with id {@code id}.
   *
   * @param id a rule id such as {@code tag-spelling}
   * @return the rule, or empty for an id lint does not know
   */
  public static Optional<LintRule> byId(String id) {
    return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
  }

  /** Every id, in the order of {@link #values()}, for messages that list them. */
  static List<String> ids() {
    return Arrays.stream(values()).map(LintRule::id).toList();
  }

  /** Whether lint looks for this itself only when the reader did not report it. */
  boolean isAlsoFoundByReaders() {
    return this == AUTHOR_COMMA || this == TAG_HASH;
  }
}
