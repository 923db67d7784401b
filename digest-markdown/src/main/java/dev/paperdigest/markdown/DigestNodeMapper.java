package dev.paperdigest.markdown;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.InvalidPaperException;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.SourcePosition;
import dev.paperdigest.core.UnicodeText;
import dev.paperdigest.core.spi.DigestDates;
import dev.paperdigest.core.spi.LocationRecorder;
import dev.paperdigest.core.spi.MessageText;
import dev.paperdigest.core.spi.ProblemList;
import dev.paperdigest.markdown.MarkdownLayout.Part;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Maps the blocks of one digest, in a parsed chunk of Markdown, back to the model, in one walk over
 * the nodes. Text comes from the inline nodes, where commonmark-java has already undone escapes and
 * character references; what is left to decide is which block is which part of the layout.
 *
 * <p>Every problem in the digest is collected before the digest is refused: after a block that has
 * no place in a paper, mapping goes on with the next block. Where each part begins is recorded as
 * it is read, and model rules that a paper breaks are reported there.
 */
final class DigestNodeMapper {
  /**
   * Where the mapper reports input that reads, but probably not as its writer meant, with the id of
   * the rule that found it.
   */
  interface Warnings {
    void warn(long line, long column, String code, String message);
  }

  private final SourceLocator locator;
  private final ProblemList problems;
  private final LocationRecorder where;
  private final Warnings warnings;

  /**
   * A mapper for one digest.
   *
   * @param problems where the digest's errors go; it may already hold some (bytes that are not
   *     UTF-8)
   * @param where where the places of the digest's parts are recorded
   */
  DigestNodeMapper(
      SourceLocator locator, ProblemList problems, LocationRecorder where, Warnings warnings) {
    this.locator = locator;
    this.problems = problems;
    this.where = where;
    this.warnings = warnings;
  }

  /** The first top-level block after {@code start} that begins another digest, or null. */
  static Node nextDigest(Node start) {
    Node block = start.getNext();
    while (block != null && !startsDigest(block)) {
      block = block.getNext();
    }
    return block;
  }

  /**
   * Maps the top-level blocks from {@code start} up to, not including, {@code end} (null for the
   * end of the chunk).
   *
   * @throws DigestFormatException with every problem found in those blocks
   */
  Digest map(Node start, Node end) {
    LocalDate date = null;
    Node block;
    if (startsDigest(start)) {
      date = readDate((Heading) start);
      block = start.getNext();
      if (block != end && !isPaperHeading(block)) {
        error(
            block,
            "expected a paper heading `## Title` after the digest heading, but found "
                + NodeDescriptions.block(block)
                + LayoutMistakes.headingSpaceHint(block, "; "));
        block = nextPaper(block, end);
      }
    } else {
      error(
          start,
          "expected a digest heading with its date, like `# 2024-10-10`, but found "
              + NodeDescriptions.block(start)
              + LayoutMistakes.headingSpaceHint(start, "; "));
      block = isPaperHeading(start) ? start : nextPaper(start, end);
    }
    List<Paper> papers = new ArrayList<>();
    for (int index = 0; block != end; index++) {
      Node next = nextPaper(block, end);
      Paper paper = readPaper(index, (Heading) block, next);
      if (paper != null) {
        papers.add(paper);
      }
      block = next;
    }
    problems.throwIfAny();
    return Digest.builder().date(date).papers(papers).build();
  }

  /**
   * Whether {@code block} begins a digest: a level-1 heading, unless it is a setext heading (text
   * underlined with {@code ===}) that holds no date, which is a paper's title underlined with the
   * wrong character and is reported as such.
   */
  private static boolean startsDigest(Node block) {
    return isHeading(block, MarkdownLayout.DIGEST_HEADING_LEVEL)
        && !(isSetext((Heading) block) && !isDateShaped(plainText(block)));
  }

  private static boolean isPaperHeading(Node block) {
    return isHeading(block, MarkdownLayout.PAPER_HEADING_LEVEL)
        || (isHeading(block, MarkdownLayout.DIGEST_HEADING_LEVEL) && !startsDigest(block));
  }

  private static boolean isHeading(Node node, int level) {
    return node instanceof Heading && ((Heading) node).getLevel() == level;
  }

  /** Whether a heading is text underlined on the next line, which gives it a span per line. */
  private static boolean isSetext(Heading heading) {
    return heading.getSourceSpans().size() > 1;
  }

  /** The text of a node made of one text node alone, or null. */
  static String plainText(Node node) {
    Node only = node.getFirstChild();
    return only instanceof Text && only.getNext() == null ? ((Text) only).getLiteral() : null;
  }

  /** Whether {@code text} is four digits, two and two, separated by {@code -}: a date or none. */
  private static boolean isDateShaped(String text) {
    if (text == null || text.length() != 10) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The first paper heading after {@code block}, or {@code end}. */
  private static Node nextPaper(Node block, Node end) {
    Node next = block.getNext();
    while (next != end && !isPaperHeading(next)) {
      next = next.getNext();
    }
    return next;
  }

  private LocalDate readDate(Heading heading) {
    String text = readText(heading.getFirstChild(), "the digest heading", false, false);
    if (text == null) {
      return null;
    }
    try {
      return DigestDates.parseIso(text);
    } catch (DateTimeException e) {
      error(
          heading,
          "expected the digest's date as `# YYYY-MM-DD`, like `# 2024-10-10`, but the heading "
              + (text.isEmpty() ? "is empty" : "says " + MessageText.quote(text))
              + (isDateShaped(text) ? ": " + e.getMessage() : ""));
      return null;
    }
  }

  /** Paper {@code index}, under {@code heading}, or null after adding its problems. */
  private Paper readPaper(int index, Heading heading, Node end) {
    long problemsBefore = problems.count();
    SourcePosition at = locator.position(heading);
    where.recordPaper(index, at.line(), at.column());
    if (heading.getLevel() == MarkdownLayout.DIGEST_HEADING_LEVEL) {
      reportUnderline(heading);
    }
    Paper.Builder paper = Paper.builder();
    Node titleText = heading.getFirstChild();
    if (titleText != null && !titleText.getSourceSpans().isEmpty()) {
      record(index, PaperField.TITLE, locator.position(titleText));
    }
    String title = readText(titleText, "the title", false, false);
    if (title != null) {
      paper.title(title);
    }
    Part previous = null;
    for (Node block = heading.getNext(); block != end; block = block.getNext()) {
      Part part = partOf(block);
      if (part == null) {
        error(block, LayoutMistakes.unexpectedBlock(block));
        continue;
      }
      if (previous != null && part.compareTo(previous) <= 0) {
        error(
            block,
            part == previous
                ? "this paper already has " + part.words() + "; a paper has one"
                : part.words()
                    + " must come before "
                    + previous.words()
                    + "; "
                    + LayoutMistakes.LAYOUT);
        continue;
      }
      previous = part;
      readPart(index, part, block, paper);
    }
    if (title == null) {
      return null;
    }
    // The model's rules are checked even when the layout had problems, so that one run shows both;
    // the parts that had problems were left out of the builder.
    try {
      Paper built = paper.build();
      return problems.count() > problemsBefore ? null : built;
    } catch (InvalidPaperException e) {
      SourcePosition place =
          e.index() >= 0
              ? where.element(index, e.field(), e.index())
              : where.field(index, e.field());
      problems.error(place.line(), place.column(), LayoutMistakes.modelRuleBroken(e));
      return null;
    }
  }

  /** Reports the {@code ===} that made a paper's title a level-1 heading. */
  private void reportUnderline(Heading heading) {
    List<SourceSpan> spans = heading.getSourceSpans();
    SourceSpan underline = spans.get(spans.size() - 1);
    SourcePosition at = locator.position(underline);
    problems.error(
        at.line(),
        at.column(),
        LayoutMistakes.underlinedTitle(locator.text(underline).strip(), plainText(heading)));
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
      return LayoutMistakes.misspelledLabel(block) == null ? Part.AUTHORS : null;
    }
    if (first instanceof Code) {
      return Part.TAGS;
    }
    if (first instanceof StrongEmphasis) {
      String label = plainText(first);
      return label == null ? null : Part.labelled(label);
    }
    return null;
  }

  private void readPart(int index, Part part, Node block, Paper.Builder paper) {
    record(index, part.field(), locator.position(block));
    switch (part) {
      case AUTHORS:
        readAuthors(index, block, paper);
        break;
      case ABSTRACT:
        readAbstract(block, paper);
        break;
      case COMMENT:
      case TRANSLATION:
        readLabelled(part, block, paper);
        break;
      case TAGS:
        readTags(index, block, paper);
        break;
    }
  }

  /**
   * Reads the text after a label. One space separates the label from the first line; a label that
   * ends its line (with a plain line break, or two spaces) has its text on the next line. A label
   * followed directly by a backslash line break, {@code **Comment:**\}, is what the writer writes
   * for a text whose first line is empty.
   */
  private void readLabelled(Part part, Node block, Paper.Builder paper) {
    Node text = block.getFirstChild().getNext();
    if (text instanceof Text
        && ((Text) text).getLiteral().isEmpty()
        && text.getNext() instanceof HardLineBreak) {
      // Two spaces before the line end leave an empty text before the line break.
      text = text.getNext();
    }
    if (text instanceof SoftLineBreak
        || (text instanceof HardLineBreak && !firstLineEndsWithBackslash(block))) {
      text = text.getNext();
    }
    if (text == null) {
      error(
          block,
          "the label "
              + LayoutMistakes.quoteLabel(part)
              + " has no text after it; leave it out when there is no "
              + part.field().word());
      return;
    }
    String value = readText(text, part.words(), true, true);
    if (value == null) {
      return;
    }
    if (part == Part.COMMENT) {
      paper.comment(value);
    } else {
      paper.translation(value);
    }
  }

  private boolean firstLineEndsWithBackslash(Node paragraph) {
    SourceSpan first = paragraph.getSourceSpans().get(0);
    String line = locator.text(first);
    return line.endsWith("\\");
  }

  private void readAbstract(Node quote, Paper.Builder paper) {
    Node content = quote.getFirstChild();
    if (content == null) {
      error(quote, "the abstract's block quote is empty");
    } else if (!(content instanceof Paragraph)) {
      error(
          content,
          "the abstract is a block quote of one paragraph, but this one holds "
              + NodeDescriptions.block(content));
    } else if (content.getNext() != null) {
      error(
          content.getNext(),
          "the abstract is a block quote of one paragraph, but this one goes on with "
              + NodeDescriptions.block(content.getNext())
              + "; end each line but the last with `\\`");
    } else {
      String text = readText(content.getFirstChild(), Part.ABSTRACT.words(), true, false);
      if (text != null) {
        paper.abstractText(text);
      }
    }
  }

  private void readAuthors(int index, Node paragraph, Paper.Builder paper) {
    InlineCursor cursor = new InlineCursor(locator, paragraph);
    Node node = paragraph.getFirstChild();
    for (int author = 0; ; author++) {
      SourcePosition at = cursor.next(node);
      if (!(node instanceof Emphasis)) {
        if (node == null) {
          error(
              paragraph.getLastChild(),
              "the authors end with `,`: remove it or add a name after it");
        } else {
          error(at, node, "expected an author's name as `*Name*`, but found " + describe(node));
        }
        return;
      }
      if (at != null) {
        where.recordElement(index, PaperField.AUTHORS, author, at.line(), at.column());
      }
      String name = readText(node.getFirstChild(), "an author's name", false, false);
      if (name == null) {
        return;
      }
      paper.addAuthors(name);
      if (name.contains(MarkdownLayout.AUTHOR_SEPARATOR)) {
        warnAuthorHoldingSeparator(where.element(index, PaperField.AUTHORS, author), name);
      }
      node = node.getNext();
      if (node == null) {
        return;
      }
      Node separator = node;
      SourcePosition separatorAt = cursor.next(node);
      StringBuilder between = new StringBuilder();
      while (node instanceof Text || node instanceof SoftLineBreak) {
        between.append(node instanceof Text ? ((Text) node).getLiteral() : " ");
        node = node.getNext();
        if (node instanceof Text || node instanceof SoftLineBreak) {
          cursor.next(node);
        }
      }
      String comma = between.toString().strip();
      if (!comma.equals(",")) {
        error(
            separatorAt,
            separator,
            comma.startsWith(",")
                ? "expected each author's name as `*Name*`, but "
                    + MessageText.quote(comma.substring(1).strip())
                    + " is not"
                : between.length() == 0
                    ? "expected `, ` between authors, but found " + describe(separator)
                    : "expected `, ` between authors, but found "
                        + MessageText.quote(between.toString()));
        return;
      }
    }
  }

  private void warnAuthorHoldingSeparator(SourcePosition at, String name) {
    StringJoiner each = new StringJoiner(MarkdownLayout.AUTHOR_SEPARATOR);
    for (String part : name.split(MarkdownLayout.AUTHOR_SEPARATOR, -1)) {
      each.add("*" + part.strip() + "*");
    }
    warnings.warn(
        at.line(),
        at.column(),
        "author-comma",
        "the author "
            + MessageText.quote(name)
            + " holds `, `, and is read as one name; if these are several authors, emphasise"
            + " each: "
            + MessageText.quote(each.toString()));
  }

  private void readTags(int index, Node paragraph, Paper.Builder paper) {
    InlineCursor cursor = new InlineCursor(locator, paragraph);
    int tag = 0;
    for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
      SourcePosition at = cursor.next(node);
      if (node instanceof Code) {
        String literal = ((Code) node).getLiteral();
        if (!literal.startsWith(MarkdownLayout.TAG_MARK)) {
          error(
              at,
              node,
              "a tag is a code span starting with `#`, like `` `#tag` ``, but this one holds "
                  + MessageText.quote(literal));
          continue;
        }
        if (at != null) {
          where.recordElement(index, PaperField.TAGS, tag, at.line(), at.column());
        }
        String value = literal.substring(MarkdownLayout.TAG_MARK.length());
        if (value.startsWith(MarkdownLayout.TAG_MARK)) {
          SourcePosition place = where.element(index, PaperField.TAGS, tag);
          warnings.warn(
              place.line(),
              place.column(),
              "tag-hash",
              "the tag "
                  + MessageText.quote(literal)
                  + " is read as "
                  + MessageText.quote(value)
                  + ", with a `#` of its own; if you meant "
                  + MessageText.quote(value.substring(MarkdownLayout.TAG_MARK.length()))
                  + ", write "
                  + MessageText.quote("`" + value + "`"));
        }
        paper.addTags(value);
        tag++;
      } else if (!(node instanceof SoftLineBreak
          || (node instanceof Text && UnicodeText.isBlank(((Text) node).getLiteral())))) {
        error(
            at,
            node,
            "expected tags as code spans like `` `#tag` `` separated by spaces, but found "
                + describe(node));
      }
    }
  }

  /**
   * The text of {@code first} and the inline nodes after it, line breaks read as {@code \n}; null
   * after adding a problem for any markup among them.
   *
   * @param dropSpace whether one space at the start belongs to the layout, as after a label
   */
  private String readText(Node first, String field, boolean multiLine, boolean dropSpace) {
    if (first == null) {
      return "";
    }
    if (first instanceof Text && first.getNext() == null && !isEmptyLastLine((Text) first)) {
      // The usual one-line field: its text as it is, without a copy.
      String literal = ((Text) first).getLiteral();
      return dropSpace && literal.startsWith(" ") ? literal.substring(1) : literal;
    }
    StringBuilder text = new StringBuilder();
    boolean clean = true;
    for (Node node = first; node != null; node = node.getNext()) {
      if (node instanceof Text) {
        if (!isEmptyLastLine((Text) node)) {
          String literal = ((Text) node).getLiteral();
          boolean spaced = dropSpace && node == first && literal.startsWith(" ");
          text.append(literal, spaced ? 1 : 0, literal.length());
        }
      } else if (node instanceof HardLineBreak || node instanceof SoftLineBreak) {
        if (!multiLine) {
          error(node, field + " must be one line, but a new line starts here");
          clean = false;
        }
        text.append('\n');
      } else {
        error(
            node,
            field
                + " holds "
                + describe(node)
                + ", which the layout does not use; "
                + NodeDescriptions.escapeHint(node));
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

  private static String describe(Node node) {
    return NodeDescriptions.inline(node);
  }

  private void record(int index, PaperField field, SourcePosition at) {
    where.recordField(index, field, at.line(), at.column());
  }

  private void error(Node node, String message) {
    error(null, node, message);
  }

  /** An error at {@code at}, or where {@code node} begins when {@code at} is null. */
  private void error(SourcePosition at, Node node, String message) {
    SourcePosition place = at != null ? at : locator.position(node);
    problems.error(place.line(), place.column(), message);
  }
}
