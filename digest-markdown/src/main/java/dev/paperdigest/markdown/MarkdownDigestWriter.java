package dev.paperdigest.markdown;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.core.spi.DigestDates;
import dev.paperdigest.core.spi.MessageText;
import dev.paperdigest.markdown.MarkdownLayout.Part;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Writes digests as CommonMark that reads well on GitHub and in static-site generators, and that
 * {@link MarkdownDigestReader} reads back into exactly the same digests.
 *
 * <p>Reached through {@link MarkdownFormat#writer()}. A digest comes out as:
 *
 * <pre>
 * # 2024-10-10
 *
 * ## Round and Round We Go! What makes Rotary Positional Encodings useful?
 *
 * *Federico Barbero*, *Petar Veličković*
 *
 * &gt; Positional Encodings (PEs) are a critical component ...
 *
 * **Comment:** RoPE에서 고주파수 차원들은 ...\
 * 그래서 부분적으로만 RoPE를 적용하는 실험을 했습니다. ...
 *
 * **Translation:** The study found that in RoPE, ...
 *
 * `#positional-encoding`
 * </pre>
 *
 * <p>Each line of a field is one Markdown line, ended by a backslash line break when another line
 * follows; absent fields leave their block out. Text is escaped so that none of it becomes markup
 * (see <a
 * href="https://github.com/paperdigest/paperdigest/blob/main/docs/markdown.md">docs/markdown.md</a>).
 * An archive is its digests one after another, separated by a blank line.
 *
 * <p>Markdown cannot hold U+0000, and the heading's date has four digits for its year: a digest
 * holding U+0000, or dated outside the years 0 to 9999, is refused with an {@link
 * UnwritableDigestException} naming the paper and the field, before any of it is written.
 */
final class MarkdownDigestWriter implements DigestWriter {

  @Override
  public void writeAll(Iterator<? extends Digest> digests, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    StringBuilder markdown = new StringBuilder();
    try {
      boolean first = true;
      while (digests.hasNext()) {
        Digest digest = digests.next();
        refuseUnwritable(digest);
        markdown.setLength(0);
        if (!first) {
          markdown.append('\n');
        }
        appendDigest(markdown, digest);
        writer.append(markdown);
        first = false;
      }
    } finally {
      writer.flush();
    }
  }

  private static void appendDigest(StringBuilder md, Digest digest) {
    md.append("# ").append(DigestDates.iso(digest.date())).append('\n');
    for (Paper paper : digest.papers()) {
      md.append("\n## ");
      MarkdownEscaping.appendLine(md, paper.title(), 0, paper.title().length(), true);
      md.append('\n');
      appendAuthors(md, paper.authors());
      paper.abstractText().ifPresent(text -> appendLines(md, "\n> ", "> ", text));
      appendLabelled(md, Part.COMMENT, paper.comment());
      appendLabelled(md, Part.TRANSLATION, paper.translation());
      appendTags(md, paper.tags());
    }
  }

  private static void appendAuthors(StringBuilder md, List<String> authors) {
    if (authors.isEmpty()) {
      return;
    }
    md.append('\n');
    for (int i = 0; i < authors.size(); i++) {
      if (i > 0) {
        md.append(MarkdownLayout.AUTHOR_SEPARATOR);
      }
      String author = authors.get(i);
      md.append('*');
      MarkdownEscaping.appendLine(md, author, 0, author.length(), false);
      md.append('*');
    }
    md.append('\n');
  }

  private static void appendLabelled(StringBuilder md, Part part, Optional<String> text) {
    if (text.isEmpty()) {
      return;
    }
    String value = text.get();
    // The space after the label belongs to the layout; an empty first line goes without it.
    boolean firstLineEmpty = value.charAt(0) == '\n';
    appendLines(md, "\n**" + part.label() + "**" + (firstLineEmpty ? "" : " "), "", value);
  }

  /**
   * Writes multi-line text, one Markdown line per line. Every line but the last ends with a
   * backslash (a hard line break); an empty last line is written as a lone backslash, since a
   * paragraph cannot end with a line break.
   */
  private static void appendLines(
      StringBuilder md, String firstPrefix, String prefix, String text) {
    int start = 0;
    String linePrefix = firstPrefix;
    while (true) {
      int end = text.indexOf('\n', start);
      boolean last = end < 0;
      if (last) {
        end = text.length();
      }
      md.append(linePrefix);
      MarkdownEscaping.appendLine(md, text, start, end, false);
      if (!last || start == end) {
        md.append('\\');
      }
      md.append('\n');
      if (last) {
        return;
      }
      start = end + 1;
      linePrefix = prefix;
    }
  }

  private static void appendTags(StringBuilder md, List<String> tags) {
    if (tags.isEmpty()) {
      return;
    }
    md.append('\n');
    for (int i = 0; i < tags.size(); i++) {
      if (i > 0) {
        md.append(' ');
      }
      MarkdownEscaping.appendCodeSpan(md, MarkdownLayout.TAG_MARK + tags.get(i));
    }
    md.append('\n');
  }

  private static void refuseUnwritable(Digest digest) {
    if (!DigestDates.isWritable(digest.date())) {
      throw new UnwritableDigestException(
          MarkdownFormat.NAME, DigestDates.unwritableReason(MarkdownFormat.NAME, digest.date()));
    }
    List<Paper> papers = digest.papers();
    for (int i = 0; i < papers.size(); i++) {
      Paper paper = papers.get(i);
      for (PaperField field : PaperField.values()) {
        List<String> values = valuesOf(paper, field);
        for (int k = 0; k < values.size(); k++) {
          if (values.get(k).indexOf('\0') >= 0) {
            throw new UnwritableDigestException(
                MarkdownFormat.NAME,
                i,
                field,
                "the markdown format cannot hold paper "
                    + (i + 1)
                    + " "
                    + MessageText.quote(paper.title())
                    + " of "
                    + DigestDates.iso(digest.date())
                    + ": its "
                    + field.elementWord()
                    + (field.isList() ? " " + (k + 1) : "")
                    + " holds U+0000, which CommonMark replaces with U+FFFD");
          }
        }
      }
    }
  }

  /** The strings of {@code field}: one, or none when absent, or the elements of a list. */
  private static List<String> valuesOf(Paper paper, PaperField field) {
    switch (field) {
      case TITLE:
        return List.of(paper.title());
      case AUTHORS:
        return paper.authors();
      case ABSTRACT:
        return paper.abstractText().stream().toList();
      case COMMENT:
        return paper.comment().stream().toList();
      case TRANSLATION:
        return paper.translation().stream().toList();
      default: // TAGS
        return paper.tags();
    }
  }
}
