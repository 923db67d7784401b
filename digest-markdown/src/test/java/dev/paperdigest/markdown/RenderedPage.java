package dev.paperdigest.markdown;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * What a reader of the written Markdown sees: the HTML commonmark-java renders from it, with
 * GitHub's tables and strikethrough, and the HTML the layout promises for a digest, built from the
 * model alone. When the two are equal, every title is a heading and every character of every field
 * shows as itself: any list, rule, emphasis, link, image, code block, raw HTML, table or struck
 * text that escaping let through would appear as an extra tag. GitHub's math ({@code $x$}) has no
 * renderer here, so {@link #bareDollars} looks for the dollars it would take.
 */
final class RenderedPage {
  private static final List<Extension> GITHUB =
      List.of(TablesExtension.create(), StrikethroughExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(GITHUB).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(GITHUB).build();

  private RenderedPage() {}

  /** The HTML commonmark-java renders from {@code markdown}, as GitHub's extensions read it. */
  static String render(String markdown) {
    return HTML.render(PARSER.parse(markdown));
  }

  /**
   * How many {@code $} of {@code markdown} lack the backslash that keeps GitHub from reading math,
   * outside the tag lines, whose code spans show a {@code $} as it is.
   */
  static long bareDollars(String markdown) {
    return markdown
        .lines()
        .filter(line -> !line.startsWith("`"))
        .mapToLong(
            line -> {
              long bare = 0;
              for (int i = line.indexOf('$'); i >= 0; i = line.indexOf('$', i + 1)) {
                if (i == 0 || line.charAt(i - 1) != '\\' || escapedBackslash(line, i - 1)) {
                  bare++;
                }
              }
              return bare;
            })
        .sum();
  }

  /** Whether the backslash at {@code at} is itself escaped, by an odd run of backslashes. */
  private static boolean escapedBackslash(String line, int at) {
    int run = 0;
    for (int i = at; i >= 0 && line.charAt(i) == '\\'; i--) {
      run++;
    }
    return run % 2 == 0;
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
