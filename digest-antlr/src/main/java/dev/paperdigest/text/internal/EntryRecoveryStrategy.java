package dev.paperdigest.text.internal;

import dev.paperdigest.core.spi.MessageText;
import dev.paperdigest.core.spi.ProblemList;
import dev.paperdigest.text.internal.DigestParser.AuthorsContext;
import dev.paperdigest.text.internal.DigestParser.EntryContext;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * How {@link DigestParser} reports a broken entry and carries on: in the words of someone who
 * writes digests, then from the line after the broken entry's tag line.
 *
 * <p>ANTLR's default strategy guesses: it pretends a missing token was there or drops an unexpected
 * one, and words its messages in token names. A guess would turn a broken entry into a wrong paper,
 * so this strategy never repairs anything. When a line does not fit, the error unwinds to the entry
 * being read, which is reported once and skipped up to and including its tag line; the next entry
 * is read normally, so one run reports every broken entry of a digest.
 *
 * <p>With this grammar only two things can go wrong in an entry, which the parser receives cut at
 * its tag line or at the end of its digest: a title not followed by an authors line, and an entry
 * that reaches the end of the digest without a tag line. Everything else is a line of some entry.
 */
final class EntryRecoveryStrategy extends DefaultErrorStrategy {
  private final ProblemList problems;
  private final boolean endsAtDateLine;

  /**
   * The strategy for one entry.
   *
   * @param problems where the problems of the entry go
   * @param endsAtDateLine whether the digest is followed by another date line rather than by the
   *     end of the file, which is all that the parser's end of input can tell
   */
  EntryRecoveryStrategy(ProblemList problems, boolean endsAtDateLine) {
    this.problems = problems;
    this.endsAtDateLine = endsAtDateLine;
  }

  /** Errors are reported where a line fails to fit, not predicted ahead of it. */
  @Override
  public void sync(Parser recognizer) {
    // nothing to check in advance
  }

  /** No single-token insertion or deletion: a missing line is an error, never made up. */
  @Override
  public Token recoverInline(Parser recognizer) {
    throw new InputMismatchException(recognizer);
  }

  @Override
  public void reportError(Parser recognizer, RecognitionException e) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    Token found = e.getOffendingToken();
    EntryContext entry = enclosingEntry((ParserRuleContext) e.getCtx());
    Token title = entry.title().getStart();
    String message =
        e.getCtx() instanceof AuthorsContext
            ? missingAuthors(title, found)
            : "the entry "
                + MessageText.quote(title.getText())
                + " from line "
                + LineToken.lineOf(title)
                + " has no tag line: expected a line of tags like `#tag` before "
                + endOfDigest();
    problems.error(LineToken.lineOf(found), LineToken.columnOf(found), message);
  }

  private String missingAuthors(Token title, Token found) {
    String message =
        "expected an authors line like `(Name, Name)` after the title "
            + MessageText.quote(title.getText());
    if (found.getType() == Token.EOF) {
      return message + ", found " + endOfDigest();
    }
    if (title.getType() == DigestLexer.TAGS) {
      return message
          + " (a line of tags right after a tag line or a date line starts a new entry as its"
          + " title)";
    }
    return message;
  }

  private String endOfDigest() {
    return endsAtDateLine ? "the next date line" : "the end of the file";
  }

  /**
   * Unwinds to the entry, then skips what is left of it. Rules inside an entry rethrow; the entry's
   * own handler consumes up to and including the next tag line, or to the end of the digest.
   */
  @Override
  public void recover(Parser recognizer, RecognitionException e) {
    if (!(recognizer.getContext() instanceof EntryContext)) {
      throw e;
    }
    TokenStream tokens = recognizer.getInputStream();
    int type;
    do {
      type = tokens.LA(1);
      if (type == Token.EOF) {
        return;
      }
      recognizer.consume();
    } while (type != DigestLexer.TAGS);
  }

  private static EntryContext enclosingEntry(ParserRuleContext context) {
    ParserRuleContext c = context;
    while (!(c instanceof EntryContext)) {
      c = c.getParent();
    }
    return (EntryContext) c;
  }
}
