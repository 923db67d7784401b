package dev.paperdigest.core.spi;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.DigestFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemListTest {
  @Test
  void problemsComeOutInInputOrderWhateverOrderTheyWereFoundIn() {
    ProblemList problems = new ProblemList("a.txt");
    problems.error(9, 1, "late");
    problems.error(2, 5, "second");
    problems.error(2, 1, "first");
    DigestFormatException e = assertThrows(DigestFormatException.class, problems::throwIfAny);
    assertEquals(
        List.of("first", "second", "late"),
        e.diagnostics().stream().map(Diagnostic::message).toList());
    assertDoesNotThrow(problems::throwIfAny, "thrown problems are not thrown twice");
  }

  @Test
  void pastTheLimitProblemsAreCountedNotKept() {
    ProblemList problems = new ProblemList("a.md");
    for (int line = 1; line <= 1_000_000; line++) {
      problems.error(line, 1, "bad");
    }
    assertEquals(1_000_000, problems.count());
    DigestFormatException e = assertThrows(DigestFormatException.class, problems::throwIfAny);
    assertEquals(ProblemList.LIMIT + 1, e.diagnostics().size());
    assertEquals(
        "a.md:101:1: error: and 999900 more problems in this digest, not shown; fix the ones"
            + " above first",
        e.diagnostics().get(ProblemList.LIMIT).toString());
  }
}
