package dev.paperdigest.text.internal;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.core.spi.DigestDates;
import dev.paperdigest.core.spi.MessageText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Writes the canonical text form: every line ends with {@code \n}, the last one included, and no
 * line is blank; the digests of an archive follow one another, so an archive is the concatenation
 * of its digests. Internal: users reach it through {@link dev.paperdigest.text.TextFormat}.
 *
 * <p>Each digest is rendered whole and checked line by line with the reader's own {@link
 * LineClassifier} before a byte of it is written; anything that would read back differently is
 * refused with {@link UnwritableDigestException}, which names the paper and the field.
 *
 * <p>A digest is encoded into one buffer, field by field, and the buffer is written whole: each
 * field is encoded once, and a field that encodes to as many bytes as it has characters is ASCII,
 * so its lines need no scan for Hangul.
 */
public final class TextDigestWriter implements DigestWriter {
  private static final String FORMAT = "text";

  /** The writer; it holds no state. */
  public TextDigestWriter() {}

  @Override
  public void writeAll(Iterator<? extends Digest> digests, OutputStream out) throws IOException {
    ByteArrayOutputStream text = new ByteArrayOutputStream(1 << 16);
    try {
      while (digests.hasNext()) {
        text.reset();
        render(digests.next(), text);
        text.writeTo(out);
      }
    } catch (UnwritableDigestException e) {
      // The digests before the refused one stay written, as the contract promises.
      out.flush();
      throw e;
    }
    out.flush();
  }

  private static void render(Digest digest, ByteArrayOutputStream text) {
    if (!DigestDates.isWritable(digest.date())) {
      throw new UnwritableDigestException(
          FORMAT, -1, null, DigestDates.unwritableReason(FORMAT, digest.date()));
    }
    encode(LineClassifier.dateLine(digest.date()), text);
    text.write('\n');
    List<Paper> papers = digest.papers();
    for (int i = 0; i < papers.size(); i++) {
      new PaperLines(digest, i, papers.get(i), text).render();
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
    void check(int lineIndex, String line, int type, boolean last);
  }

  /** The lines of one paper, each checked against the class the reader will give it. */
  private static final class PaperLines {
    private final Digest digest;
    private final int index;
    private final Paper paper;
    private final ByteArrayOutputStream text;

    PaperLines(Digest digest, int index, Paper paper, ByteArrayOutputStream text) {
      this.digest = digest;
      this.index = index;
      this.paper = paper;
      this.text = text;
    }

    void render() {
      boolean ascii = encode(paper.title(), text);
      int titleType = LineClassifier.classify(paper.title(), ascii);
      if (titleType == DigestLexer.DATE) {
        throw refuse(
            PaperField.TITLE, "its title reads as a date line, which would start a new digest");
      }
      if (titleType == DigestLexer.GLUED_DATE) {
        throw refuse(
            PaperField.TITLE,
            "its title ends with a date line glued to the text before it, which the reader"
                + " refuses as a missing line end");
      }
      text.write('\n');
      List<String> authors = paper.authors();
      for (int i = 0; i < authors.size(); i++) {
        if (authors.get(i).contains(", ")) {
          throw refuse(
              PaperField.AUTHORS,
              "author "
                  + (i + 1)
                  + " "
                  + MessageText.quote(authors.get(i))
                  + " contains `, `, which separates the names on the authors line");
        }
      }
      text.write('(');
      for (int i = 0; i < authors.size(); i++) {
        if (i > 0) {
          text.write(',');
          text.write(' ');
        }
        encode(authors.get(i), text);
      }
      text.write(')');
      text.write('\n');
      plainLines(PaperField.ABSTRACT, paper.abstractText(), "start the comment");
      if (paper.translation().isPresent() && paper.comment().isEmpty()) {
        throw refuse(
            PaperField.TRANSLATION,
            "it has a translation but no comment, and a translation is read as the lines"
                + " after the comment");
      }
      paper.comment().ifPresent(this::commentLines);
      plainLines(PaperField.TRANSLATION, paper.translation(), "make it part of the comment");
      List<String> tags = paper.tags();
      if (tags.isEmpty()) {
        throw refuse(PaperField.TAGS, "it has no tags, and a line of tags is what ends an entry");
      }
      for (int i = 0; i < tags.size(); i++) {
        if (i > 0) {
          text.write(' ');
        }
        text.write('#');
        encode(tags.get(i), text);
      }
      text.write('\n');
    }

    /** Abstract and translation lines: neither Hangul (it marks the comment) nor structure. */
    private void plainLines(PaperField field, Optional<String> value, String whatHangulWouldDo) {
      if (value.isEmpty()) {
        return;
      }
      lines(
          value.get(),
          (lineIndex, line, type, last) -> {
            if (type == DigestLexer.HANGUL || type == DigestLexer.PAREN_HANGUL) {
              throw refuse(
                  field,
                  where(field, lineIndex, line)
                      + " contains Hangul, which would "
                      + whatHangulWouldDo);
            }
            rejectStructure(type, field, lineIndex, line);
          });
    }

    /** Comment lines: Hangul on the first and the last, no structure anywhere. */
    private void commentLines(String comment) {
      PaperField field = PaperField.COMMENT;
      lines(
          comment,
          (lineIndex, line, type, last) -> {
            rejectStructure(type, field, lineIndex, line);
            boolean hangul = type == DigestLexer.HANGUL || type == DigestLexer.PAREN_HANGUL;
            if (!hangul && lineIndex == 0) {
              throw refuse(
                  field,
                  where(field, lineIndex, line)
                      + " has no Hangul, so it would read as part of the abstract: a comment begins"
                      + " at its first line with Hangul");
            }
            if (!hangul && last) {
              throw refuse(
                  field,
                  where(field, lineIndex, line)
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
      boolean ascii = encode(value, text);
      text.write('\n');
      int start = 0;
      for (int lineIndex = 0; ; lineIndex++) {
        int end = value.indexOf('\n', start);
        boolean last = end < 0;
        String line =
            start == 0 && last ? value : value.substring(start, last ? value.length() : end);
        check.check(lineIndex, line, LineClassifier.classify(line, ascii), last);
        if (last) {
          return;
        }
        start = end + 1;
      }
    }

    private void rejectStructure(int type, PaperField field, int lineIndex, String line) {
      if (type == DigestLexer.BLANK) {
        throw refuse(
            field,
            where(field, lineIndex, line) + " is blank, and blank lines are dropped on reading");
      }
      if (type == DigestLexer.DATE) {
        throw refuse(
            field,
            where(field, lineIndex, line)
                + " reads as a date line, which would start a new digest");
      }
      if (type == DigestLexer.GLUED_DATE) {
        throw refuse(
            field,
            where(field, lineIndex, line)
                + " ends with a date line glued to the text before it, which the reader refuses as"
                + " a missing line end");
      }
      if (type == DigestLexer.TAGS) {
        throw refuse(
            field,
            where(field, lineIndex, line) + " reads as a line of tags, which would end the entry");
      }
    }

    private static String where(PaperField field, int lineIndex, String line) {
      return "line " + (lineIndex + 1) + " of its " + field.word() + " " + MessageText.quote(line);
    }

    private UnwritableDigestException refuse(PaperField field, String why) {
      return new UnwritableDigestException(
          FORMAT,
          index,
          field,
          "the text format cannot hold paper "
              + (index + 1)
              + " "
              + MessageText.quote(paper.title())
              + " of the digest of "
              + digest.date()
              + ": "
              + why);
    }
  }
}
