package dev.paperdigest.markdown;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * What a reader of the written Markdown sees: the HTML commonmark-java renders from it, and the
 * HTML the layout promises for a digest, built from the model alone. When the two are equal, every
 * title is a heading and every character of every field shows as itself: any list, rule, emphasis,
 * link, image, code block or raw HTML that escaping let through would appear as an extra tag.
 */
final class RenderedPage {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

  private RenderedPage() {}

  /** The HTML commonmark-java renders from {@code markdown}. */
  static String render(String markdown) {
    return HTML.render(PARSER.parse(markdown));
  }

  /** The HTML the layout gives {@code digests}. */
  static String expected(List<Digest> digests) {
    StringBuilder html = new StringBuilder();
    for (Digest digest : digests) {
      html.append("<h1>").append(digest.date()).append("</h1>\n");
      for (Paper paper : digest.papers()) {
        html.append("<h2>").append(escape(paper.title())).append("</h2>\n");
        if (!paper.authors().isEmpty()) {
          html.append("<p>");
          for (int i = 0; i < paper.authors().size(); i++) {
            html.append(i == 0 ? "" : ", ")
                .append("<em>")
                .append(escape(paper.authors().get(i)))
                .append("</em>");
          }
          html.append("</p>\n");
        }
        paper
            .abstractText()
            .ifPresent(
                text ->
                    html.append("<blockquote>\n<p>")
                        .append(lines(text))
                        .append("</p>\n</blockquote>\n"));
        paper.comment().ifPresent(text -> html.append(labelled("Comment:", text)));
        paper.translation().ifPresent(text -> html.append(labelled("Translation:", text)));
        if (!paper.tags().isEmpty()) {
          html.append("<p>");
          for (int i = 0; i < paper.tags().size(); i++) {
            html.append(i == 0 ? "" : " ")
                .append("<code>#")
                .append(escape(paper.tags().get(i)))
                .append("</code>");
          }
          html.append("</p>\n");
        }
      }
    }
    return html.toString();
  }

  private static String labelled(String label, String text) {
    String separator = text.startsWith("\n") ? "" : " ";
    return "<p><strong>" + label + "</strong>" + separator + lines(text) + "</p>\n";
  }

  /**
   * Lines separated by {@code <br />}; an empty last line shows as the lone backslash the layout
   * writes for it, the one character on the page that is not the digest's.
   */
  private static String lines(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder html = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        html.append("<br />\n");
      }
      boolean emptyLast = i == lines.length - 1 && i > 0 && lines[i].isEmpty();
      html.append(emptyLast ? "\\" : escape(lines[i]));
    }
    return html.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
