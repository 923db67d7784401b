package dev.paperdigest.core;

/**
 * The fields of a {@link Paper}, for messages and positions that say which one they are about. Two
 * fields are lists ({@link #AUTHORS}, {@link #TAGS}); their elements are counted from 0.
 *
 * <pre>{@code
 * SourcePosition where = digests.locations().element(0, PaperField.TAGS, 1);   // second tag
 * }</pre>
 */
public enum PaperField {
  /** {@link Paper#title()}. */
  TITLE("title", "title"),
  /** {@link Paper#authors()}, a list. */
  AUTHORS("authors", "author"),
  /** {@link Paper#abstractText()}. */
  ABSTRACT("abstract", "abstract"),
  /** {@link Paper#comment()}. */
  COMMENT("comment", "comment"),
  /** {@link Paper#translation()}. */
  TRANSLATION("translation", "translation"),
  /** {@link Paper#tags()}, a list. */
  TAGS("tags", "tag");

  private final String word;
  private final String elementWord;

  PaperField(String word, String elementWord) {
    this.word = word;
    this.elementWord = elementWord;
  }

  /**
   * The field in plain English, as messages name it.
   *
   * @return {@code title}, {@code authors}, {@code abstract}, ...
   */
  public String word() {
    return word;
  }

  /**
   * One element of the field in plain English: {@code author} and {@code tag} for the lists, the
   * field's own word for the others.
   *
   * @return the singular word
   */
  public String elementWord() {
    return elementWord;
  }

  /**
   * Whether the field is a list whose elements have indexes.
   *
   * @return {@code true} for {@link #AUTHORS} and {@link #TAGS}
   */
  public boolean isList() {
    return this == AUTHORS || this == TAGS;
  }
}
