package dev.paperdigest.markdown;

import dev.paperdigest.core.SourcePosition;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.Delimited;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Finds where the inline nodes of a paragraph begin without parsing it again, by reading the
 * paragraph's source alongside its nodes. A node is placed only when the source at the cursor is
 * exactly what the layout writes for it ({@code *Name*}, {@code `#tag`}, {@code , }); from the
 * first node written any other way (an escape, a character reference, a code span over two lines)
 * on, the cursor places nothing, and callers fall back to the paragraph's position. The authors and
 * tags the writer writes, and most that people type, are placed for the cost of comparing their
 * characters once.
 */
final class InlineCursor {
  private final SourceLocator locator;
  private final String source;
  private final List<SourceSpan> lines;
  private int line;
  private int lineStart;
  private int lineEnd;
  private int at;

  /** A cursor at the start of {@code paragraph}, whose source {@code locator} reads. */
  InlineCursor(SourceLocator locator, Node paragraph) {
    this.locator = locator;
    this.source = locator.source();
    this.lines = paragraph.getSourceSpans();
    startLine(0);
  }

  /**
   * Where {@code node} begins, or null when the cursor cannot tell; the cursor moves past it. Give
   * it the paragraph's children in order, each once.
   */
  SourcePosition next(Node node) {
    if (at < 0) {
      return null;
    }
    if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      startLine(line + 1);
      return null;
    }
    int start = at;
    at = end(node, start);
    return at < 0 ? null : locator.position(lines.get(line).getLineIndex(), lineStart, start);
  }

  /** Where the source of {@code node} ends if it begins at {@code start}; -1 if it does not. */
  private int end(Node node, int start) {
    if (node instanceof Text) {
      return expect(start, ((Text) node).getLiteral());
    }
    if (node instanceof Emphasis || node instanceof StrongEmphasis) {
      Node only = node.getFirstChild();
      if (!(only instanceof Text) || only.getNext() != null) {
        return -1;
      }
      String delimiter = ((Delimited) node).getOpeningDelimiter();
      return expect(expect(expect(start, delimiter), ((Text) only).getLiteral()), delimiter);
    }
    if (node instanceof Code) {
      int fence = 0;
      while (start + fence < lineEnd && source.charAt(start + fence) == '`') {
        fence++;
      }
      if (fence == 0) {
        return -1;
      }
      String literal = ((Code) node).getLiteral();
      int end = expectBackticks(expect(start + fence, literal), fence);
      // CommonMark takes one space off each end of a code span that has one at both.
      return end >= 0
          ? end
          : expectBackticks(expect(expect(expect(start + fence, " "), literal), " "), fence);
    }
    return -1;
  }

  /** Where {@code text} ends if the current line holds it at {@code from}; -1 if it does not. */
  private int expect(int from, String text) {
    return from >= 0 && from + text.length() <= lineEnd && source.startsWith(text, from)
        ? from + text.length()
        : -1;
  }

  /** Where a run of {@code count} backticks ends if the current line holds it at {@code from}. */
  private int expectBackticks(int from, int count) {
    for (int i = 0; i < count; i++) {
      from = expect(from, "`");
    }
    return from;
  }

  /** Moves to the first character of line {@code index} of the paragraph after its indent. */
  private void startLine(int index) {
    line = index;
    if (index >= lines.size()) {
      at = -1;
      return;
    }
    SourceSpan span = lines.get(index);
    lineStart = span.getInputIndex() - span.getColumnIndex();
    lineEnd = span.getInputIndex() + span.getLength();
    at = span.getInputIndex();
    while (at < lineEnd && (source.charAt(at) == ' ' || source.charAt(at) == '\t')) {
      at++;
    }
  }
}
