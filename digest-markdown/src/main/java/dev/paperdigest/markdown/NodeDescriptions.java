package dev.paperdigest.markdown;

import dev.paperdigest.core.spi.MessageText;
import java.util.Map;
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
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * What commonmark-java's nodes are called in messages, in the words of someone who writes Markdown
 * rather than those of the parser: "a bullet list", "emphasis", "raw HTML".
 */
final class NodeDescriptions {
  private static final Map<Class<? extends Node>, String> BLOCKS =
      Map.of(
          Paragraph.class, "a paragraph",
          BlockQuote.class, "a block quote",
          BulletList.class, "a bullet list",
          OrderedList.class, "a numbered list",
          ThematicBreak.class, "a horizontal rule",
          FencedCodeBlock.class, "a code block",
          IndentedCodeBlock.class, "a code block",
          HtmlBlock.class, "an HTML block",
          LinkReferenceDefinition.class, "a link reference definition");

  private static final Map<Class<? extends Node>, String> INLINES =
      Map.of(
          Emphasis.class, "emphasis",
          StrongEmphasis.class, "strong emphasis",
          Code.class, "a code span",
          Link.class, "a link",
          Image.class, "an image",
          HtmlInline.class, "raw HTML",
          HardLineBreak.class, "a line break",
          SoftLineBreak.class, "a line break");

  private NodeDescriptions() {}

  /** A block as a message names it, such as "a level-2 heading" or "a code block". */
  static String block(Node block) {
    if (block instanceof Heading) {
      return "a level-" + ((Heading) block).getLevel() + " heading";
    }
    return BLOCKS.getOrDefault(
        block.getClass(), "a block of type " + block.getClass().getSimpleName());
  }

  /** An inline node as a message names it, such as "emphasis" or "the text `and`". */
  static String inline(Node node) {
    if (node instanceof Text) {
      return "the text " + MessageText.quote(((Text) node).getLiteral());
    }
    return INLINES.getOrDefault(
        node.getClass(), "markup of type " + node.getClass().getSimpleName());
  }

  /** How to write the characters of an unwanted inline node so that they stay text. */
  static String escapeHint(Node node) {
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
