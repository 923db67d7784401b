package dev.paperdigest.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Untrusted input in the {@code json} format: every problem fails with a diagnostic naming the
 * file, the line and column (in code points) of the offending token, and its JSONPath.
 */
class JsonBadInputTest {
  private static final DigestReader JSON = new JsonDigestFormat().reader();

  /** A valid digest; the tests below break one line of it. Line numbers refer to this layout. */
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
  void theValidDocumentReads() {
    assertEquals("A paper", JSON.read(VALID).papers().get(0).title());
  }

  @Test
  void unknownKeyInAPaper() {
    Diagnostic d =
        onlyProblem(
            VALID.replace(
                "\"tags\": [\"ml\"]", "\"summary\": \"extra\",\n      \"tags\": [\"ml\"]"));
    assertAt(d, 8, 7, "$.papers[0].summary");
    assertTrue(d.message().contains("unknown key \"summary\""), d::toString);
  }

  @Test
  void unknownKeyInTheDigest() {
    Diagnostic d =
        onlyProblem(VALID.replace("  \"papers\": [", "  \"version\": 2,\n  \"papers\": ["));
    assertAt(d, 3, 3, "$.version");
  }

  @Test
  void wrongTypeForAList() {
    Diagnostic d = onlyProblem(VALID.replace("\"authors\": [\"Kim\"]", "\"authors\": \"Kim\""));
    assertAt(d, 6, 18, "$.papers[0].authors");
    assertTrue(
        d.message().contains("expected the authors as an array of strings, found a string"),
        d::toString);
  }

  @Test
  void wrongTypeForTheDate() {
    assertAt(onlyProblem(VALID.replace("\"2024-10-10\"", "20241010")), 2, 11, "$.date");
  }

  @Test
  void wrongTypeForAnElement() {
    assertAt(onlyProblem(VALID.replace("[\"ml\"]", "[\"ml\", 7]")), 8, 22, "$.papers[0].tags[1]");
  }

  /** Removing a line moves the closing brace up by one: to 8:5 for a paper, 10:1 for the digest. */
  @ParameterizedTest
  @CsvSource({
    "title, 8, 5, $.papers[0]",
    "authors, 8, 5, $.papers[0]",
    "tags, 8, 5, $.papers[0]",
    "date, 10, 1, $",
  })
  void missingRequiredKey(String key, int line, int column, String path) {
    String broken =
        VALID.replaceAll("(?m)^ *\"" + key + "\":.*\n", "").replaceAll(",(\n *[}\\]])", "$1");
    Diagnostic d = onlyProblem(broken);
    assertAt(d, line, column, path);
    assertTrue(d.message().contains("has no \"" + key + "\""), d::toString);
  }

  @Test
  void missingPapers() {
    Diagnostic d = onlyProblem("{\n  \"date\": \"2024-10-10\"\n}\n");
    assertAt(d, 3, 1, "$");
    assertTrue(d.message().contains("has no \"papers\""), d::toString);
  }

  @Test
  void impossibleDate() {
    Diagnostic d = onlyProblem(VALID.replace("2024-10-10", "2024-02-30"));
    assertAt(d, 2, 11, "$.date");
    assertTrue(d.message().contains("\"2024-02-30\" is not a date"), d::toString);
  }

  @Test
  void dateWithoutLeadingZeros() {
    assertAt(onlyProblem(VALID.replace("2024-10-10", "2024-1-5")), 2, 11, "$.date");
  }

  @Test
  void blankTitle() {
    Diagnostic d = onlyProblem(VALID.replace("\"A paper\"", "\"\\u3000 \""));
    assertAt(d, 5, 16, "$.papers[0].title");
    assertTrue(d.message().contains("the title is blank"), d::toString);
  }

  @Test
  void tagWithASpace() {
    Diagnostic d = onlyProblem(VALID.replace("[\"ml\"]", "[\"ml\", \"deep learning\"]"));
    assertAt(d, 8, 22, "$.papers[0].tags[1]");
    assertTrue(
        d.message()
            .contains("the tag holds whitespace (U+0020 at character 5), but a tag is one word"),
        d::toString);
  }

  @Test
  void carriageReturnInText() {
    Diagnostic d = onlyProblem(VALID.replace("First line.\\nSecond", "First line.\\r\\nSecond"));
    assertAt(d, 7, 19, "$.papers[0].abstract");
  }

  @Test
  void unpairedSurrogateEscape() {
    Diagnostic d = onlyProblem(VALID.replace("\"A paper\"", "\"A \\ud800 paper\""));
    assertAt(d, 5, 16, "$.papers[0].title");
    assertTrue(
        d.message().contains("the title holds an unpaired surrogate (U+D800 at character 3)"),
        d::toString);
  }

  @Test
  void duplicateKey() {
    Diagnostic d =
        onlyProblem(
            VALID.replace(
                "\"title\": \"A paper\",", "\"title\": \"A paper\",\n      \"title\": \"B\","));
    assertAt(d, 6, 7, "$.papers[0].title");
    assertTrue(d.message().contains("appears twice"), d::toString);
  }

  @Test
  void nullForAnOptionalText() {
    Diagnostic d = onlyProblem(VALID.replace("\"First line.\\nSecond line.\"", "null"));
    assertAt(d, 7, 19, "$.papers[0].abstract");
    assertTrue(d.message().contains("null is not allowed"), d::toString);
  }

  @Test
  void nullForARequiredValue() {
    assertAt(onlyProblem(VALID.replace("\"A paper\"", "null")), 5, 16, "$.papers[0].title");
  }

  @Test
  void trailingGarbage() {
    Diagnostic d = onlyProblem(VALID + "x\n");
    assertAt(d, 12, 1, "$");
  }

  @Test
  void aSecondDocumentAfterTheFirst() {
    Diagnostic d = onlyProblem(VALID + VALID);
    assertAt(d, 12, 1, "$");
    assertTrue(
        d.message().contains("unexpected content after the end of the document"), d::toString);
  }

  @Test
  void truncatedDocument() {
    String cut = VALID.substring(0, VALID.indexOf("Kim") + 2);
    Diagnostic d = onlyProblem(cut);
    assertAt(d, 6, 22, "$.papers[0].authors[0]");
    assertTrue(d.message().contains("the input ends too early"), d::toString);
  }

  @Test
  void brokenSyntax() {
    Diagnostic d =
        onlyProblem(VALID.replace("\"authors\": [\"Kim\"],", "\"authors\": [\"Kim\",],"));
    assertAt(d, 6, 25, "$.papers[0].authors[1]");
    assertTrue(d.message().contains("Unexpected character (']'"), d::toString);
  }

  @Test
  void emptyInput() {
    assertAt(onlyProblem(""), 1, 1, "$");
    DigestFormatException e = assertThrows(DigestFormatException.class, () -> JSON.read("  \n"));
    assertTrue(e.getMessage().contains("the input is empty"), e::getMessage);
  }

  @Test
  void rootOfTheWrongType() {
    assertAt(onlyProblem("\n  \"2024-10-10\"\n"), 2, 3, "$");
  }

  @Test
  void nestingBeyondTheLimit() {
    String deep = "[".repeat(20) + "]".repeat(20);
    List<Diagnostic> problems =
        problems(VALID.replace("\"tags\": [\"ml\"]", "\"tags\": [\"ml\"],\n      \"x\": " + deep));
    assertEquals(2, problems.size(), problems::toString);
    assertAt(problems.get(0), 9, 7, "$.papers[0].x");
    Diagnostic d = problems.get(1);
    // The digest, its papers and the paper nest 3 deep: x's 14th bracket (column 25) is depth 17,
    // inside the 13th, whose first element it would be.
    assertAt(d, 9, 26, "$.papers[0].x" + "[0]".repeat(13));
    assertTrue(d.message().contains("over a limit of the format"), d::toString);
    assertTrue(d.message().contains("16"), d::toString);
  }

  @Test
  void columnsCountCodePointsNotBytes() {
    String json =
        "{\"date\": \"2024-10-10\", \"papers\": [{\"title\": \"한국어 𝛈\", \"authors\": [], \"tags\":"
            + " [\"a b\"]}]}";
    Diagnostic d = onlyProblem(json);
    assertAt(d, 1, json.codePointCount(0, json.indexOf("\"a b\"")) + 1, "$.papers[0].tags[0]");
  }

  /** On a line longer than the reader keeps, columns still count code points exactly. */
  @Test
  void columnsOnVeryLongLines() {
    String comment = "가나다라마바사".repeat(20_000);
    String json =
        "{\"date\": \"2024-10-10\", \"papers\": [{\"title\": \"t\", \"comment\": \""
            + comment
            + "\", \"authors\": [], \"tags\": [], \"oops\": 1}]}";
    Diagnostic d = onlyProblem(json);
    assertAt(d, 1, json.codePointCount(0, json.indexOf("\"oops\"")) + 1, "$.papers[0].oops");
  }

  @Test
  void everyBrokenDigestOfAnArrayIsReportedAndTheRestRead() {
    String archive =
        "[\n"
            + VALID.strip()
            + ",\n"
            + VALID.strip().replace("\"ml\"", "\"m l\"")
            + ",\n"
            + "7,\n"
            + VALID.strip()
            + "\n]\n";
    DigestFormatException e =
        assertThrows(
            DigestFormatException.class,
            () ->
                JSON.readAll(
                    new ByteArrayInputStream(archive.getBytes(StandardCharsets.UTF_8)), "a.json"));
    assertEquals(2, e.diagnostics().size(), e::getMessage);
    assertTrue(
        e.diagnostics().get(0).message().startsWith("$[1].papers[0].tags[0]: "), e::getMessage);
    assertTrue(
        e.diagnostics()
            .get(1)
            .message()
            .startsWith("$[2]: expected a digest object, found a number"),
        e::getMessage);
  }

  @Test
  void theGnuFormNamesTheFile() {
    DigestFormatException e =
        assertThrows(
            DigestFormatException.class,
            () ->
                JSON.read(
                    new ByteArrayInputStream(
                        VALID.replace("2024-10-10", "2024-13-01").getBytes(StandardCharsets.UTF_8)),
                    "broken.json"));
    assertTrue(
        e.getMessage().startsWith("broken.json:2:11: error: $.date: \"2024-13-01\" is not a date"),
        e::getMessage);
  }

  private static List<Diagnostic> problems(String json) {
    DigestFormatException e =
        assertThrows(
            DigestFormatException.class,
            () ->
                JSON.readAll(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.json"));
    e.diagnostics().forEach(d -> assertEquals("bad.json", d.source()));
    return e.diagnostics();
  }

  static Diagnostic onlyProblem(String json) {
    List<Diagnostic> problems = problems(json);
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }

  static void assertAt(Diagnostic d, int line, int column, String path) {
    assertEquals(line + ":" + column, d.line() + ":" + d.column(), d::toString);
    assertTrue(d.message().startsWith(path + ": "), () -> "expected path " + path + " in " + d);
  }
}
