package dev.paperdigest.examples.tsv;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.InvalidPaperException;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.UnicodeText;
import dev.paperdigest.core.spi.AbstractDigestIterator;
import dev.paperdigest.core.spi.DigestDates;
import dev.paperdigest.core.spi.MessageText;
import dev.paperdigest.core.spi.ProblemList;
import dev.paperdigest.core.spi.Utf8;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads rows into digests: the consecutive rows of one date are one digest, and a row with only a
 * date is a digest without papers. Every problem of a digest is reported, then reading goes on with
 * the next one.
 */
final class TsvDigestIterator extends AbstractDigestIterator {
  /** Longer lines are refused rather than held in memory. */
  static final int MAX_LINE_BYTES = 16 << 20;

  private final InputStream in;
  private long lineNumber;

  /** The first row of the next digest, read while looking for the end of the one before. */
  private Row pending;

  TsvDigestIterator(InputStream in, String sourceName) {
    super(sourceName);
    this.in = new BufferedInputStream(in);
  }

  /** One line of the input, cut into its cells, or what kept it from being cut. */
  private record Row(long line, List<String> cells, List<Integer> columns, String problem) {
    String date() {
      return cells.isEmpty() ? null : cells.get(0);
    }

    /** A row with nothing but its date: a digest without papers. */
    boolean isEmptyDigest() {
      return problem == null && cells.stream().skip(1).allMatch(String::isEmpty);
    }

    boolean continues(Row first) {
      return !isEmptyDigest() && date() != null && date().equals(first.date());
    }
  }

  @Override
  protected Digest readNext() throws IOException {
    Row first = pending != null ? pending : readRow();
    pending = null;
    if (first == null) {
      return null;
    }
    beginsAt(first.line(), 1);
    ProblemList problems = new ProblemList(sourceName());
    LocalDate date = date(first, problems);
    List<Paper> papers = new ArrayList<>();
    if (!first.isEmptyDigest()) {
      Row row = first;
      do {
        Paper paper = paper(row, papers.size(), problems);
        papers.add(paper);
        row = readRow();
      } while (row != null && row.continues(first));
      pending = row;
    }
    problems.throwIfAny();
    return Digest.builder().date(date).papers(papers).build();
  }

  @Override
  protected void closeInput() throws IOException {
    in.close();
  }

  private LocalDate date(Row row, ProblemList problems) {
    if (row.problem() != null) {
      return null;
    }
    try {
      return DigestDates.parseIso(row.date());
    } catch (DateTimeException e) {
      problems.error(
          row.line(), 1, MessageText.quote(row.date()) + " is not a date: " + e.getMessage());
      return null;
    }
  }

  /** The paper of {@code row}, or {@code null} after reporting its problems. */
  private Paper paper(Row row, int index, ProblemList problems) {
    recorder().recordPaper(index, row.line(), 1);
    if (row.problem() != null) {
      problems.error(row.line(), 1, row.problem());
      return null;
    }
    Paper.Builder paper = Paper.builder();
    int[] badEscape = new int[1];
    for (int column = 1; column < row.cells().size(); column++) {
      PaperField field = TsvLayout.COLUMNS.get(column - 1);
      int at = row.columns().get(column);
      recorder().recordField(index, field, row.line(), at);
      String value = TsvLayout.unescape(row.cells().get(column), badEscape);
      if (value == null) {
        String cell = row.cells().get(column);
        problems.error(
            row.line(),
            at + cell.codePointCount(0, badEscape[0]),
            "a backslash starts an escape, `\\\\`, `\\t` or `\\n`; write `\\\\` for a backslash");
      } else {
        set(paper, field, value, index, row.line(), at);
      }
    }
    try {
      return paper.build();
    } catch (InvalidPaperException e) {
      int column = row.columns().get(1 + TsvLayout.COLUMNS.indexOf(e.field()));
      problems.error(
          row.line(),
          column,
          "the " + e.field().elementWord() + " " + MessageText.quote(e.value()) + " " + e.reason());
      return null;
    } catch (IllegalStateException e) {
      // Reported above: an escape kept the title from being set.
      return null;
    }
  }

  private void set(
      Paper.Builder paper, PaperField field, String value, int index, long line, int at) {
    switch (field) {
      case TITLE -> paper.title(value);
      case AUTHORS -> {
        if (!value.isEmpty()) {
          paper.addAuthors(value.split(TsvLayout.AUTHOR_SEPARATOR, -1));
        }
      }
      case ABSTRACT -> optional(value, paper::abstractText);
      case COMMENT -> optional(value, paper::comment);
      case TRANSLATION -> optional(value, paper::translation);
      case TAGS -> tags(paper, value, index, line, at);
    }
  }

  /** An empty cell is an absent text. */
  private static void optional(String value, java.util.function.Consumer<String> setter) {
    if (!value.isEmpty()) {
      setter.accept(value);
    }
  }

  /** Tags are separated by whitespace; one written with its {@code #} is kept, with a warning. */
  private void tags(Paper.Builder paper, String value, int index, long line, int at) {
    int i = 0;
    int tag = 0;
    while (i < value.length()) {
      while (i < value.length() && UnicodeText.isWhitespace(value.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < value.length() && !UnicodeText.isWhitespace(value.charAt(i))) {
        i++;
      }
      if (start < i) {
        String name = value.substring(start, i);
        long column = at + value.codePointCount(0, start);
        recorder().recordElement(index, PaperField.TAGS, tag++, line, column);
        if (name.startsWith("#")) {
          warn(
              line,
              column,
              "the tag " + MessageText.quote(name) + " keeps its `#`; tags are written without it");
        }
        paper.addTags(name);
      }
    }
  }

  /** The next row, skipping the header and blank lines; {@code null} at the end of the input. */
  private Row readRow() throws IOException {
    while (true) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      int read = readLine(bytes);
      if (read < 0) {
        return null;
      }
      lineNumber++;
      if (read > MAX_LINE_BYTES) {
        return broken("the line is longer than " + (MAX_LINE_BYTES >> 20) + " MiB");
      }
      byte[] line = bytes.toByteArray();
      int bad = Utf8.indexOfMalformed(line, 0, line.length);
      if (bad >= 0) {
        return broken(Utf8.describeMalformed(line, bad, line.length));
      }
      String text = new String(line, StandardCharsets.UTF_8);
      if (text.isBlank() || (lineNumber == 1 && text.equals(TsvLayout.HEADER))) {
        continue;
      }
      return cut(text);
    }
  }

  private Row broken(String problem) {
    return new Row(lineNumber, List.of(), List.of(), problem);
  }

  /** The cells of a line and the column each begins at. */
  private Row cut(String text) {
    List<String> cells = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    int start = 0;
    int column = 1;
    while (true) {
      int tab = text.indexOf('\t', start);
      int end = tab < 0 ? text.length() : tab;
      cells.add(text.substring(start, end));
      columns.add(column);
      if (tab < 0) {
        break;
      }
      column += text.codePointCount(start, end) + 1;
      start = tab + 1;
    }
    int expected = 1 + TsvLayout.COLUMNS.size();
    if (cells.size() == 1 || cells.size() == expected) {
      while (cells.size() < expected) {
        cells.add("");
        columns.add(column);
      }
      return new Row(lineNumber, cells, columns, null);
    }
    return new Row(
        lineNumber,
        cells,
        columns,
        "expected "
            + expected
            + " columns separated by tabs ("
            + TsvLayout.HEADER.replace('\t', ' ')
            + "), found "
            + cells.size());
  }

  /**
   * Reads up to the next line feed into {@code line}, dropping a carriage return before it and
   * keeping at most {@link #MAX_LINE_BYTES} + 1 bytes.
   *
   * @return the line's length in bytes, or -1 at the end of the input
   */
  private int readLine(ByteArrayOutputStream line) throws IOException {
    int length = 0;
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (length++ <= MAX_LINE_BYTES) {
        line.write(b);
      }
    }
    if (b < 0 && length == 0) {
      return -1;
    }
    byte[] kept = line.toByteArray();
    if (kept.length > 0 && kept[kept.length - 1] == '\r' && length <= MAX_LINE_BYTES) {
      line.reset();
      line.write(kept, 0, kept.length - 1);
      length--;
    }
    return length;
  }
}
