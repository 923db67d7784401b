package dev.paperdigest.text.internal;

import dev.paperdigest.core.spi.ProblemList;
import dev.paperdigest.text.internal.DigestParser.EntryContext;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;

/**
 * Parses one entry at a time with the rule {@code entry} of {@code DigestParser.g4}, so that the
 * tokens and the tree held are those of one paper, however many papers the digest has. One parser
 * serves every entry of an input.
 */
final class EntryParser {
  // The tokens are set for each entry; ANTLR's own error messages are never used.
  private final DigestParser parser = new DigestParser(null);

  EntryParser() {
    parser.removeErrorListeners();
  }

  /**
   * The tree of one entry, or of what is left of a broken one ({@link EntryContext#exception} set),
   * whose problem has been reported.
   *
   * @param tokens the entry's tokens: from its title to its tag line, or to the end of its digest;
   *     then {@link Token#EOF}
   * @param problems where a broken entry is reported
   * @param endsAtDateLine whether the digest is followed by another date line rather than by the
   *     end of the file
   */
  EntryContext parse(List<Token> tokens, ProblemList problems, boolean endsAtDateLine) {
    parser.setTokenStream(new CommonTokenStream(new ListTokenSource(tokens)));
    parser.setErrorHandler(new EntryRecoveryStrategy(problems, endsAtDateLine));
    return parser.entry();
  }
}
