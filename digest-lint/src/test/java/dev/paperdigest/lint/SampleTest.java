package dev.paperdigest.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.PaperField;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sample is clean but for its two authors named Kun Xu, which its configuration silences. */
class SampleTest {
  private static final Path SAMPLE = Path.of("../examples/2024-10-10.txt");

  @Test
  void theSampleHasOneFindingTheDuplicateAuthor() throws IOException {
    List<Diagnostic> found = Linting.linter().build().lint(List.of(SAMPLE));

    assertEquals(List.of("duplicate-author"), Linting.rules(found));
    Diagnostic finding = found.get(0);
    var where = Locations.of(DigestFormats.load().require("text"), SAMPLE);
    assertEquals(where.element(1, PaperField.AUTHORS, 4), finding.position());
    assertEquals(
        SAMPLE
            + ":"
            + finding.line()
            + ":"
            + finding.column()
            + ": warning: author 5 `Kun Xu` repeats author 4; remove one, or silence"
            + " duplicate-author for this paper if two people share the name [duplicate-author]",
        finding.toString());
  }

  @Test
  void theSamplesConfigurationSilencesItAndNothingElse() throws IOException {
    Optional<Path> file = LintConfiguration.discover(SAMPLE);
    assertEquals(
        Optional.of(Path.of("../examples/.digestlint.toml").toAbsolutePath().normalize()), file);

    DigestLinter linter =
        Linting.linter().configuration(LintConfiguration.read(file.orElseThrow())).build();

    assertEquals(List.of(), linter.lint(List.of(SAMPLE)));
  }
}
