package dev.paperdigest.text.internal;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.spi.AbstractDigestIterator;
import dev.paperdigest.core.spi.LocationRecorder;
import dev.paperdigest.core.spi.ProblemList;
import java.io.IOException;
import java.io.InputStream;

/**
 * The digests of a text input, one at a time. The line tokens are cut at each date line, and each
 * digest's entries at their tag lines; every entry is parsed on its own (rule {@code entry} of
 * {@code DigestParser.g4}), so memory holds the papers of one digest and the tokens of one entry,
 * however long the input, while tokens keep the line numbers of the whole file.
 *
 * <p>Input before the first date line is one failed step of its own, so that it is reported once
 * and reading goes on at the first date line. A line over the limit ends reading: the digest it is
 * in fails, and there is no next one.
 */
final class TextDigestIterator extends AbstractDigestIterator {
  private final InputStream in;
  private final LineTokens tokens;
  private final EntryParser entries = new EntryParser();

  /** Why nothing can be read (a limit given wrongly), or {@code null}. */
  private final String refusal;

  private boolean stopped;

  private final DigestStep.Places places =
      new DigestStep.Places() {
        @Override
        public void begins(long line, long column) {
          beginsAt(line, column);
        }

        @Override
        public LocationRecorder recorder() {
          return TextDigestIterator.this.recorder();
        }

        @Override
        public void endOfInput() {
          stopped = true;
        }
      };

  /**
   * The digests of {@code in}.
   *
   * @param maxLineBytes the longest line accepted
   * @param refusal why nothing can be read, reported at the start of the input; or {@code null}
   */
  TextDigestIterator(InputStream in, String sourceName, long maxLineBytes, String refusal) {
    super(sourceName);
    this.in = in;
    this.tokens = LineTokens.of(in, sourceName, maxLineBytes, false);
    this.refusal = refusal;
  }

  @Override
  protected Digest readNext() {
    if (stopped) {
      return null;
    }
    if (refusal != null) {
      stopped = true;
      ProblemList problems = new ProblemList(sourceName());
      problems.error(1, 1, refusal);
      problems.throwIfAny();
    }
    return DigestStep.read(tokens, entries, sourceName(), places);
  }

  @Override
  protected void closeInput() throws IOException {
    in.close();
  }
}
