package dev.paperdigest.text;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.UnwritableDigestException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Writes the canonical text form: lines separated by {@code \n}, no blank line, no final newline;
 * the digests of an archive follow one another.
 *
 * <p>Each digest is rendered whole and checked line by line with the reader's own
 * {@link LineClassifier} before a byte of it is written; anything that would read back differently
 * is refused with {@link UnwritableDigestException}.
 */
final class TextDigestWriter implements DigestWriter {
  private static final String FORMAT = "text";

  @Override
  public void writeAll(Iterator<? extends Digest> digests, OutputStream out) throws IOException {
    boolean first = true;
    try {
      while (digests.hasNext()) {
        StringBuilder text = new StringBuilder();
        if (!first) {
          text.append('\n');
        }
        render(digests.next(), text);
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        first = false;
      }
    } catch (UnwritableDigestException e) {
      // The digests before the refused one stay written, as the contract promises.
      out.flush();
      throw e;
    }
    out.flush();
  }

  private static void render(Digest digest, StringBuilder text) {
    int year = digest.date().getYear();
    if (year < 0 || year > 9999) {
      throw new UnwritableDigestException(FORMAT, "the text format cannot hold the digest of "
          + digest.date() + ": its year is outside 0 to 9999, and a date line has a four-digit year");
    }
    text.append(LineClassifier.dateLine(digest.date()));
    List<Paper> papers = digest.papers();
    for (int i = 0; i < papers.size(); i++) {
      new PaperLines(digest, i + 1, papers.get(i), text).render();
    }
  }

  /** The lines of one paper, each checked against the class the reader will give it. */
  private static final class PaperLines {
    private final Digest digest;
    private final int number;
    private final Paper paper;
    private final StringBuilder text;

    PaperLines(Digest digest, int number, Paper paper, StringBuilder text) {
      this.digest = digest;
      this.number = number;
      this.paper = paper;
      this.text = text;
    }

    void render() {
      if (LineClassifier.classify(paper.title()) == DigestLexer.DATE) {
        throw refuse("its title reads as a date line, which would start a new digest");
      }
      line(paper.title());
      List<String> authors = paper.authors();
      for (int i = 0; i < authors.size(); i++) {
        if (authors.get(i).contains(", ")) {
          throw refuse("author " + (i + 1) + " " + TextQuotes.quote(authors.get(i))
              + " contains `, `, which separates the names on the authors line");
        }
      }
      line("(" + String.join(", ", authors) + ")");
      plainLines("abstract", paper.abstractText(), "start the comment");
      if (paper.translation().isPresent() && paper.comment().isEmpty()) {
        throw refuse("it has a translation but no comment, and a translation is read as the lines"
            + " after the comment");
      }
      paper.comment().ifPresent(this::commentLines);
      plainLines("translation", paper.translation(), "make it part of the comment");
      if (paper.tags().isEmpty()) {
        throw refuse("it has no tags, and a line of tags is what ends an entry");
      }
      StringBuilder tags = new StringBuilder();
      for (String tag : paper.tags()) {
        tags.append(tags.length() == 0 ? "#" : " #").append(tag);
      }
      line(tags.toString());
    }

    /** Abstract and translation lines: neither Hangul (it marks the comment) nor structure. */
    private void plainLines(String field, Optional<String> value, String whatHangulWouldDo) {
      if (value.isEmpty()) {
        return;
      }
      String[] lines = value.get().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        int type = LineClassifier.classify(lines[i]);
        if (type == DigestLexer.HANGUL || type == DigestLexer.PAREN_HANGUL) {
          throw refuse(where(field, i, lines[i]) + " contains Hangul, which would " + whatHangulWouldDo);
        }
        rejectStructure(type, field, i, lines[i]);
        line(lines[i]);
      }
    }

    /** Comment lines: Hangul on the first and the last, no structure anywhere. */
    private void commentLines(String comment) {
      String[] lines = comment.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        int type = LineClassifier.classify(lines[i]);
        rejectStructure(type, "comment", i, lines[i]);
        boolean hangul = type == DigestLexer.HANGUL || type == DigestLexer.PAREN_HANGUL;
        if (!hangul && i == 0) {
          throw refuse(where("comment", i, lines[i])
              + " has no Hangul, so it would read as part of the abstract: a comment begins at its"
              + " first line with Hangul");
        }
        if (!hangul && i == lines.length - 1) {
          throw refuse(where("comment", i, lines[i])
              + " has no Hangul, so it would read as part of the translation: a comment ends at its"
              + " last line with Hangul");
        }
        line(lines[i]);
      }
    }

    private void rejectStructure(int type, String field, int index, String line) {
      if (type == DigestLexer.BLANK) {
        throw refuse(where(field, index, line) + " is blank, and blank lines are dropped on reading");
      }
      if (type == DigestLexer.DATE) {
        throw refuse(where(field, index, line) + " reads as a date line, which would start a new digest");
      }
      if (type == DigestLexer.TAGS) {
        throw refuse(where(field, index, line) + " reads as a line of tags, which would end the entry");
      }
    }

    private static String where(String field, int index, String line) {
      return "line " + (index + 1) + " of its " + field + " " + TextQuotes.quote(line);
    }

    private void line(String line) {
      text.append('\n').append(line);
    }

    private UnwritableDigestException refuse(String why) {
      return new UnwritableDigestException(FORMAT, "the text format cannot hold paper " + number + " "
          + TextQuotes.quote(paper.title()) + " of the digest of " + digest.date() + ": " + why);
    }
  }
}
