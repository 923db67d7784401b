package dev.paperdigest.text;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.UnwritableDigestException;
import java.io.ByteArrayOutputStream;
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
 * <p>Each digest is rendered whole and checked line by line with the reader's own {@link
 * LineClassifier} before a byte of it is written; anything that would read back differently is
 * refused with {@link UnwritableDigestException}.
 *
 * <p>A digest is encoded into one buffer, field by field, and the buffer is written whole: each
 * field is encoded once, and a field that encodes to as many bytes as it has characters is ASCII,
 * so its lines need no scan for Hangul.
 */
final class TextDigestWriter implements DigestWriter {
  private static final String FORMAT = "text";

  @Override
  public void writeAll(Iterator<? extends Digest> digests, OutputStream out) throws IOException {
    ByteArrayOutputStream text = new ByteArrayOutputStream(1 << 16);
    boolean first = true;
    try {
      while (digests.hasNext()) {
        text.reset();
        if (!first) {
          text.write('\n');
        }
        render(digests.next(), text);
        text.writeTo(out);
        first = false;
      }
    } catch (UnwritableDigestException e) {
      // The digests before the refused one stay written, as the contract promises.
      out.flush();
      throw e;
    }
    out.flush();
  }

  private static void render(Digest digest, ByteArrayOutputStream text) {
    int year = digest.date().getYear();
    if (year < 0 || year > 9999) {
      throw new UnwritableDigestException(
          FORMAT,
          "the text format cannot hold the digest of "
              + digest.date()
              + ": its year is outside 0 to 9999, and a date line has a four-digit year");
    }
    encode(LineClassifier.dateLine(digest.date()), text);
    List<Paper> papers = digest.papers();
    for (int i = 0; i < papers.size(); i++) {
      new PaperLines(digest, i + 1, papers.get(i), text).render();
    }
  }

  /** Appends the UTF-8 bytes of {@code value}; {@code true} if it is ASCII only. */
  private static boolean encode(String value, ByteArrayOutputStream text) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    text.writeBytes(bytes);
    return bytes.length == value.length();
  }

  /** What to check of each line of a multi-line field, given the class the reader will give it. */
  @FunctionalInterface
  private interface LineCheck {
    void check(int index, String line, int type, boolean last);
  }

  /** The lines of one paper, each checked against the class the reader will give it. */
  private static final class PaperLines {
    private final Digest digest;
    private final int number;
    private final Paper paper;
    private final ByteArrayOutputStream text;

    PaperLines(Digest digest, int number, Paper paper, ByteArrayOutputStream text) {
      this.digest = digest;
      this.number = number;
      this.paper = paper;
      this.text = text;
    }

    void render() {
      if (LineClassifier.isDateLine(paper.title())) {
        throw refuse("its title reads as a date line, which would start a new digest");
      }
      text.write('\n');
      encode(paper.title(), text);
      List<String> authors = paper.authors();
      for (int i = 0; i < authors.size(); i++) {
        if (authors.get(i).contains(", ")) {
          throw refuse(
              "author "
                  + (i + 1)
                  + " "
                  + TextQuotes.quote(authors.get(i))
                  + " contains `, `, which separates the names on the authors line");
        }
      }
      text.write('\n');
      text.write('(');
      for (int i = 0; i < authors.size(); i++) {
        if (i > 0) {
          text.write(',');
          text.write(' ');
        }
        encode(authors.get(i), text);
      }
      text.write(')');
      plainLines("abstract", paper.abstractText(), "start the comment");
      if (paper.translation().isPresent() && paper.comment().isEmpty()) {
        throw refuse(
            "it has a translation but no comment, and a translation is read as the lines"
                + " after the comment");
      }
      paper.comment().ifPresent(this::commentLines);
      plainLines("translation", paper.translation(), "make it part of the comment");
      List<String> tags = paper.tags();
      if (tags.isEmpty()) {
        throw refuse("it has no tags, and a line of tags is what ends an entry");
      }
      text.write('\n');
      for (int i = 0; i < tags.size(); i++) {
        if (i > 0) {
          text.write(' ');
        }
        text.write('#');
        encode(tags.get(i), text);
      }
    }

    /** Abstract and translation lines: neither Hangul (it marks the comment) nor structure. */
    private void plainLines(String field, Optional<String> value, String whatHangulWouldDo) {
      if (value.isEmpty()) {
        return;
      }
      lines(
          value.get(),
          (index, line, type, last) -> {
            if (type == DigestLexer.HANGUL || type == DigestLexer.PAREN_HANGUL) {
              throw refuse(
                  where(field, index, line) + " contains Hangul, which would " + whatHangulWouldDo);
            }
            rejectStructure(type, field, index, line);
          });
    }

    /** Comment lines: Hangul on the first and the last, no structure anywhere. */
    private void commentLines(String comment) {
      lines(
          comment,
          (index, line, type, last) -> {
            rejectStructure(type, "comment", index, line);
            boolean hangul = type == DigestLexer.HANGUL || type == DigestLexer.PAREN_HANGUL;
            if (!hangul && index == 0) {
              throw refuse(
                  where("comment", index, line)
                      + " has no Hangul, so it would read as part of the abstract: a comment begins"
                      + " at its first line with Hangul");
            }
            if (!hangul && last) {
              throw refuse(
                  where("comment", index, line)
                      + " has no Hangul, so it would read as part of the translation: a comment"
                      + " ends at its last line with Hangul");
            }
          });
    }

    /**
     * Writes a multi-line field, then checks its lines in order. Its lines are joined by {@code \n}
     * as the file's are, so the field is encoded whole, and only a field of several lines is cut
     * into them.
     */
    private void lines(String value, LineCheck check) {
      text.write('\n');
      boolean ascii = encode(value, text);
      int start = 0;
      for (int index = 0; ; index++) {
        int end = value.indexOf('\n', start);
        boolean last = end < 0;
        String line =
            start == 0 && last ? value : value.substring(start, last ? value.length() : end);
        check.check(index, line, LineClassifier.classify(line, ascii), last);
        if (last) {
          return;
        }
        start = end + 1;
      }
    }

    private void rejectStructure(int type, String field, int index, String line) {
      if (type == DigestLexer.BLANK) {
        throw refuse(
            where(field, index, line) + " is blank, and blank lines are dropped on reading");
      }
      if (type == DigestLexer.DATE) {
        throw refuse(
            where(field, index, line) + " reads as a date line, which would start a new digest");
      }
      if (type == DigestLexer.TAGS) {
        throw refuse(
            where(field, index, line) + " reads as a line of tags, which would end the entry");
      }
    }

    private static String where(String field, int index, String line) {
      return "line " + (index + 1) + " of its " + field + " " + TextQuotes.quote(line);
    }

    private UnwritableDigestException refuse(String why) {
      return new UnwritableDigestException(
          FORMAT,
          "the text format cannot hold paper "
              + number
              + " "
              + TextQuotes.quote(paper.title())
              + " of the digest of "
              + digest.date()
              + ": "
              + why);
    }
  }
}
