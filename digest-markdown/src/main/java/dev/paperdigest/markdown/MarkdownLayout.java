package dev.paperdigest.markdown;

import dev.paperdigest.core.PaperField;
import java.util.List;
import java.util.Locale;

/**
 * The shape of a digest in Markdown, shared by the writer and the reader so that the two cannot
 * drift apart. <a
 * href="https://github.com/paperdigest/paperdigest/blob/main/docs/markdown.md">docs/markdown.md</a>
 * describes it for people.
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
    AUTHORS("the authors", null, PaperField.AUTHORS),
    ABSTRACT("the abstract", null, PaperField.ABSTRACT),
    COMMENT("the comment", "Comment:", PaperField.COMMENT),
    TRANSLATION("the translation", "Translation:", PaperField.TRANSLATION),
    TAGS("the tags", null, PaperField.TAGS);

    /** The parts that open with a label. */
    private static final List<Part> LABELLED = List.of(COMMENT, TRANSLATION);

    private final String words;
    private final String label;
    private final PaperField field;

    Part(String words, String label, PaperField field) {
      this.words = words;
      this.label = label;
      this.field = field;
    }

    /** How a message names this part, such as "the abstract". */
    String words() {
      return words;
    }

    /** The text inside {@code **...**} that opens a labelled paragraph, or null if unlabelled. */
    String label() {
      return label;
    }

    /** The label as written in Markdown, such as {@code **Comment:**}. */
    String writtenLabel() {
      return "**" + label + "**";
    }

    /** The field of the model this part holds. */
    PaperField field() {
      return field;
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

    /**
     * The labelled part whose label {@code text} is a misspelling of, in case or colon ({@code
     * comment}, {@code COMMENT :}), or null.
     */
    static Part resembling(String text) {
      String word = text.strip();
      if (word.endsWith(":")) {
        word = word.substring(0, word.length() - 1).strip();
      }
      for (Part part : LABELLED) {
        if (part.label.substring(0, part.label.length() - 1).equalsIgnoreCase(word)) {
          return part;
        }
      }
      return null;
    }

    /**
     * The labelled part whose label, without its bold, {@code text} begins with ({@code Comment:
     * ...}, any case), or null.
     */
    static Part openingPlainText(String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      for (Part part : LABELLED) {
        if (lower.startsWith(part.label.toLowerCase(Locale.ROOT))) {
          return part;
        }
      }
      return null;
    }
  }
}
