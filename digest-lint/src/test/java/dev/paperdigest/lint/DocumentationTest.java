package dev.paperdigest.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperdigest.core.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/lint.md says what the code does: every rule, the sample's configuration, the reports. */
class DocumentationTest {
  private static final Path SAMPLE = Path.of("../examples/2024-10-10.txt");

  private static String doc() throws IOException {
    return Files.readString(Path.of("../docs/lint.md"));
  }

  /** The fenced blocks of {@code language} in the page, in order. */
  private static List<String> blocks(String language) throws IOException {
    Matcher block =
        Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(doc());
    List<String> found = new ArrayList<>();
    while (block.find()) {
      found.add(block.group(1));
    }
    return found;
  }

  @Test
  void everyRuleHasItsSectionAndItsRationaleInTheTable() throws IOException {
    String doc = doc();
    for (LintRule rule : LintRule.values()) {
      assertTrue(doc.contains("\n### `" + rule.id() + "`\n"), rule.id());
      assertTrue(
          doc.contains("| [`" + rule.id() + "`](#" + rule.id() + ") | " + rule.rationale() + " |"),
          rule.id());
    }
    Matcher heading = Pattern.compile("\\n### `([a-z-]+)`\\n").matcher(doc);
    while (heading.find()) {
      assertTrue(LintRule.byId(heading.group(1)).isPresent(), heading.group(1));
    }
  }

  @Test
  void theSamplesConfigurationIsQuotedAsItIs() throws IOException {
    assertEquals(Files.readString(Path.of("../examples/.digestlint.toml")), blocks("toml").get(0));
  }

  @Test
  void theFullConfigurationExampleIsValid() throws IOException {
    String full = blocks("toml").get(1);
    assertTrue(full.contains("[[suppress]]") && full.contains("select ="), full);
    LintConfiguration.parse(full, "docs/lint.md");
  }

  @Test
  void theExampleFindingIsWhatTheSampleGives() throws IOException {
    Diagnostic finding = Linting.linter().build().lint(List.of(SAMPLE)).get(0);
    String documented =
        Arrays.stream(doc().split("\n"))
            .filter(line -> line.startsWith("examples/2024-10-10.txt:"))
            .findFirst()
            .orElseThrow();

    // The place depends on how much the text reader records; the words do not.
    String words = ": warning: " + finding.message() + " [" + finding.code() + "]";
    assertTrue(documented.endsWith(words), documented);
  }

  @Test
  void theJsonExampleIsWhatTheSampleGives() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter report = ReportFormat.JSON.open(out, Path.of(""));
    Linting.linter().build().start(report).lint(SAMPLE);
    report.finish();
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(
        1,
        mapper.readTree(out.toString(StandardCharsets.UTF_8)).size(),
        "the sample's one finding");
    JsonNode actual = mapper.readTree(out.toString(StandardCharsets.UTF_8));
    JsonNode documented =
        mapper.readTree(
            blocks("json").stream().filter(b -> b.startsWith("[")).findFirst().orElseThrow());

    for (JsonNode node : List.of(actual, documented)) {
      ObjectNode finding = (ObjectNode) node.get(0);
      finding.remove(List.of("file", "line", "column"));
    }
    assertEquals(documented, actual);
  }
}
