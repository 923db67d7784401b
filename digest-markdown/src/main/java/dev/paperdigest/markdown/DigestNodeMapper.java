package dev.paperdigest.markdown;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.UnicodeText;
import dev.paperdigest.markdown.MarkdownLayout.Part;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Maps the blocks of a parsed Markdown document back to digests, in one walk over the nodes. Text
 * comes from the inline nodes, where commonmark-java has already undone escapes and character
 * references; what is left to decide is which block is which part of the layout.
 *
 * <p>Every problem in a digest is collected before the digest is refused. After a block that has no
 * place in the layout, mapping goes on at the next paper heading.
 */
final class DigestNodeMapper {
  private static final String LAYOUT =
      "after `## Title` a paper has only its authors `*Name*, *Name*`, its abstract `> ...`, "
          + "`**Comment:** ...`, `**Translation:** ...` and its tags `` `#tag` ``, in that order";

  private final SourceLocator locator;

  DigestNodeMapper(SourceLocator locator) {
    this.locator = locator;
  }

  /** The first top-level block after {@code start} that begins another digest, or null. */
  static Node nextDigest(Node start) {
    Node block = start.getNext();
    while (block != null && !isHeading(block, MarkdownLayout.DIGEST_HEADING_LEVEL)) {
      block = block.getNext();
    }
    return block;
  }

  /**
   * Maps the top-level blocks from {@code start} up to, not including, {@code end}.
   *
   * @throws DigestFormatException with every problem found in those blocks
   */
  Digest map(Node start, Node end) {
    List<Diagnostic> problems = new ArrayList<>();
    LocalDate date = null;
    Node block;
    if (isHeading(start, MarkdownLayout.DIGEST_HEADING_LEVEL)) {
      date = readDate((Heading) start, problems);
      block = start.getNext();
      if (block != end && !isPaperHeading(block)) {
        problems.add(
            locator.error(
                block,
                "expected a paper heading `## Title` after the digest heading, but found "
                    + describeBlock(block)));
        block = nextPaper(block, end);
      }
    } else {
      problems.add(
          locator.error(
              start,
              "expected a digest heading with its date, like `# 2024-10-10`, but found "
                  + describeBlock(start)));
      block = isPaperHeading(start) ? start : nextPaper(start, end);
    }
    List<Paper> papers = new ArrayList<>();
    while (block != end) {
      Node next = nextPaper(block, end);
      Paper paper = readPaper((Heading) block, next, problems);
      if (paper != null) {
        papers.add(paper);
      }
      block = next;
    }
    if (!problems.isEmpty()) {
      throw new DigestFormatException(problems);
    }
    return Digest.builder().date(date).papers(papers).build();
  }

  private LocalDate readDate(Heading heading, List<Diagnostic> problems) {
    String text = readText(heading.getFirstChild(), "the digest heading", false, problems);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      problems.add(
          locator.error(
              heading,
              "expected the digest's date as `# YYYY-MM-DD`, like `# 2024-10-10`, but the heading "
                  + (text.isEmpty() ? "is empty" : "says `" + text + "`")));
      return null;
    }
  }

  /** The paper under {@code heading}, or null after adding its problems. */
  private Paper readPaper(Heading heading, Node end, List<Diagnostic> problems) {
    int problemsBefore = problems.size();
    Paper.Builder paper = Paper.builder();
    String title = readText(heading.getFirstChild(), "the title", false, problems);
    if (title != null) {
      if (UnicodeText.isBlank(title)) {
        problems.add(locator.error(heading, "the paper heading has no title"));
      }
      paper.title(title);
    }
    Part previous = null;
    for (Node block = heading.getNext(); block != end; block = block.getNext()) {
      Part part = partOf(block);
      if (part == null) {
        problems.add(locator.error(block, unexpectedBlock(block)));
        break;
      }
      if (previous != null && part.compareTo(previous) <= 0) {
        problems.add(
            locator.error(
                block,
                part == previous
                    ? "this paper already has " + part.words() + "; a paper has one"
                    : part.words() + " must come before " + previous.words() + "; " + LAYOUT));
        continue;
      }
      previous = part;
      readPart(part, block, paper, problems);
    }
    if (problems.size() > problemsBefore) {
      return null;
    }
    try {
      return paper.build();
    } catch (IllegalArgumentException e) {
      problems.add(
          locator.error(heading, "this paper breaks a rule of digests: " + e.getMessage()));
      return null;
    }
  }

  /** Which part of a paper {@code block} is by its shape, or null if it is none. */
  private static Part partOf(Node block) {
    if (block instanceof BlockQuote) {
      return Part.ABSTRACT;
    }
    if (!(block instanceof Paragraph)) {
      return null;
    }
    Node first = block.getFirstChild();
    if (first instanceof Emphasis) {
      return Part.AUTHORS;
    }
    if (first instanceof Code) {
      return Part.TAGS;
    }
    if (first instanceof StrongEmphasis) {
      String label = labelOf((StrongEmphasis) first);
      return label == null ? null : Part.labelled(label);
    }
    return null;
  }

  private static String unexpectedBlock(Node block) {
    if (block instanceof Paragraph && block.getFirstChild() instanceof StrongEmphasis) {
      String label = labelOf((StrongEmphasis) block.getFirstChild());
      return "unknown label"
          + (label == null ? "" : " `**" + label + "**`")
          + ": a paper's paragraphs are labelled `**"
          + Part.COMMENT.label()
          + "**` or `**"
          + Part.TRANSLATION.label()
          + "**`";
    }
    if (block instanceof Heading) {
      return describeBlock(block)
          + " has no place in a digest: papers have `## Title` headings"
          + " and digests `# 2024-10-10`";
    }
    return describeBlock(block) + " has no place in a paper; " + LAYOUT;
  }

  private void readPart(Part part, Node block, Paper.Builder paper, List<Diagnostic> problems) {
    switch (part) {
      case AUTHORS:
        readAuthors(block, paper, problems);
        break;
      case ABSTRACT:
        readAbstract(block, paper, problems);
        break;
      case COMMENT:
      case TRANSLATION:
        Node text = block.getFirstChild().getNext();
        if (text == null) {
          problems.add(
              locator.error(
                  block,
                  "the label `**"
                      + part.label()
                      + "**` has no text after it;"
                      + " leave it out when there is no "
                      + part.name().toLowerCase(Locale.ROOT)));
          break;
        }
        String value = readText(text, part.words(), true, problems);
        if (value != null) {
          // One space separates the label from the first line.
          value = value.startsWith(" ") ? value.substring(1) : value;
          if (part == Part.COMMENT) {
            paper.comment(value);
          } else {
            paper.translation(value);
          }
        }
        break;
      case TAGS:
        readTags(block, paper, problems);
        break;
    }
  }

  private void readAbstract(Node quote, Paper.Builder paper, List<Diagnostic> problems) {
    Node content = quote.getFirstChild();
    if (content == null) {
      problems.add(locator.error(quote, "the abstract's block quote is empty"));
    } else if (!(content instanceof Paragraph)) {
      problems.add(
          locator.error(
              content,
              "the abstract is a block quote of one paragraph, but this one holds "
                  + describeBlock(content)));
    } else if (content.getNext() != null) {
      problems.add(
          locator.error(
              content.getNext(),
              "the abstract is a block quote of one paragraph, but this one goes on with "
                  + describeBlock(content.getNext())
                  + "; end each line but the last with `\\`"));
    } else {
      String text = readText(content.getFirstChild(), Part.ABSTRACT.words(), true, problems);
      if (text != null) {
        paper.abstractText(text);
      }
    }
  }

  private void readAuthors(Node paragraph, Paper.Builder paper, List<Diagnostic> problems) {
    Node node = paragraph.getFirstChild();
    while (true) {
      if (!(node instanceof Emphasis)) {
        problems.add(
            node == null
                ? locator.error(
                    paragraph.getLastChild(),
                    "the authors end with `,`: remove it or add a name after it")
                : locator.error(
                    node,
                    "expected an author's name as `*Name*`, but found " + describeInline(node)));
        return;
      }
      String name = readText(node.getFirstChild(), "an author's name", false, problems);
      if (name == null) {
        return;
      }
      if (UnicodeText.isBlank(name)) {
        problems.add(locator.error(node, "an author's name is blank"));
        return;
      }
      paper.addAuthors(name);
      node = node.getNext();
      if (node == null) {
        return;
      }
      Node separator = node;
      StringBuilder between = new StringBuilder();
      while (node instanceof Text || node instanceof SoftLineBreak) {
        between.append(node instanceof Text ? ((Text) node).getLiteral() : " ");
        node = node.getNext();
      }
      String comma = between.toString().strip();
      if (!comma.equals(",")) {
        problems.add(
            locator.error(
                separator,
                comma.startsWith(",")
                    ? "expected each author's name as `*Name*`, but `"
                        + comma.substring(1).strip()
                        + "` is not"
                    : between.length() == 0
                        ? "expected `, ` between authors, but found " + describeInline(separator)
                        : "expected `, ` between authors, but found `" + between + "`"));
        return;
      }
    }
  }

  private void readTags(Node paragraph, Paper.Builder paper, List<Diagnostic> problems) {
    for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Code) {
        String literal = ((Code) node).getLiteral();
        if (!literal.startsWith(MarkdownLayout.TAG_MARK) || literal.length() == 1) {
          problems.add(
              locator.error(
                  node,
                  "a tag is a code span starting with `#`, like `` `#tag` ``, but this one holds `"
                      + literal
                      + "`"));
        } else if (hasWhitespace(literal)) {
          problems.add(
              locator.error(node, "the tag `" + literal + "` holds whitespace; a tag is one word"));
        } else {
          paper.addTags(literal.substring(1));
        }
      } else if (!(node instanceof SoftLineBreak
          || (node instanceof Text && UnicodeText.isBlank(((Text) node).getLiteral())))) {
        problems.add(
            locator.error(
                node,
                "expected tags as code spans like `` `#tag` `` separated by spaces, but found "
                    + describeInline(node)));
      }
    }
  }

  /**
   * The text of {@code first} and the inline nodes after it, line breaks read as {@code \n}; null
   * after adding a problem for any markup among them.
   */
  private String readText(Node first, String field, boolean multiLine, List<Diagnostic> problems) {
    if (first == null) {
      return "";
    }
    if (first instanceof Text && first.getNext() == null) {
      return ((Text) first).getLiteral();
    }
    StringBuilder text = new StringBuilder();
    boolean clean = true;
    for (Node node = first; node != null; node = node.getNext()) {
      if (node instanceof Text) {
        if (!isEmptyLastLine((Text) node)) {
          text.append(((Text) node).getLiteral());
        }
      } else if (node instanceof HardLineBreak || node instanceof SoftLineBreak) {
        if (!multiLine) {
          problems.add(
              locator.error(node, field + " must be one line, but a new line starts here"));
          clean = false;
        }
        text.append('\n');
      } else {
        problems.add(
            locator.error(
                node,
                field
                    + " holds "
                    + describeInline(node)
                    + ", which the layout does not use; "
                    + hint(node)));
        clean = false;
      }
    }
    return clean ? text.toString() : null;
  }

  /**
   * Whether {@code text} is the lone, unescaped backslash that stands for an empty last line: a
   * paragraph cannot end with a line break, so the writer ends it with a backslash that CommonMark
   * keeps as text. The last line of the paragraph's source tells it from an escaped one ({@code
   * \\}), which spans two characters.
   */
  private static boolean isEmptyLastLine(Text text) {
    if (text.getNext() != null || !"\\".equals(text.getLiteral())) {
      return false;
    }
    Node before = text.getPrevious();
    List<SourceSpan> lines = text.getParent().getSourceSpans();
    return (before instanceof HardLineBreak || before instanceof SoftLineBreak)
        && !lines.isEmpty()
        && lines.get(lines.size() - 1).getLength() == 1;
  }

  private static boolean isHeading(Node node, int level) {
    return node instanceof Heading && ((Heading) node).getLevel() == level;
  }

  private static boolean isPaperHeading(Node node) {
    return isHeading(node, MarkdownLayout.PAPER_HEADING_LEVEL);
  }

  /** The first paper heading after {@code block}, or {@code end}. */
  private static Node nextPaper(Node block, Node end) {
    Node next = block.getNext();
    while (next != end && !isPaperHeading(next)) {
      next = next.getNext();
    }
    return next;
  }

  /** The text of a {@code **label**} made of text alone, or null. */
  private static String labelOf(StrongEmphasis strong) {
    Node only = strong.getFirstChild();
    return only instanceof Text && only.getNext() == null ? ((Text) only).getLiteral() : null;
  }

  private static boolean hasWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (UnicodeText.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String describeBlock(Node block) {
    if (block instanceof Heading) {
      return "a level-" + ((Heading) block).getLevel() + " heading";
    }
    if (block instanceof Paragraph) {
      return "a paragraph";
    }
    if (block instanceof BlockQuote) {
      return "a block quote";
    }
    if (block instanceof BulletList) {
      return "a bullet list";
    }
    if (block instanceof OrderedList) {
      return "a numbered list";
    }
    if (block instanceof ThematicBreak) {
      return "a horizontal rule";
    }
    if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
      return "a code block";
    }
    if (block instanceof HtmlBlock) {
      return "an HTML block";
    }
    if (block instanceof LinkReferenceDefinition) {
      return "a link reference definition";
    }
    return "a block of type " + block.getClass().getSimpleName();
  }

  private static String describeInline(Node node) {
    if (node instanceof Text) {
      return "the text `" + ((Text) node).getLiteral() + "`";
    }
    if (node instanceof Emphasis) {
      return "emphasis";
    }
    if (node instanceof StrongEmphasis) {
      return "strong emphasis";
    }
    if (node instanceof Code) {
      return "a code span";
    }
    if (node instanceof Link) {
      return "a link";
    }
    if (node instanceof Image) {
      return "an image";
    }
    if (node instanceof HtmlInline) {
      return "raw HTML";
    }
    if (node instanceof HardLineBreak || node instanceof SoftLineBreak) {
      return "a line break";
    }
    return "markup of type " + node.getClass().getSimpleName();
  }

  private static String hint(Node node) {
    if (node instanceof Emphasis || node instanceof StrongEmphasis) {
      return "write `\\*` or `\\_` for a literal `*` or `_`";
    }
    if (node instanceof Code) {
      return "write `` \\` `` for a literal backtick";
    }
    if (node instanceof Link || node instanceof Image) {
      return "write `\\[` and `\\]` for literal brackets";
    }
    if (node instanceof HtmlInline) {
      return "write `\\<` for a literal `<`";
    }
    return "escape its characters with `\\`";
  }
}
