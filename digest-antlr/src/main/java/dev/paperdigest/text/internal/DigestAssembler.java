package dev.paperdigest.text.internal;

import static dev.paperdigest.text.internal.LineToken.columnOf;
import static dev.paperdigest.text.internal.LineToken.lineOf;

import dev.paperdigest.core.InvalidPaperException;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.SourcePosition;
import dev.paperdigest.core.internal.DecodedLines;
import dev.paperdigest.core.spi.LocationRecorder;
import dev.paperdigest.core.spi.MessageText;
import dev.paperdigest.core.spi.ProblemList;
import dev.paperdigest.text.internal.DigestParser.CommentContext;
import dev.paperdigest.text.internal.DigestParser.EntryContext;
import dev.paperdigest.text.internal.DigestParser.PlainLineContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Turns the date line and the parsed entries of one digest into its date and papers, recording
 * where each part is and reporting the problems that are about values rather than structure: a date
 * that is not in the calendar, and any rule of the model a paper breaks (an empty author name), in
 * the terms of the text format and at the place of the value.
 */
final class DigestAssembler {
  private static final String AUTHOR_SEPARATOR = ", ";

  /** Stands for a refused author or tag while the rest of the paper is checked. */
  private static final String CHECKED = "-";

  private final ProblemList problems;
  private final LocationRecorder where;

  /**
   * An assembler for one digest.
   *
   * @param problems where the digest's problems go
   * @param where where the places of the digest's parts are recorded
   */
  DigestAssembler(ProblemList problems, LocationRecorder where) {
    this.problems = problems;
    this.where = where;
  }

  /** The date a date line names, or {@code null} when it names none (reported). */
  LocalDate date(LineToken dateLine) {
    try {
      return LineClassifier.dateOf(dateLine.getText());
    } catch (DateTimeException e) {
      problems.error(
          dateLine.line(),
          dateLine.column(),
          MessageText.quote(dateLine.getText()) + " is not a date: " + e.getMessage());
      return null;
    }
  }

  /**
   * The paper of an entry, or {@code null} when the entry is broken (reported by the parser) or
   * breaks a rule of the model (reported here).
   *
   * @param index the entry's place in the digest, from 0
   */
  Paper paper(int index, EntryContext entry) {
    if (entry.exception != null) {
      return null;
    }
    Token title = entry.title().getStart();
    where.recordPaper(index, lineOf(title), columnOf(title));
    where.recordField(index, PaperField.TITLE, lineOf(title), columnOf(title));
    List<String> authors = authors(index, entry.authors().getStart());
    List<String> abstractLines = new ArrayList<>();
    List<String> commentLines = new ArrayList<>();
    List<String> translationLines = new ArrayList<>();
    List<String> plainLines = abstractLines;
    PaperField plainField = PaperField.ABSTRACT;
    // Each line rule holds one token: its text is the line, with no copy made by getText().
    for (ParseTree child : entry.children) {
      if (child instanceof PlainLineContext) {
        Token line = ((PlainLineContext) child).getStart();
        if (plainLines.isEmpty()) {
          where.recordField(index, plainField, lineOf(line), columnOf(line));
        }
        plainLines.add(line.getText());
      } else if (child instanceof CommentContext) {
        Token first = ((CommentContext) child).getStart();
        where.recordField(index, PaperField.COMMENT, lineOf(first), columnOf(first));
        for (ParseTree line : ((CommentContext) child).children) {
          commentLines.add(((ParserRuleContext) line).getStart().getText());
        }
        plainLines = translationLines;
        plainField = PaperField.TRANSLATION;
      }
    }
    List<String> tags = tags(index, entry.TAGS().getSymbol());
    return build(
        index,
        title.getText(),
        authors,
        text(abstractLines),
        text(commentLines),
        text(translationLines),
        tags);
  }

  /**
   * The paper, or {@code null} after reporting every rule of the model it breaks. A refused author
   * or tag is replaced and the paper built again, so that one run reports them all; the number of
   * tries is bounded by the problems a digest reports.
   */
  private Paper build(
      int index,
      String title,
      List<String> authors,
      Optional<String> abstractText,
      Optional<String> comment,
      Optional<String> translation,
      List<String> tags) {
    List<String> checkedAuthors = authors;
    List<String> checkedTags = tags;
    while (true) {
      try {
        // Every string is a decoded line, lines joined by \n, or cut from one next to ASCII or
        // whitespace.
        return DecodedLines.build(
            Paper.builder()
                .title(title)
                .authors(checkedAuthors)
                .abstractText(abstractText)
                .comment(comment)
                .translation(translation)
                .tags(checkedTags));
      } catch (InvalidPaperException e) {
        report(index, e);
        if (!e.field().isList() || e.index() < 0 || problems.count() > ProblemList.LIMIT) {
          return null;
        }
        if (e.field() == PaperField.AUTHORS) {
          checkedAuthors = replaced(checkedAuthors, e.index());
        } else {
          checkedTags = replaced(checkedTags, e.index());
        }
      }
    }
  }

  /** Words a rule of the model in the terms of the text format, at the value's place. */
  private void report(int index, InvalidPaperException e) {
    PaperField field = e.field();
    boolean element = field.isList() && e.index() >= 0;
    SourcePosition at =
        element ? where.element(index, field, e.index()) : where.field(index, field);
    String subject;
    if (field == PaperField.AUTHORS && element) {
      subject = "author " + (e.index() + 1) + " of the authors line";
    } else if (field == PaperField.TAGS && element) {
      subject = "tag " + (e.index() + 1) + " of the tag line";
    } else {
      subject = "the " + field.word();
    }
    String hint =
        field == PaperField.AUTHORS && e.rule() == InvalidPaperException.Rule.BLANK
            ? ": names are separated by `, ` with a name on each side, like `(Name, Name)`"
            : "";
    problems.error(at.line(), at.column(), subject + " " + e.reason() + hint);
  }

  private static List<String> replaced(List<String> values, int index) {
    List<String> copy = new ArrayList<>(values);
    copy.set(index, CHECKED);
    return copy;
  }

  /** The lines of a field as its text; a single line is its own text, without a copy. */
  private static Optional<String> text(List<String> lines) {
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(lines.size() == 1 ? lines.get(0) : String.join("\n", lines));
  }

  /**
   * The names between the parentheses, separated by {@code ", "} exactly; {@code ()} is no authors.
   * Each name's place is recorded.
   */
  private List<String> authors(int index, Token authorsLine) {
    String line = authorsLine.getText();
    long number = lineOf(authorsLine);
    where.recordField(index, PaperField.AUTHORS, number, columnOf(authorsLine));
    // The names lie between the parentheses; a separator never overlaps the closing one.
    int namesEnd = line.length() - 1;
    List<String> authors = new ArrayList<>();
    if (namesEnd == 1) {
      return authors;
    }
    long column = columnOf(authorsLine);
    int counted = 0;
    int start = 1;
    while (true) {
      int end = line.indexOf(AUTHOR_SEPARATOR, start);
      column += line.codePointCount(counted, start);
      counted = start;
      where.recordElement(index, PaperField.AUTHORS, authors.size(), number, column);
      authors.add(line.substring(start, end < 0 ? namesEnd : end));
      if (end < 0) {
        return authors;
      }
      start = end + AUTHOR_SEPARATOR.length();
    }
  }

  /** The tags of the tag line, each without its first {@code #}; each tag's place is recorded. */
  private List<String> tags(int index, Token tagLine) {
    String line = tagLine.getText();
    long number = lineOf(tagLine);
    where.recordField(index, PaperField.TAGS, number, columnOf(tagLine));
    List<String> tags = new ArrayList<>();
    long column = columnOf(tagLine);
    int counted = 0;
    for (int hash = LineClassifier.nextTag(line, 0);
        hash >= 0;
        hash = LineClassifier.nextTag(line, counted)) {
      column += line.codePointCount(counted, hash);
      int end = LineClassifier.tagEnd(line, hash);
      where.recordElement(index, PaperField.TAGS, tags.size(), number, column);
      tags.add(line.substring(hash + 1, end));
      column += line.codePointCount(hash, end);
      counted = end;
    }
    return tags;
  }
}
