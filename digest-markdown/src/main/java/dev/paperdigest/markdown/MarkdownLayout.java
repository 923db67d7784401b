package dev.paperdigest.markdown;

/**
 * The shape of a digest in Markdown, shared by the writer and the reader so that the two cannot
 * drift apart. docs/markdown.md describes it for people.
 */
final class MarkdownLayout {
  private MarkdownLayout() {}

  /** {@code # 2024-10-10}: one per digest. */
  static final int DIGEST_HEADING_LEVEL = 1;

  /** {@code ## Title}: one per paper. */
  static final int PAPER_HEADING_LEVEL = 2;

  /** Authors are emphasised names separated by this. */
  static final String AUTHOR_SEPARATOR = ", ";

  /** Each tag is a code span holding this and the tag. */
  static final String TAG_MARK = "#";

  /**
   * The blocks after a paper's heading, each optional, in the order they must appear. Comment and
   * translation are both plain paragraphs, so each begins with a strongly emphasised label.
   */
  enum Part {
    AUTHORS("the authors", null),
    ABSTRACT("the abstract", null),
    COMMENT("the comment", "Comment:"),
    TRANSLATION("the translation", "Translation:"),
    TAGS("the tags", null);

    private final String words;
    private final String label;

    Part(String words, String label) {
      this.words = words;
      this.label = label;
    }

    /** How a message names this part, such as "the abstract". */
    String words() {
      return words;
    }

    /** The text inside {@code **...**} that opens a labelled paragraph, or null if unlabelled. */
    String label() {
      return label;
    }

    /** The part whose label is {@code text}, or null. */
    static Part labelled(String text) {
      if (COMMENT.label.equals(text)) {
        return COMMENT;
      }
      if (TRANSLATION.label.equals(text)) {
        return TRANSLATION;
      }
      return null;
    }
  }
}
