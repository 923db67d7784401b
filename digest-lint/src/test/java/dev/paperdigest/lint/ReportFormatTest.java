package dev.paperdigest.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.paperdigest.core.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three reports, on findings and errors of real files in a directory laid out as a repo. */
class ReportFormatTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SARIF_SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_4,
              builder ->
                  builder.schemas(
                      Map.of(SarifReport.SCHEMA, resource("/sarif/sarif-schema-2.1.0.json"))))
          .getSchema(SchemaLocation.of(SarifReport.SCHEMA));

  /** A repository with a digest that has a finding and one that does not read. */
  private static List<Path> repository(Path root) throws IOException {
    Path digests = Files.createDirectories(root.resolve("digests/2024 10"));
    Path withFinding =
        Files.writeString(
            digests.resolve("2024-10-10.txt"),
            """
            2024년 10월 10일
            Scaling Laws Across Model Architectures.
            (Siqi Wang)
            #scaling-law
            """);
    Path broken =
        Files.writeString(
            digests.resolve("2024-10-11.txt"),
            """
            2024년 10월 11일
            A Paper Whose Authors Line Is Missing
            #llm
            """);
    return List.of(withFinding, broken);
  }

  private static String report(ReportFormat format, List<Path> files, Path base)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter report = format.open(out, base);
    LintRun run = Linting.linter().build().start(report);
    for (Path file : files) {
      run.lint(file);
    }
    report.finish();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<Diagnostic> lint(List<Path> files) throws IOException {
    return Linting.linter().build().lint(files);
  }

  @Test
  void gnuIsEachDiagnosticOnItsLine(@TempDir Path root) throws IOException {
    List<Path> files = repository(root);
    List<Diagnostic> found = lint(files);
    String expected = found.stream().map(d -> d + "\n").reduce("", String::concat);

    assertEquals(expected, report(ReportFormat.GNU, files, root));
    assertEquals(
        List.of("title-full-stop", "error"), Linting.rules(found), "a finding and an error");
  }

  @Test
  void jsonIsOneObjectPerDiagnostic(@TempDir Path root) throws IOException {
    List<Path> files = repository(root);
    List<Diagnostic> found = lint(files);

    JsonNode report = MAPPER.readTree(report(ReportFormat.JSON, files, root));

    assertEquals(found.size(), report.size());
    for (int i = 0; i < found.size(); i++) {
      Diagnostic d = found.get(i);
      JsonNode object = report.get(i);
      List<String> keys = new ArrayList<>();
      object.fieldNames().forEachRemaining(keys::add);
      assertEquals(List.of("file", "line", "column", "rule", "message", "severity"), keys);
      assertEquals(d.source(), object.get("file").asText());
      assertEquals(d.line(), object.get("line").asLong());
      assertEquals(d.column(), object.get("column").asLong());
      assertEquals(d.code() == null, object.get("rule").isNull());
      assertEquals(d.code() == null ? "error" : "warning", object.get("severity").asText());
      assertEquals(d.message(), object.get("message").asText());
    }
    assertEquals("title-full-stop", report.get(0).get("rule").asText());
  }

  @Test
  void jsonOfNoFindingsIsAnEmptyArray() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.JSON.open(out, Path.of("")).finish();
    assertEquals(0, MAPPER.readTree(out.toByteArray()).size());
  }

  @Test
  void sarifIsValidAndPlacesFilesUnderTheBaseDirectory(@TempDir Path root) throws IOException {
    List<Path> files = repository(root);
    String sarif = report(ReportFormat.SARIF, files, root);

    assertValidSarif(sarif);
    JsonNode run = MAPPER.readTree(sarif).get("runs").get(0);
    assertEquals("digest", run.at("/tool/driver/name").asText());
    JsonNode rules = run.at("/tool/driver/rules");
    assertEquals(LintRule.values().length + 1, rules.size(), "every rule, and read-error");
    JsonNode results = run.get("results");
    assertEquals(lint(files).size(), results.size());
    for (JsonNode result : results) {
      assertEquals(
          result.get("ruleId").asText(),
          rules.get(result.get("ruleIndex").asInt()).get("id").asText());
    }
    JsonNode finding = results.get(0);
    assertEquals("title-full-stop", finding.get("ruleId").asText());
    assertEquals("warning", finding.get("level").asText());
    assertEquals(
        "digests/2024%2010/2024-10-10.txt",
        finding.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(
        "%SRCROOT%",
        finding.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
    assertEquals(
        lint(files).get(0).line(),
        finding.at("/locations/0/physicalLocation/region/startLine").asLong());
    JsonNode error = results.get(results.size() - 1);
    assertEquals("read-error", error.get("ruleId").asText());
    assertEquals("error", error.get("level").asText());
    Diagnostic readError = lint(files).get(results.size() - 1);
    assertEquals(
        readError.line(), error.at("/locations/0/physicalLocation/region/startLine").asLong());
    assertEquals(readError.message(), error.at("/message/text").asText());
    assertEquals(root.toUri().toString(), run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
  }

  @Test
  void sarifGivesAFileOutsideTheBaseDirectoryAsAnAbsoluteUri(@TempDir Path root)
      throws IOException {
    List<Path> files = repository(root);
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
    String sarif = report(ReportFormat.SARIF, files.subList(0, 1), elsewhere);

    assertValidSarif(sarif);
    JsonNode location =
        MAPPER
            .readTree(sarif)
            .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
    assertEquals(files.get(0).toUri().toString(), location.get("uri").asText());
    assertFalse(location.has("uriBaseId"));
  }

  @Test
  void sarifOfNoFindingsIsValid() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.SARIF.open(out, Path.of("")).finish();
    assertValidSarif(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theSchemaRefusesWhatIsNotSarif() {
    String withoutMessage =
        """
        {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "digest"}},
          "results": [{"ruleId": "no-authors"}]}]}
        """;
    assertFalse(SARIF_SCHEMA.validate(withoutMessage, InputFormat.JSON).isEmpty());
  }

  @Test
  void formatsAreNamedAsTheOptionNamesThem() {
    assertEquals(
        List.of("gnu", "json", "sarif"),
        java.util.Arrays.stream(ReportFormat.values()).map(ReportFormat::formatName).toList());
    assertEquals(ReportFormat.SARIF, ReportFormat.byName("SARIF").orElseThrow());
    assertTrue(ReportFormat.byName("xml").isEmpty());
  }

  private static void assertValidSarif(String sarif) {
    List<Error> errors = SARIF_SCHEMA.validate(sarif, InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList(), sarif);
  }

  private static String resource(String name) {
    try (InputStream in = ReportFormatTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
