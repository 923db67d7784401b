package dev.paperdigest.markdown;

import dev.paperdigest.core.InvalidPaperException;
import dev.paperdigest.core.spi.MessageText;
import dev.paperdigest.markdown.MarkdownLayout.Part;
import org.commonmark.node.Delimited;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * What the reader says about Markdown that misses the layout in the ways people miss it: a label
 * misspelled, a heading without its space, a block out of place, a rule of the model broken. Each
 * message says what is wrong in the layout's terms, and what to write instead.
 */
final class LayoutMistakes {
  /** What a paper may hold, for messages about blocks it may not. */
  static final String LAYOUT =
      "after `## Title` a paper has only its authors `*Name*, *Name*`, its abstract `> ...`, "
          + "`**Comment:** ...`, `**Translation:** ...` and its tags `` `#tag` ``, in that order";

  private LayoutMistakes() {}

  /** The model's rule that {@code e} reports, in the words of the Markdown layout. */
  static String modelRuleBroken(InvalidPaperException e) {
    String value = e.value();
    switch (e.field()) {
      case TITLE:
        return e.rule() == InvalidPaperException.Rule.BLANK
            ? "the paper heading has no title"
            : "the title " + MessageText.quote(value) + " " + e.reason();
      case AUTHORS:
        return "the author " + MessageText.quote(value) + " " + e.reason();
      case ABSTRACT:
        return "the abstract " + e.reason();
      case COMMENT:
        return "the " + quoteLabel(Part.COMMENT) + " text " + e.reason();
      case TRANSLATION:
        return "the " + quoteLabel(Part.TRANSLATION) + " text " + e.reason();
      default: // TAGS
        // The offending character is counted in the tag as written, with its mark.
        String written = MarkdownLayout.TAG_MARK + value;
        int offset = e.offset() < 0 ? -1 : e.offset() + MarkdownLayout.TAG_MARK.length();
        return "the tag "
            + MessageText.quote(written)
            + " "
            + new InvalidPaperException(e.field(), e.index(), e.rule(), written, offset).reason();
    }
  }

  /**
   * What is wrong with a paper title underlined with {@code underline} ({@code ===}), which makes
   * it a level-1 heading.
   *
   * @param title the title, or null when it holds more than text
   */
  static String underlinedTitle(String underline, String title) {
    return "the underline "
        + MessageText.quote(underline)
        + " makes the line above it a level-1 heading, which only a digest's date"
        + " `# YYYY-MM-DD` is; underline a paper's title with `---`"
        + (title == null ? "" : ", or write " + MessageText.quote("## " + title));
  }

  /** What is wrong with {@code block}, which has no place where it stands in a paper. */
  static String unexpectedBlock(Node block) {
    String label = misspelledLabel(block);
    if (label != null) {
      return label;
    }
    if (block instanceof Paragraph && block.getFirstChild() instanceof StrongEmphasis) {
      String text = DigestNodeMapper.plainText(block.getFirstChild());
      return "unknown label"
          + (text == null ? "" : " " + MessageText.quote("**" + text + "**"))
          + ": a paper's paragraphs are labelled "
          + MessageText.quote(Part.COMMENT.writtenLabel())
          + " or "
          + MessageText.quote(Part.TRANSLATION.writtenLabel());
    }
    String heading = headingSpaceHint(block, "");
    if (!heading.isEmpty()) {
      return MessageText.quote(((Text) block.getFirstChild()).getLiteral())
          + " is a paragraph, not a heading: "
          + heading;
    }
    if (block instanceof Heading) {
      return NodeDescriptions.block(block)
          + " has no place in a digest: papers have `## Title` headings"
          + " and digests `# 2024-10-10`";
    }
    return NodeDescriptions.block(block) + " has no place in a paper; " + LAYOUT;
  }

  /**
   * What is wrong with a paragraph that opens with a label misspelled, in case, in its colon or in
   * its bold ({@code **Comment**:}, {@code *Comment:*}, {@code Comment:}); null if it does not.
   */
  static String misspelledLabel(Node block) {
    if (!(block instanceof Paragraph)) {
      return null;
    }
    Node first = block.getFirstChild();
    if (first instanceof Emphasis && readsAsAuthors(block)) {
      // `*Comment*` alone is what the writer makes of a paper whose one author is called Comment.
      return null;
    }
    if (first instanceof Emphasis || first instanceof StrongEmphasis) {
      String text = DigestNodeMapper.plainText(first);
      Part part = text == null ? null : Part.resembling(text);
      if (part == null) {
        return null;
      }
      String delimiter = ((Delimited) first).getOpeningDelimiter();
      String written = delimiter + text + delimiter;
      if (first instanceof StrongEmphasis
          && !text.endsWith(":")
          && first.getNext() instanceof Text
          && ((Text) first.getNext()).getLiteral().startsWith(":")) {
        return "the colon of the label "
            + MessageText.quote(written + ":")
            + " belongs inside the bold: write "
            + MessageText.quote(part.writtenLabel());
      }
      return "the label " + MessageText.quote(written) + " is written " + quoteLabel(part);
    }
    if (first instanceof Text) {
      String text = ((Text) first).getLiteral();
      Part part = Part.openingPlainText(text);
      if (part != null) {
        return "the label "
            + MessageText.quote(text.substring(0, part.label().length()))
            + " is written in bold: "
            + quoteLabel(part);
      }
    }
    return null;
  }

  /**
   * Whether {@code paragraph} has the shape of an authors line: names in emphasis, with nothing
   * between them but commas and spaces (line breaks included).
   */
  private static boolean readsAsAuthors(Node paragraph) {
    StringBuilder between = new StringBuilder();
    for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Emphasis) {
        if (!between.toString().strip().equals(",") && node != paragraph.getFirstChild()) {
          return false;
        }
        between.setLength(0);
      } else if (node instanceof Text) {
        between.append(((Text) node).getLiteral());
      } else if (!(node instanceof SoftLineBreak)) {
        return false;
      }
    }
    return between.length() == 0;
  }

  static String quoteLabel(Part part) {
    return MessageText.quote(part.writtenLabel());
  }

  /**
   * A hint, after {@code separator}, for a paragraph whose first line is a heading without the
   * space after its {@code #} ({@code #2024-10-10}, {@code ##Title}); empty for any other block. A
   * lone {@code #} counts only before a digit, since {@code #tag} is more likely a tag.
   */
  static String headingSpaceHint(Node block, String separator) {
    if (!(block instanceof Paragraph) || !(block.getFirstChild() instanceof Text)) {
      return "";
    }
    String text = ((Text) block.getFirstChild()).getLiteral();
    int hashes = 0;
    while (hashes < text.length() && text.charAt(hashes) == '#') {
      hashes++;
    }
    if (hashes == 0 || hashes > 6 || hashes == text.length()) {
      return "";
    }
    char next = text.charAt(hashes);
    if (Character.isWhitespace(next) || (hashes == 1 && (next < '0' || next > '9'))) {
      return "";
    }
    return separator
        + "a heading needs a space after its "
        + MessageText.quote(text.substring(0, hashes))
        + ": write "
        + MessageText.quote(text.substring(0, hashes) + " " + text.substring(hashes));
  }
}
