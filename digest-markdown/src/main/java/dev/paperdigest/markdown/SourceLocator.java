package dev.paperdigest.markdown;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.SourcePosition;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Turns commonmark-java's source spans into the positions diagnostics report: lines from 1, and
 * columns from 1 counted in code points, where commonmark-java counts UTF-16 units from 0.
 *
 * <p>The reader asks commonmark-java for the spans of blocks only: spans of inline nodes would add
 * about a third to the time of every parse, and only a failing digest needs them. To point at a
 * problem inside a block, such as a link in an abstract, the locator parses that one top-level
 * block's lines again with inline spans, and finds the same node in the copy.
 */
final class SourceLocator {
  private final String source;
  private final String sourceName;

  SourceLocator(String source, String sourceName) {
    this.source = source;
    this.sourceName = sourceName;
  }

  /** An error at the start of {@code node}. */
  Diagnostic error(Node node, String message) {
    SourcePosition at = position(node);
    return Diagnostic.error(sourceName, at.line(), at.column(), message);
  }

  /** Where {@code node} starts. */
  SourcePosition position(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (!spans.isEmpty()) {
      return position(source, spans.get(0), 0, 0);
    }
    Node block = topLevelBlock(node);
    SourceSpan first = block.getSourceSpans().get(0);
    int lineStart = first.getInputIndex() - first.getColumnIndex();
    List<SourceSpan> blockSpans = block.getSourceSpans();
    SourceSpan last = blockSpans.get(blockSpans.size() - 1);
    String lines = source.substring(lineStart, last.getInputIndex() + last.getLength());
    Node copy = InlineSpans.PARSER.parse(lines).getFirstChild();
    Node same = follow(copy, pathFrom(block, node));
    // A link reference definition elsewhere in the document can make the copy read differently.
    return same == null || same.getClass() != node.getClass()
        ? position(source, first, 0, 0)
        : inlinePosition(lines, same, first.getLineIndex());
  }

  /**
   * Where an inline node of the copy starts. Line breaks carry no span of their own, so they are
   * placed at the end of the node before them.
   */
  private static SourcePosition inlinePosition(String lines, Node node, int firstLine) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (!spans.isEmpty()) {
      return position(lines, spans.get(0), 0, firstLine);
    }
    Node previous = node.getPrevious();
    if (previous != null && !previous.getSourceSpans().isEmpty()) {
      List<SourceSpan> before = previous.getSourceSpans();
      SourceSpan end = before.get(before.size() - 1);
      return position(lines, end, end.getLength(), firstLine);
    }
    return inlinePosition(lines, node.getParent(), firstLine);
  }

  private static SourcePosition position(String text, SourceSpan span, int offset, int firstLine) {
    int lineStart = span.getInputIndex() - span.getColumnIndex();
    int at = span.getInputIndex() + offset;
    return new SourcePosition(
        firstLine + span.getLineIndex() + 1, text.codePointCount(lineStart, at) + 1);
  }

  private static Node topLevelBlock(Node node) {
    Node block = node;
    while (!(block.getParent() instanceof Document)) {
      block = block.getParent();
    }
    return block;
  }

  /** The child indexes that lead from {@code block} down to {@code node}. */
  private static Deque<Integer> pathFrom(Node block, Node node) {
    Deque<Integer> path = new ArrayDeque<>();
    for (Node at = node; at != block; at = at.getParent()) {
      int index = 0;
      for (Node sibling = at.getPrevious(); sibling != null; sibling = sibling.getPrevious()) {
        index++;
      }
      path.push(index);
    }
    return path;
  }

  /**
   * The node {@code path} leads to from {@code block}, or null if the copy is shaped differently.
   */
  private static Node follow(Node block, Deque<Integer> path) {
    Node at = block;
    for (int index : path) {
      at = at == null ? null : at.getFirstChild();
      for (int i = 0; i < index && at != null; i++) {
        at = at.getNext();
      }
    }
    return at;
  }

  /** The parser for the error path, built only when a problem lies inside a block. */
  private static final class InlineSpans {
    static final Parser PARSER =
        Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
  }
}
