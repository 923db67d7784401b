package dev.paperdigest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
  @Test
  void printsInTheGnuForm() {
    assertEquals(
        "a.txt:3:7: error: expected an authors line",
        Diagnostic.error("a.txt", 3, 7, "expected an authors line").toString());
    assertEquals(
        "a.txt:1:1: warning: w",
        new Diagnostic("a.txt", 1, 1, Diagnostic.Severity.WARNING, "w").toString());
  }

  @Test
  void aWarningOfARuleEndsWithItsId() {
    assertEquals(
        "a.md:4:2: warning: an author holds `, ` [author-comma]",
        Diagnostic.warning("a.md", 4, 2, "author-comma", "an author holds `, `").toString());
    assertThrows(
        IllegalArgumentException.class, () -> Diagnostic.warning("a", 1, 1, "Not An Id", "m"));
  }

  @Test
  void positionsCountFromOne() {
    assertThrows(IllegalArgumentException.class, () -> Diagnostic.error("a", 0, 1, "m"));
    assertThrows(IllegalArgumentException.class, () -> Diagnostic.error("a", 1, 0, "m"));
  }

  @Test
  void theExceptionCarriesAndPrintsEveryDiagnostic() {
    Diagnostic first = Diagnostic.error("f", 1, 1, "one");
    Diagnostic second = Diagnostic.error("f", 9, 2, "two");
    DigestFormatException e = new DigestFormatException(List.of(first, second));
    assertEquals(List.of(first, second), e.diagnostics());
    assertEquals("f:1:1: error: one\nf:9:2: error: two", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new DigestFormatException(List.of()));
  }
}
