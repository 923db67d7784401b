package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestProcess.bash;
import static dev.paperdigest.cli.DigestProcess.java;
import static dev.paperdigest.cli.Documents.BROKEN;
import static dev.paperdigest.cli.Documents.SMALL;
import static dev.paperdigest.cli.Documents.bytes;
import static dev.paperdigest.cli.Documents.write;
import static dev.paperdigest.cli.FmtCommandTest.CANONICAL;
import static dev.paperdigest.cli.FmtCommandTest.TYPED;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code digest fmt} and {@code digest lint} through the real jar, as a CI job runs them: files
 * rewritten in place, {@code --check}, a diff that {@code patch} applies, a SARIF report valid
 * against the OASIS schema, and the CI steps of the documentation run as written.
 */
class FmtLintIT {
  /** The schema digest-lint's own tests validate its SARIF against. */
  private static final Path SARIF_SCHEMA =
      Path.of("..", "digest-lint", "src", "test", "resources", "sarif", "sarif-schema-2.1.0.json");

  @TempDir Path dir;

  @Test
  void fmtRewritesFilesInPlaceKeepingTheirModeAndLinksAndOnlyOnce() throws IOException {
    Path file = write(dir.resolve("digests/2024-09-05.txt"), TYPED);
    Files.setAttribute(file, "unix:mode", 0640);
    Path linked = write(dir.resolve("elsewhere/2024-09-06.txt"), TYPED.replace("05일", "06일"));
    Path link =
        Files.createSymbolicLink(
            dir.resolve("digests/2024-09-06.txt"), Path.of("../elsewhere/2024-09-06.txt"));

    DigestProcess.Result first = java(new byte[0], "fmt", dir.resolve("digests").toString());
    FileTime rewritten = FileTime.fromMillis(946_684_800_000L);
    Files.setLastModifiedTime(file, rewritten);
    DigestProcess.Result second = java(new byte[0], "fmt", dir.resolve("digests").toString());

    assertEquals(0, first.status(), first.stderr());
    assertEquals("", first.out() + first.stderr());
    assertEquals(CANONICAL, Files.readString(file));
    assertEquals(0640, (Integer) Files.getAttribute(file, "unix:mode") & 07777);
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(CANONICAL.replace(" 5일", " 6일"), Files.readString(linked));
    assertEquals(0, second.status(), second.stderr());
    assertEquals(rewritten, Files.getLastModifiedTime(file), "the second run changes nothing");
  }

  @Test
  void fmtCheckNamesTheSampleWhichIsKeptAsTypedWithoutItsFinalLineEnd() {
    DigestProcess.Result examples = java(new byte[0], "fmt", "--check", "../examples/");
    Path copy = write(dir.resolve("2024-10-10.txt"), bytes(DigestRun.SAMPLE));
    DigestProcess.Result fmt = java(new byte[0], "fmt", copy.toString());
    DigestProcess.Result again = java(new byte[0], "fmt", "--check", copy.toString());

    assertEquals(1, examples.status());
    assertEquals("../examples/2024-10-10.txt\n", examples.out());
    assertEquals(
        "digest: 1 file is not in canonical form; 'digest fmt FILE...' rewrites it\n",
        examples.stderr());
    assertEquals(0, fmt.status(), fmt.stderr());
    assertArrayEquals(DigestRun.sample(), bytes(copy), "the sample plus its final line end");
    assertEquals(0, again.status(), again.out() + again.stderr());
    assertEquals("", again.out());
  }

  @Test
  void fmtDiffOfTheExamplesIsTheDiffTheReadmeShows() throws IOException {
    Matcher block =
        Pattern.compile("```diff\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("../README.md")));
    assertTrue(block.find(), "a diff in the README");
    List<String> documented = block.group(1).lines().toList();

    DigestProcess.Result run = bash("cd .. && $DIGEST fmt --diff examples/", Map.of());

    assertEquals(1, run.status());
    List<String> actual = run.out().lines().toList();
    assertEquals(documented.size(), actual.size(), run.out());
    for (int i = 0; i < actual.size(); i++) {
      String line = documented.get(i);
      // The README shortens long lines, and marks where with an ellipsis.
      assertTrue(
          line.endsWith("…")
              ? actual.get(i).startsWith(line.substring(0, line.length() - 1))
              : actual.get(i).equals(line),
          line + "\n" + actual.get(i));
    }
  }

  @Test
  void fmtDiffIsAPatchThatPatchAndGitApply() throws IOException {
    // Three kinds of line end, blank lines, and two digests in canonical form between the noisy
    // ones, so that the diff has hunks apart.
    String noisy =
        TYPED
            + "\r\n\r\n"
            + SMALL
            + LintCommandTest.DAY_BEFORE
            + SMALL.replace("12일", "14일").replace("\n", "\r").strip();
    Path original = write(dir.resolve("archive.txt"), noisy);
    write(dir.resolve("patched/archive.txt"), noisy);
    write(dir.resolve("applied/archive.txt"), noisy);

    DigestProcess.Result run =
        bash(
            "cd \"$1\" && $DIGEST fmt --diff archive.txt > fix.diff; echo $? > status;"
                + " $DIGEST fmt archive.txt"
                + " && (cd patched && patch -s -p0 < ../fix.diff)"
                + " && (cd applied && git apply ../fix.diff)",
            Map.of(),
            dir.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals("1\n", Files.readString(dir.resolve("status")));
    assertTrue(Files.readString(dir.resolve("fix.diff")).startsWith("--- archive.txt\n"));
    assertArrayEquals(bytes(original), bytes(dir.resolve("patched/archive.txt")));
    assertArrayEquals(bytes(original), bytes(dir.resolve("applied/archive.txt")));
    assertFalse(new String(bytes(original), UTF_8).equals(noisy), "the diff changed something");
  }

  @Test
  void fmtWritesTheCanonicalFormOfPipesAndStandardInputToStandardOutput() {
    Path typed = write(dir.resolve("typed.txt"), TYPED);

    DigestProcess.Result run =
        bash("$DIGEST fmt -f text <(cat \"$1\")", Map.of(), typed.toString());
    DigestProcess.Result stdin =
        bash("$DIGEST fmt /dev/stdin -f text < \"$1\"", Map.of(), typed.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals(CANONICAL, run.out());
    assertEquals(0, stdin.status(), stdin.stderr());
    assertEquals(CANONICAL, stdin.out());
    assertEquals(TYPED, new String(bytes(typed), UTF_8));
  }

  @Test
  void lintWritesValidSarifWithFindingsAndReadErrors() throws IOException {
    write(dir.resolve("digests/2024-10-12.txt"), LintCommandTest.TWO_SLIPS);
    write(dir.resolve("digests/2024-10-13.txt"), BROKEN.replace("11일", "13일"));

    DigestProcess.Result run =
        bash("cd \"$1\" && $DIGEST lint --format sarif digests/", Map.of(), dir.toString());

    assertEquals(1, run.status(), run.stderr());
    assertEquals("", run.stderr());
    assertEquals(List.of(), sarifErrors(run.out()), run.out());
    JsonNode results = new ObjectMapper().readTree(run.out()).at("/runs/0/results");
    assertEquals("title-full-stop", results.get(0).get("ruleId").asText());
    assertEquals("duplicate-author", results.get(1).get("ruleId").asText());
    assertEquals("read-error", results.get(2).get("ruleId").asText());
    assertEquals(
        "digests/2024-10-13.txt",
        results.get(2).at("/locations/0/physicalLocation/artifactLocation/uri").asText());
  }

  @Test
  void theCiStepsOfTheDocumentationRunAsWritten() throws IOException {
    List<String> steps = runSteps(Files.readString(Path.of("../docs/lint.md")));
    assertEquals(2, steps.size(), steps.toString());
    assertEquals(steps, runSteps(Files.readString(Path.of("../README.md"))), "README's job");
    Path repository = Files.createDirectory(dir.resolve("repository"));
    Path launcher = write(repository.resolve("digest"), "#!/bin/sh\nexec $DIGEST \"$@\"\n");
    Files.setAttribute(launcher, "unix:mode", 0755);
    write(repository.resolve("digests/2024-10-12.txt"), SMALL);

    List<DigestProcess.Result> clean = runAll(steps, repository);
    Path typed =
        write(
            repository.resolve("digests/2024-09-05.txt"),
            TYPED.replace("Small Models Think Too", "Smaller Models Think More"));
    List<DigestProcess.Result> notCanonical = runAll(steps, repository);
    Files.writeString(typed, LintCommandTest.TWO_SLIPS.replace("12일", "5일").replace("10월", "9월"));
    List<DigestProcess.Result> finding = runAll(steps, repository);

    assertEquals(List.of(0, 0), statuses(clean), clean.toString());
    assertEquals(List.of(), sarifErrors(Files.readString(repository.resolve("digest-lint.sarif"))));
    assertEquals(List.of(1, 0), statuses(notCanonical), notCanonical.toString());
    assertEquals("digests/2024-09-05.txt\n", notCanonical.get(0).out());
    assertEquals(List.of(0, 1), statuses(finding), finding.toString());
    String sarif = Files.readString(repository.resolve("digest-lint.sarif"));
    assertEquals(List.of(), sarifErrors(sarif));
    assertEquals(2, new ObjectMapper().readTree(sarif).at("/runs/0/results").size(), sarif);
  }

  /** The {@code run:} commands of the first YAML block of a Markdown page. */
  private static List<String> runSteps(String page) {
    Matcher block = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(page);
    assertTrue(block.find(), "a YAML block");
    return block
        .group(1)
        .lines()
        .map(String::strip)
        .filter(l -> l.startsWith("run: "))
        .map(l -> l.substring("run: ".length()))
        .toList();
  }

  private static List<DigestProcess.Result> runAll(List<String> steps, Path repository) {
    return steps.stream()
        .map(step -> bash("cd \"$1\" && " + step, Map.of(), repository.toString()))
        .toList();
  }

  private static List<Integer> statuses(List<DigestProcess.Result> results) {
    return results.stream().map(DigestProcess.Result::status).toList();
  }

  /** What the official SARIF 2.1.0 schema finds wrong with {@code sarif}. */
  private static List<String> sarifErrors(String sarif) throws IOException {
    String schemaId = new ObjectMapper().readTree(sarif).get("$schema").asText();
    return SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4,
            builder -> builder.schemas(Map.of(schemaId, readString(SARIF_SCHEMA))))
        .getSchema(SchemaLocation.of(schemaId))
        .validate(sarif, InputFormat.JSON)
        .stream()
        .map(Error::toString)
        .toList();
  }

  private static String readString(Path file) {
    return new String(bytes(file), UTF_8);
  }
}
