package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestRun.digest;
import static dev.paperdigest.cli.DigestRun.digestWith;
import static dev.paperdigest.cli.Documents.BROKEN;
import static dev.paperdigest.cli.Documents.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperdigest.lint.LintRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digest lint}: the report formats, the options, the configuration and exit statuses. */
class LintCommandTest {
  /** A paper with two slips: a full stop after its title, and an author named twice. */
  static final String TWO_SLIPS =
      """
      2024년 10월 12일
      Small Models Think Too.
      (Ada Lovelace, Alan Turing, Ada Lovelace)
      We show that small models think.
      작은 모델도 생각한다는 주장.
      The claim that small models think too.
      #small-models
      """;

  /** A clean digest of the day before {@link #TWO_SLIPS}, its tag in another spelling. */
  static final String DAY_BEFORE =
      """
      2024년 10월 11일
      Tiny Models Think Too
      (Ada Lovelace)
      We show that tiny models think.
      아주 작은 모델도 생각한다는 주장.
      The claim that tiny models think too.
      #Small-Models
      """;

  private static final String TITLE_FULL_STOP =
      ":2:1: warning: the title ends with a full stop; paper titles have none [title-full-stop]\n";
  private static final String DUPLICATE_AUTHOR =
      ":3:29: warning: author 3 `Ada Lovelace` repeats author 1; remove one, or silence"
          + " duplicate-author for this paper if two people share the name [duplicate-author]\n";

  @TempDir Path dir;

  @Test
  void theSamplePassesWithTheConfigurationBesideIt() {
    DigestRun directory = digest("lint", "../examples/");
    DigestRun file = digest("lint", DigestRun.SAMPLE.toString());

    assertEquals(0, directory.status(), directory.out() + directory.stderr());
    assertEquals("", directory.out());
    assertEquals("", directory.stderr());
    assertEquals(0, file.status(), file.out() + file.stderr());
    assertEquals("", file.out());
  }

  @Test
  void withoutItsConfigurationTheSampleHasItsTwoAuthorsNamedKunXu() {
    Path empty = write(dir.resolve("empty.toml"), "");

    DigestRun run = digest("lint", "--config", empty.toString(), DigestRun.SAMPLE.toString());

    assertEquals(1, run.status());
    assertTrue(
        run.out()
            .matches(
                "\\.\\./examples/2024-10-10\\.txt:9:\\d+: warning: author 5 `Kun Xu` repeats author"
                    + " 4; .+ \\[duplicate-author]\n"),
        run.out());
    assertEquals("", run.stderr());
  }

  @Test
  void findingsAreReportedInTheGnuFormAndFailTheRun() {
    Path file = write(dir.resolve("a.txt"), TWO_SLIPS);

    DigestRun run = digest("lint", file.toString());

    assertEquals(1, run.status());
    assertEquals(file + TITLE_FULL_STOP + file + DUPLICATE_AUTHOR, run.out());
    assertEquals("", run.stderr());
  }

  @Test
  void exitZeroLetsFindingsPassButNotFilesThatDoNotRead() {
    Path file = write(dir.resolve("a.txt"), TWO_SLIPS);
    Path broken = write(dir.resolve("b.txt"), BROKEN);

    DigestRun findings = digest("lint", "--exit-zero", file.toString());
    DigestRun withBroken = digest("lint", "--exit-zero", file.toString(), broken.toString());

    assertEquals(0, findings.status(), findings.stderr());
    assertEquals(file + TITLE_FULL_STOP + file + DUPLICATE_AUTHOR, findings.out());
    assertEquals(1, withBroken.status());
  }

  @Test
  void selectAndIgnoreChooseTheRules() {
    Path file = write(dir.resolve("a.txt"), TWO_SLIPS);

    DigestRun selected = digest("lint", "--select", "title-full-stop", file.toString());
    DigestRun ignored = digest("lint", "--ignore=title-full-stop", file.toString());
    DigestRun both =
        digest("lint", "--ignore", "title-full-stop,duplicate-author", file.toString());

    assertEquals(file + TITLE_FULL_STOP, selected.out());
    assertEquals(file + DUPLICATE_AUTHOR, ignored.out());
    assertEquals(0, both.status(), both.out());
    assertEquals("", both.out());
  }

  @Test
  void anUnknownRuleIsAUsageErrorWithASuggestion() {
    Path file = write(dir.resolve("a.txt"), TWO_SLIPS);

    DigestRun select = digest("lint", "--select", "title-fullstop", file.toString());
    DigestRun ignore = digest("lint", "--ignore", "nothing-like-it", file.toString());

    assertEquals(2, select.status());
    assertTrue(
        select
            .stderr()
            .startsWith(
                "digest: --select: unknown rule `title-fullstop`; did you mean"
                    + " `title-full-stop`?\n"),
        select.stderr());
    assertEquals("", select.out());
    assertEquals(2, ignore.status());
    assertTrue(
        ignore
            .stderr()
            .startsWith("digest: --ignore: unknown rule `nothing-like-it`; the rules are"),
        ignore.stderr());
  }

  @Test
  void aConfigurationWithMistakesIsReportedWhereTheyAreAndNothingIsLinted() {
    Path config = write(dir.resolve("lint.toml"), "ignore = [\"title-fullstop\"]\n");
    Path file = write(dir.resolve("a.txt"), TWO_SLIPS);

    DigestRun run = digest("lint", "--config", config.toString(), file.toString());
    DigestRun missing =
        digest("lint", "--config", dir.resolve("missing.toml").toString(), file.toString());

    assertEquals(2, run.status());
    assertEquals(
        config + ":1:11: error: unknown rule `title-fullstop`; did you mean `title-full-stop`?\n",
        run.stderr());
    assertEquals("", run.out());
    assertEquals(2, missing.status());
    assertTrue(
        missing.stderr().startsWith("digest: " + dir.resolve("missing.toml") + ": No such file"),
        missing.stderr());
  }

  @Test
  void theNearestConfigurationFileAppliesUpToTheRootOfTheRepository() throws IOException {
    write(dir.resolve(".digestlint.toml"), "ignore = [\"title-full-stop\"]\n");
    Path file = write(dir.resolve("digests/2024/a.txt"), TWO_SLIPS);

    DigestRun found = digest("lint", file.toString());
    Files.createDirectory(dir.resolve("digests/.git"));
    DigestRun outsideTheRepository = digest("lint", file.toString());

    assertEquals(file + DUPLICATE_AUTHOR, found.out());
    assertEquals(file + TITLE_FULL_STOP + file + DUPLICATE_AUTHOR, outsideTheRepository.out());
  }

  @Test
  void theJsonReportHasOneObjectPerFindingOrError() throws IOException {
    Path file = write(dir.resolve("a.txt"), TWO_SLIPS);
    Path broken = write(dir.resolve("b.txt"), BROKEN);

    DigestRun run = digest("lint", "--format", "json", file.toString(), broken.toString());

    assertEquals(1, run.status());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertEquals("title-full-stop", report.get(0).get("rule").asText());
    assertEquals(file.toString(), report.get(0).get("file").asText());
    assertEquals(2, report.get(0).get("line").asInt());
    assertEquals("duplicate-author", report.get(1).get("rule").asText());
    JsonNode error = report.get(2);
    assertEquals(broken.toString(), error.get("file").asText());
    assertEquals("error", error.get("severity").asText());
    assertTrue(error.get("rule").isNull(), error.toString());
  }

  @Test
  void theSarifReportNamesFilesRelativeToTheBaseDirectory() throws IOException {
    Path file = write(dir.resolve("digests/a.txt"), TWO_SLIPS);

    DigestRun run = digest("lint", "--format", "SARIF", "--base", dir.toString(), file.toString());

    assertEquals(1, run.status(), run.stderr());
    JsonNode sarif = new ObjectMapper().readTree(run.out());
    assertEquals("2.1.0", sarif.get("version").asText());
    JsonNode result = sarif.at("/runs/0/results/0");
    assertEquals("title-full-stop", result.get("ruleId").asText());
    assertEquals(
        "digests/a.txt", result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(
        dir.toUri().toString(), sarif.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText());
  }

  @Test
  void badReportFormatsAndBaseDirectoriesAreUsageErrors() {
    Path file = write(dir.resolve("a.txt"), TWO_SLIPS);

    DigestRun format = digest("lint", "--format", "xml", file.toString());
    DigestRun base = digest("lint", "--base", file.toString(), file.toString());

    assertEquals(2, format.status());
    assertTrue(
        format
            .stderr()
            .startsWith(
                "digest: Invalid value for option '--format': unknown report format 'xml'; the"
                    + " report formats are gnu, json, sarif\n"),
        format.stderr());
    assertEquals(2, base.status());
    assertTrue(base.stderr().startsWith("digest: --base " + file + ": not a directory"));
  }

  @Test
  void rulesListsEveryRuleWithItsRationaleAndNeedsNoFile() {
    DigestRun run = digest("lint", "--rules");

    assertEquals(0, run.status(), run.stderr());
    List<String> lines = run.out().lines().toList();
    assertEquals(LintRule.values().length, lines.size());
    for (LintRule rule : LintRule.values()) {
      assertTrue(
          lines.stream()
              .anyMatch(
                  line ->
                      line.matches(
                          rule.id() + " +" + java.util.regex.Pattern.quote(rule.rationale()))),
          rule.id() + " in " + run.out());
    }
  }

  @Test
  void withoutAFileLintIsAUsageError() {
    DigestRun run = digest("lint");

    assertEquals(2, run.status());
    assertTrue(
        run.stderr().startsWith("digest: give the files or directories to check"), run.stderr());
  }

  @Test
  void theFilesAreOneArchiveInTheOrderGiven() {
    Path later = write(dir.resolve("a.txt"), TWO_SLIPS);
    Path earlier = write(dir.resolve("b.txt"), DAY_BEFORE);

    DigestRun run =
        digest("lint", "--select", "date-order,tag-spelling", later.toString(), earlier.toString());

    assertEquals(
        earlier
            + ":1:1: warning: 2024-10-11 comes after 2024-10-12 ("
            + later
            + ":1:1); keep the archive in date order [date-order]\n"
            + earlier
            + ":7:1: warning: the tag `#Small-Models` is spelled `#small-models` at "
            + later
            + ":7:1; use one spelling [tag-spelling]\n",
        run.out());
  }

  @Test
  void aFileThatDoesNotReadIsReportedAsValidateReportsItAndTheRestIsLinted() {
    Path broken = write(dir.resolve("a.txt"), BROKEN);
    Path file = write(dir.resolve("b.txt"), TWO_SLIPS);

    DigestRun run = digest("lint", "--select", "duplicate-author", dir.toString());

    assertEquals(1, run.status());
    assertEquals(
        digest("validate", broken.toString()).stderr() + file + DUPLICATE_AUTHOR, run.out());
    assertFalse(run.showsStackTrace(), run.stderr());
  }

  @Test
  void standardInputIsLintedUnderItsName() {
    DigestRun run = digest(TWO_SLIPS.getBytes(UTF_8), "lint", "-f", "text", "-");

    assertEquals(1, run.status());
    assertEquals("<stdin>" + TITLE_FULL_STOP + "<stdin>" + DUPLICATE_AUTHOR, run.out());
  }

  @Test
  void anInputThatExhaustsMemoryIsReportedAndTheNextIsStillLinted() {
    Path exhausting = write(dir.resolve("a.exhausting"), "");
    Path file = write(dir.resolve("b.txt"), TWO_SLIPS);

    DigestRun run =
        digestWith(
            TestFormats.withTestFormats(),
            new byte[0],
            "lint",
            exhausting.toString(),
            file.toString());

    assertEquals(1, run.status());
    assertTrue(run.stderr().startsWith("digest: " + exhausting + ": not enough memory"));
    assertEquals(file + TITLE_FULL_STOP + file + DUPLICATE_AUTHOR, run.out());
  }

  @Test
  void aDateInTheFutureIsFound() {
    Path file = write(dir.resolve("a.txt"), TWO_SLIPS.replace("2024년 10월 12일", "9999년 12월 31일"));

    DigestRun run = digest("lint", "--select", "future-date", file.toString());

    assertEquals(1, run.status());
    assertTrue(run.out().startsWith(file + ":1:1: warning: "), run.out());
    assertTrue(run.out().endsWith(" [future-date]\n"), run.out());
  }

  @Test
  void everyRuleIdIsAccepted() {
    Path file = write(dir.resolve("a.txt"), TWO_SLIPS);
    String all = String.join(",", Arrays.stream(LintRule.values()).map(LintRule::id).toList());

    DigestRun run = digest("lint", "--select", all, file.toString());

    assertEquals(file + TITLE_FULL_STOP + file + DUPLICATE_AUTHOR, run.out());
  }
}
