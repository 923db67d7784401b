package dev.paperdigest.text;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.UnicodeText;
import dev.paperdigest.text.DigestParser.CommentContext;
import dev.paperdigest.text.DigestParser.DigestContext;
import dev.paperdigest.text.DigestParser.EntryContext;
import dev.paperdigest.text.DigestParser.PlainLineContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Turns the parse tree of one digest into a {@link Digest}, reporting the problems that are about
 * values rather than structure: an impossible date, an empty author name.
 */
final class DigestAssembler {
  private static final String AUTHOR_SEPARATOR = ", ";

  private final DigestProblems problems;

  DigestAssembler(DigestProblems problems) {
    this.problems = problems;
  }

  /** The digest, or {@code null} when a problem was found (here or earlier). */
  Digest assemble(DigestContext tree) {
    Token dateLine = tree.DATE().getSymbol();
    LocalDate date = null;
    try {
      date = LineClassifier.dateOf(dateLine.getText());
    } catch (DateTimeException e) {
      problems.add(
          dateLine.getLine(), 1, TextQuotes.quote(dateLine.getText()) + " is not a calendar date");
    }
    List<Paper> papers = new ArrayList<>();
    for (EntryContext entry : tree.entry()) {
      // An entry that broke has been reported and skipped by EntryRecoveryStrategy.
      if (entry.exception == null) {
        Paper paper = paper(entry);
        if (paper != null) {
          papers.add(paper);
        }
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return Digest.builder().date(date).addAllPapers(papers).build();
  }

  private Paper paper(EntryContext entry) {
    Token title = entry.title().getStart();
    List<String> authors = authors(entry.authors().getStart());
    if (authors == null) {
      return null;
    }
    List<String> abstractLines = new ArrayList<>();
    List<String> commentLines = new ArrayList<>();
    List<String> translationLines = new ArrayList<>();
    List<String> plainLines = abstractLines;
    // Each line rule holds one token: its text is the line, with no copy made by getText().
    for (ParseTree child : entry.children) {
      if (child instanceof PlainLineContext) {
        plainLines.add(((PlainLineContext) child).getStart().getText());
      } else if (child instanceof CommentContext) {
        for (ParseTree line : ((CommentContext) child).children) {
          commentLines.add(((ParserRuleContext) line).getStart().getText());
        }
        plainLines = translationLines;
      }
    }
    Paper.Builder paper =
        Paper.builder()
            .title(title.getText())
            .addAllAuthors(authors)
            .addAllTags(LineClassifier.tagsOf(entry.TAGS().getText()));
    if (!abstractLines.isEmpty()) {
      paper.abstractText(joinLines(abstractLines));
    }
    if (!commentLines.isEmpty()) {
      paper.comment(joinLines(commentLines));
    }
    if (!translationLines.isEmpty()) {
      paper.translation(joinLines(translationLines));
    }
    try {
      return paper.build();
    } catch (IllegalArgumentException e) {
      // The checks above cover every rule the model has today; this keeps a rule it gains later
      // from escaping the reader as anything but a diagnostic.
      problems.add(
          title.getLine(),
          1,
          "the entry "
              + TextQuotes.quote(title.getText())
              + " is not a valid paper: "
              + e.getMessage());
      return null;
    }
  }

  /** The lines of a field as its text; a single line is its own text, without a copy. */
  private static String joinLines(List<String> lines) {
    return lines.size() == 1 ? lines.get(0) : String.join("\n", lines);
  }

  /**
   * The names between the parentheses, separated by {@code ", "} exactly; {@code ()} is no authors.
   * {@code null} if a name is empty or blank.
   */
  private List<String> authors(Token authorsLine) {
    String line = authorsLine.getText();
    // The names lie between the parentheses; a separator never overlaps the closing one.
    int namesEnd = line.length() - 1;
    List<String> authors = new ArrayList<>();
    if (namesEnd == 1) {
      return authors;
    }
    boolean valid = true;
    int start = 1;
    while (true) {
      int end = line.indexOf(AUTHOR_SEPARATOR, start);
      String name = line.substring(start, end < 0 ? namesEnd : end);
      if (UnicodeText.isBlank(name)) {
        int column = line.codePointCount(0, start) + 1;
        problems.add(
            authorsLine.getLine(),
            column,
            "author "
                + (authors.size() + 1)
                + " of the authors line is empty: names are separated by"
                + " `, ` with a name on each side, like `(Name, Name)`");
        valid = false;
      }
      authors.add(name);
      if (end < 0) {
        return valid ? authors : null;
      }
      start = end + AUTHOR_SEPARATOR.length();
    }
  }
}
