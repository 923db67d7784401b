package dev.paperdigest.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.Paper;
import dev.paperdigest.testkit.DigestGenerators;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped JSON Schema accepts what the writers write and refuses what the readers refuse. */
class JsonSchemaTest {
  private static final String ID = "https://paperdigest.dev/schemas/digest.schema.json";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(ID, schemaText())));
  private static final Schema DOCUMENT = REGISTRY.getSchema(SchemaLocation.of(ID));
  private static final Schema ONE_DIGEST =
      REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/digest"));

  private static final JsonDigestFormat JSON = new JsonDigestFormat();
  private static final JsonLinesDigestFormat JSONL = new JsonLinesDigestFormat();

  private static final String VALID =
      """
      {
        "date": "2024-10-10",
        "papers": [
          {
            "title": "A paper",
            "authors": ["Kim"],
            "abstract": "First line.\\nSecond line.",
            "tags": ["ml"]
          }
        ]
      }
      """;

  @Test
  void theSchemaIsInTheJarAndDeclaresItself() {
    String schema = schemaText();
    assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    assertTrue(schema.contains("\"$id\": \"" + ID + "\""));
  }

  @Test
  void theSampleValidates() throws IOException {
    DigestFormat text = DigestFormats.load().byName("text").orElseThrow();
    Digest sample = text.reader().read(Path.of("../examples/2024-10-10.txt"));
    assertValid(DOCUMENT, JSON.writer().writeAsString(sample));
    assertValid(ONE_DIGEST, JSONL.writer().writeAsString(sample));
  }

  @Test
  void generatedDigestsValidate() {
    qt().withExamples(150)
        .forAll(DigestGenerators.digests())
        .checkAssert(d -> assertValid(DOCUMENT, JSON.writer().writeAsString(d)));
  }

  @Test
  void generatedArchivesValidate() {
    qt().withExamples(80)
        .forAll(DigestGenerators.archives(DigestGenerators.digests()))
        .checkAssert(archive -> assertValid(DOCUMENT, JSON.writer().writeAllAsString(archive)));
  }

  @Test
  void everyJsonlLineIsADigestOfTheSchema() {
    qt().withExamples(80)
        .forAll(DigestGenerators.archives(DigestGenerators.digests()))
        .checkAssert(
            archive ->
                JSONL
                    .writer()
                    .writeAllAsString(archive)
                    .lines()
                    .forEach(line -> assertValid(ONE_DIGEST, line)));
  }

  @Test
  void theHandWrittenDocumentValidates() {
    assertValid(DOCUMENT, VALID);
    assertValid(DOCUMENT, "[" + VALID + "," + VALID + "]");
    assertValid(DOCUMENT, "[]");
  }

  /** {@code null} for an optional text, as Python and JavaScript write "none": valid and absent. */
  @Test
  void nullForAnOptionalTextIsValidAndAbsent() {
    String withNulls =
        VALID.replace(
            "\"tags\": [\"ml\"]",
            "\"comment\": null,\n      \"translation\": null,\n      \"tags\": [\"ml\"]");
    String allNull = withNulls.replace("\"First line.\\nSecond line.\"", "null");
    for (String document : List.of(withNulls, allNull)) {
      assertValid(DOCUMENT, document);
      Paper paper = JSON.reader().read(document).papers().get(0);
      assertEquals(Optional.empty(), paper.comment());
      assertEquals(Optional.empty(), paper.translation());
    }
    assertEquals(Optional.empty(), JSON.reader().read(allNull).papers().get(0).abstractText());
  }

  /** Each of these is refused by the schema and by the reader alike. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"title\": \"A paper\",|",
        "\"authors\": [\"Kim\"],|",
        "\"tags\": [\"ml\"]|\"tags\": [\"ml\"], \"summary\": \"s\"",
        "\"date\": \"2024-10-10\",|\"date\": \"2024-10-10\", \"version\": 1,",
        "\"date\": \"2024-10-10\",|",
        "2024-10-10|2024-1-5",
        "2024-10-10|'2024-10-10 '",
        "2024-10-10|2024-10-10\\n",
        "\"A paper\"|\"  \"",
        "\"A paper\"|\"A\\npaper\"",
        "\"A paper\"|null",
        "[\"ml\"]|[\"deep learning\"]",
        "[\"ml\"]|[\"\"]",
        "[\"ml\"]|[\"ml\\u3000\"]",
        "First line.\\nSecond|First line.\\r\\nSecond",
        "\"First line.\\nSecond line.\"|\"\"",
        "[\"Kim\"]|[\"Kim\", 1]",
        "[\"Kim\"]|null",
        "[\"Kim\"]|[null]",
        "[\"ml\"]|null",
        "\"2024-10-10\"|null",
        "\"First line.\\nSecond line.\"|[\"First line.\"]",
      })
  void brokenDocumentsAreRefused(String valid, String broken) {
    String document =
        VALID.replace(valid, broken == null ? "" : broken).replaceAll(",(\\n *[}\\]])", "$1");
    assertFalse(document.equals(VALID), "the replacement changed nothing");
    List<Error> errors = DOCUMENT.validate(document, InputFormat.JSON);
    assertFalse(errors.isEmpty(), () -> "the schema accepts " + document);
    assertThrows(DigestFormatException.class, () -> JSON.reader().read(document));
  }

  private static void assertValid(Schema schema, String json) {
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList(), json);
  }

  private static String schemaText() {
    try (InputStream in = JsonDigestFormat.schema()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
