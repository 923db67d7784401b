package dev.paperdigest.lint;

import static dev.paperdigest.lint.Linting.input;
import static dev.paperdigest.lint.Linting.lint;
import static dev.paperdigest.lint.Linting.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paperdigest.core.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .digestlint.toml}, {@code --select} and {@code --ignore}: what they silence and refuse.
 */
class ConfigurationTest {
  /** Breaks two rules: a full stop ends the title, and there are no authors. */
  private static final String TWO_FINDINGS =
      """
      2024년 10월 10일
      Scaling Laws Across Model Architectures.
      ()
      #scaling-law
      """;

  private static LintConfiguration configuration(String toml) {
    return LintConfiguration.parse(toml, ".digestlint.toml");
  }

  private static List<String> rulesFound(DigestLinter.Builder linter, String text) {
    return rules(lint(linter.build(), input("a.txt", text)));
  }

  private static List<String> problems(String toml) {
    LintConfigurationException e =
        assertThrows(LintConfigurationException.class, () -> configuration(toml));
    return e.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void theFileSelectsAndIgnoresRules() {
    assertEquals(
        List.of("no-authors"),
        rulesFound(
            Linting.linter().configuration(configuration("ignore = [\"title-full-stop\"]")),
            TWO_FINDINGS));
    assertEquals(
        List.of("title-full-stop"),
        rulesFound(
            Linting.linter().configuration(configuration("select = ['title-full-stop']")),
            TWO_FINDINGS));
  }

  @Test
  void anEmptyFileOrOneOfCommentsRunsEveryRule() {
    for (String empty : List.of("", "# nothing to say yet\n")) {
      assertEquals(
          List.of("title-full-stop", "no-authors"),
          rulesFound(Linting.linter().configuration(configuration(empty)), TWO_FINDINGS));
    }
  }

  @Test
  void optionsSelectInsteadOfTheFileAndIgnoreInAddition() {
    LintConfiguration file =
        configuration("select = [\"title-full-stop\"]\nignore = [\"tag-spelling\"]\n");
    assertEquals(
        List.of("no-authors"),
        rulesFound(
            Linting.linter().configuration(file).select(List.of("no-authors", "tag-spelling")),
            TWO_FINDINGS));
    assertEquals(
        List.of(),
        rulesFound(
            Linting.linter().configuration(file).ignore(List.of("title-full-stop")), TWO_FINDINGS));
  }

  @Test
  void anUnknownRuleIdIsAnErrorAtItsPlace() {
    assertEquals(
        List.of(
            ".digestlint.toml:2:11: error: unknown rule `duplicate-authors`; did you mean"
                + " `duplicate-author`?",
            ".digestlint.toml:6:30: error: unknown rule `no-such-thing`; the rules are"
                + " duplicate-author, comment-without-translation, translation-without-comment,"
                + " translation-hangul, comment-without-hangul, no-authors, abstract-unfinished,"
                + " line-whitespace, title-full-stop, author-comma, tag-hash, tag-spelling,"
                + " date-order, duplicate-date, duplicate-paper, future-date, empty-digest,"
                + " empty-input, format-warning"),
        problems(
            """
            # Our archive's settings
            ignore = ["duplicate-authors"]

            [[suppress]]
            title = "Pyramidal Flow Matching for Efficient Video Generative Modeling"
            rules = ["duplicate-author", "no-such-thing"]
            """));
  }

  @Test
  void anUnknownRuleIdInAnOptionIsRefusedInWords() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DigestLinter.builder().ignore(List.of("title-fullstop")));
    assertEquals("unknown rule `title-fullstop`; did you mean `title-full-stop`?", e.getMessage());
  }

  @Test
  void anUnknownKeyIsAnErrorAtItsLine() {
    assertEquals(
        List.of(
            ".digestlint.toml:1:1: error: unknown key `ignored`; the file has `select`, `ignore`"
                + " and `[[suppress]]` tables",
            ".digestlint.toml:5:3: error: unknown key `rule` in `[[suppress]]`; an entry has"
                + " `title`, `date`, `rules` and `reason`"),
        problems(
            """
            ignored = ["title-full-stop"]

            [[suppress]]
              title = "Time Transfer"
              rule = ["duplicate-author"]
              rules = ["duplicate-author"]
            """));
  }

  @Test
  void aSuppressionSaysWhatAndWhich() {
    assertEquals(
        List.of(
            ".digestlint.toml:1:1: error: a `[[suppress]]` entry needs a `title`, a `date` or"
                + " both, to say what it silences",
            ".digestlint.toml:4:1: error: a `[[suppress]]` entry needs `rules`, the ids of the"
                + " rules it silences, like rules = [\"duplicate-author\"]",
            ".digestlint.toml:8:1: error: `date` is the digest's date, like 2024-10-10, but"
                + " `2024-13-01` is not one: there is no month 13"),
        problems(
            """
            [[suppress]]
            rules = ["duplicate-author"]

            [[suppress]]
            title = "Time Transfer"

            [[suppress]]
            date = "2024-13-01"
            rules = ["empty-digest"]
            """));
  }

  @Test
  void textThatIsNotTomlIsAnErrorAtItsLine() {
    List<String> problems = problems("ignore = [\"title-full-stop\"\nselect = 3\n");
    assertEquals(1, problems.size());
    assertEquals(
        true,
        problems.get(0).startsWith(".digestlint.toml:2:")
            && problems.get(0).contains(": error: the file is not valid TOML: "),
        problems.get(0));
  }

  @Test
  void aSuppressionByTitleSilencesThatPaperInEveryDigest() {
    DigestLinter linter =
        Linting.linter()
            .configuration(
                configuration(
                    """
                    [[suppress]]
                    title = "scaling laws across model   architectures."
                    rules = ["title-full-stop"]
                    """))
            .build();
    assertEquals(
        // In input order: b.txt's paper is a duplicate at its title, before its authors line.
        List.of("no-authors", "duplicate-paper", "no-authors"),
        rules(
            lint(
                linter,
                input("a.txt", TWO_FINDINGS),
                input("b.txt", TWO_FINDINGS.replace("10일", "11일")))));
  }

  @Test
  void aSuppressionByTitleAndDateSilencesThatPaperInThatDigestOnly() {
    DigestLinter linter =
        Linting.linter()
            .configuration(
                configuration(
                    """
                    [[suppress]]
                    title = "Scaling Laws Across Model Architectures."
                    date = 2024-10-11
                    rules = ["title-full-stop", "no-authors"]
                    """))
            .build();
    List<Diagnostic> found =
        lint(
            linter,
            input("a.txt", TWO_FINDINGS),
            input("b.txt", TWO_FINDINGS.replace("10일", "11일")));
    assertEquals(
        List.of("a.txt title-full-stop", "a.txt no-authors", "b.txt duplicate-paper"),
        found.stream().map(d -> d.source() + " " + d.code()).toList());
  }

  @Test
  void aSuppressionByDateSilencesTheDigestAndItsPapers() {
    DigestLinter linter =
        Linting.linter()
            .configuration(
                configuration(
                    """
                    [[suppress]]
                    date = 2024-10-10
                    rules = ["empty-digest", "no-authors"]
                    reason = "Kept as it was published."
                    """))
            .build();
    String archive = "2024년 10월 10일\n" + TWO_FINDINGS.replace("10일", "11일");
    assertEquals(
        List.of("title-full-stop", "no-authors"), rules(lint(linter, input("a.txt", archive))));
    assertEquals(List.of("title-full-stop"), rules(lint(linter, input("a.txt", TWO_FINDINGS))));
  }

  @Test
  void theNearestFileUpToTheRepositoryRootApplies(@TempDir Path dir) throws IOException {
    Path repository = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectory(repository.resolve(".git"));
    Path digests = Files.createDirectories(repository.resolve("digests/2024"));
    Path file = Files.writeString(digests.resolve("2024-10-10.txt"), TWO_FINDINGS);
    Files.writeString(dir.resolve(LintConfiguration.FILE_NAME), "ignore = [\"no-authors\"]");

    assertEquals(Optional.empty(), LintConfiguration.discover(file), "outside the repository");

    Path atRoot = Files.writeString(repository.resolve(LintConfiguration.FILE_NAME), "");
    assertEquals(Optional.of(atRoot), LintConfiguration.discover(file));
    assertEquals(Optional.of(atRoot), LintConfiguration.discover(digests));

    Path nearer = Files.writeString(digests.getParent().resolve(LintConfiguration.FILE_NAME), "");
    assertEquals(Optional.of(nearer), LintConfiguration.discover(file));
  }
}
