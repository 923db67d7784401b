package dev.paperdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import java.util.List;
import java.util.regex.Pattern;

/** Checks shared by example and property tests. */
final class TextDigestAssertions {
  /**
   * Every message the reader can give, with the quoted pieces of the input left open. A message
   * that matches none of them is ANTLR's own wording or a new message missing from this list.
   */
  private static final List<Pattern> MESSAGES =
      List.of(
              "expected an authors line like `\\(Name, Name\\)` after the title `.*`(, found the"
                  + " next date line|, found the end of the file| \\(a line of tags right after a"
                  + " tag line or a date line starts a new entry as its title\\))?",
              "the entry `.*` from line \\d+ has no tag line: expected a line of tags like `#tag`"
                  + " before (the next date line|the end of the file)",
              "expected a date line like `2024년 10월 10일` at the start of the file, found `.*`",
              "`.*` is not a date: there is no .*",
              "author \\d+ of the authors line is blank: names are separated by `, ` with a name on"
                  + " each side, like `\\(Name, Name\\)`",
              "invalid UTF-8: (byte 0x[0-9A-F]{2} (does not begin any character|begins a character"
                  + " that does not end)|bytes( 0x[0-9A-F]{2})+ do not form a character); save the"
                  + " file as UTF-8",
              "`.*` follows a byte-order mark \\(U\\+FEFF\\) in the middle of the input, as when"
                  + " `cat a.txt b.txt` joins files saved with one; remove the mark",
              "`.*` is a date line glued to the end of a line: a line end is missing before it, as"
                  + " when `cat a.txt b.txt` joins a file that lacks its final line end; put the"
                  + " date on a line of its own")
          .stream()
          .map(p -> Pattern.compile(p, Pattern.DOTALL))
          .toList();

  private TextDigestAssertions() {}

  /**
   * Each paper of {@code digest} builds again, equal, under the model's full check: the reader
   * builds its papers without scanning their strings for line breaks and unpaired surrogates
   * ({@code DecodedLines}), which its decoding must rule out.
   */
  static void assertPapersPassTheFullCheck(Digest digest) {
    for (Paper paper : digest.papers()) {
      assertEquals(paper, Paper.builder().from(paper).build());
    }
  }

  /** The message is one the reader words for people, never ANTLR's "mismatched input ...". */
  static void assertReadableMessage(Diagnostic diagnostic) {
    assertTrue(
        MESSAGES.stream().anyMatch(p -> p.matcher(diagnostic.message()).matches()),
        () -> "not one of the reader's messages: " + diagnostic);
  }
}
