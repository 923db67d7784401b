package dev.paperdigest.markdown;

import dev.paperdigest.core.SourcePosition;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

/**
 * Turns commonmark-java's source spans in one piece of the input into the positions diagnostics
 * report: lines from 1 in the whole input, and columns from 1 counted in code points, where
 * commonmark-java counts lines of the piece and UTF-16 units from 0.
 *
 * <p>The reader asks commonmark-java for the spans of blocks only: spans of inline nodes would add
 * about a third to the time of every parse, and only a block with a problem needs them. To point at
 * a problem inside a block, such as a link in an abstract, the locator parses that one top-level
 * block's lines again with inline spans, once however many problems it holds, and pairs the nodes
 * of the copy with those of the original in one walk.
 *
 * <p>Columns are counted on from the last one asked for when it lies on the same line, so that any
 * number of problems on one long line costs one pass over it, as long as they are asked for in
 * input order (the order the reader finds them in).
 */
final class SourceLocator {
  private final String source;
  private final long firstLine;
  private final Parser inlineParser;

  private Node copiedBlock;
  private Map<Node, Node> copies;
  private int copyStart;
  private int copyFirstLine;

  private int countedLineStart = -1;
  private int countedTo;
  private long countedColumn;

  /**
   * A locator for {@code source}, a piece of the input that begins on line {@code firstLine}.
   *
   * @param inlineParser parses a block again with the spans of its inline nodes
   */
  SourceLocator(String source, long firstLine, Parser inlineParser) {
    this.source = source;
    this.firstLine = firstLine;
    this.inlineParser = inlineParser;
  }

  /** Where {@code node} of the parsed piece starts. */
  SourcePosition position(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (!spans.isEmpty()) {
      return position(spans.get(0));
    }
    Node block = topLevelBlock(node);
    if (block != copiedBlock) {
      copy(block);
    }
    Node same = copies.get(node);
    return same == null ? position(block.getSourceSpans().get(0)) : positionInCopy(same);
  }

  /** Where {@code span} of the parsed piece starts. */
  SourcePosition position(SourceSpan span) {
    return position(
        span.getLineIndex(), span.getInputIndex() - span.getColumnIndex(), span.getInputIndex());
  }

  /** Where the character at {@code index} of the piece is, on its line {@code lineIndex}. */
  SourcePosition position(int lineIndex, int lineStart, int index) {
    return new SourcePosition(firstLine + lineIndex, column(lineStart, index));
  }

  /** The characters {@code span} covers. */
  String text(SourceSpan span) {
    return source.substring(span.getInputIndex(), span.getInputIndex() + span.getLength());
  }

  /** The piece of the input this locator reads. */
  String source() {
    return source;
  }

  /**
   * Where a node of the copy starts. Line breaks carry no span of their own, so they are placed at
   * the end of the node before them.
   */
  private SourcePosition positionInCopy(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (!spans.isEmpty()) {
      return copyPosition(spans.get(0), 0);
    }
    Node previous = node.getPrevious();
    if (previous != null && !previous.getSourceSpans().isEmpty()) {
      List<SourceSpan> before = previous.getSourceSpans();
      SourceSpan end = before.get(before.size() - 1);
      return copyPosition(end, end.getLength());
    }
    return positionInCopy(node.getParent());
  }

  private SourcePosition copyPosition(SourceSpan span, int offset) {
    int index = copyStart + span.getInputIndex();
    return position(
        copyFirstLine + span.getLineIndex(), index - span.getColumnIndex(), index + offset);
  }

  /**
   * Parses the lines of {@code block} again with inline spans and pairs each node with its copy. A
   * link reference definition elsewhere in the piece can make the copy read differently; nodes
   * whose copy differs in type or in its number of children are left unpaired, and fall back to the
   * block's position.
   */
  private void copy(Node block) {
    List<SourceSpan> spans = block.getSourceSpans();
    SourceSpan first = spans.get(0);
    SourceSpan last = spans.get(spans.size() - 1);
    copyStart = first.getInputIndex() - first.getColumnIndex();
    copyFirstLine = first.getLineIndex();
    String lines = source.substring(copyStart, last.getInputIndex() + last.getLength());
    Node copy = inlineParser.parse(lines).getFirstChild();
    copiedBlock = block;
    copies = new IdentityHashMap<>();
    Deque<Node[]> pairs = new ArrayDeque<>();
    pairs.push(new Node[] {block, copy});
    while (!pairs.isEmpty()) {
      Node[] pair = pairs.pop();
      Node original = pair[0];
      Node copied = pair[1];
      if (copied == null || original.getClass() != copied.getClass()) {
        continue;
      }
      copies.put(original, copied);
      if (childCount(original) != childCount(copied)) {
        continue;
      }
      Node o = original.getFirstChild();
      for (Node c = copied.getFirstChild(); c != null; c = c.getNext()) {
        pairs.push(new Node[] {o, c});
        o = o.getNext();
      }
    }
  }

  private static int childCount(Node node) {
    int count = 0;
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      count++;
    }
    return count;
  }

  private static Node topLevelBlock(Node node) {
    Node block = node;
    while (!(block.getParent() instanceof Document)) {
      block = block.getParent();
    }
    return block;
  }

  /** The column, from 1 in code points, of {@code index} on the line that starts at that index. */
  private long column(int lineStart, int index) {
    if (lineStart != countedLineStart || index < countedTo) {
      countedLineStart = lineStart;
      countedTo = lineStart;
      countedColumn = 1;
    }
    countedColumn += source.codePointCount(countedTo, index);
    countedTo = index;
    return countedColumn;
  }
}
