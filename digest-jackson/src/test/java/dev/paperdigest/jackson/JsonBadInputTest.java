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
    assertProblem(
        d,
        8,
        7,
        "$.papers[0].summary: unknown key `summary`; a paper has `title`, `authors`, `abstract`,"
            + " `comment`, `translation` and `tags`");
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
    assertProblem(
        d,
        6,
        18,
        "$.papers[0].authors: expected the authors as an array of strings, found a string");
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
    assertTrue(d.message().contains("has no `" + key + "`; every "), d::toString);
  }

  @Test
  void missingPapers() {
    Diagnostic d = onlyProblem("{\n  \"date\": \"2024-10-10\"\n}\n");
    assertProblem(d, 3, 1, "$: the digest has no `papers`; every digest needs `date` and `papers`");
  }

  @Test
  void impossibleDate() {
    Diagnostic d = onlyProblem(VALID.replace("2024-10-10", "2024-02-30"));
    assertProblem(d, 2, 11, "$.date: `2024-02-30` is not a date: there is no February 30 in 2024");
  }

  @Test
  void dateWithoutLeadingZeros() {
    assertProblem(
        onlyProblem(VALID.replace("2024-10-10", "2024-1-5")),
        2,
        11,
        "$.date: `2024-1-5` is not a date: a date is written YYYY-MM-DD, like 2024-10-10");
  }

  @Test
  void blankTitle() {
    Diagnostic d = onlyProblem(VALID.replace("\"A paper\"", "\"\\u3000 \""));
    assertProblem(d, 5, 16, "$.papers[0].title: the title `\u3000 ` is blank");
  }

  @Test
  void tagWithASpace() {
    Diagnostic d = onlyProblem(VALID.replace("[\"ml\"]", "[\"ml\", \"deep learning\"]"));
    assertProblem(
        d,
        8,
        22,
        "$.papers[0].tags[1]: the tag `deep learning` holds whitespace (U+0020 at character 5),"
            + " but a tag is one word");
  }

  @Test
  void carriageReturnInText() {
    Diagnostic d = onlyProblem(VALID.replace("First line.\\nSecond", "First line.\\r\\nSecond"));
    assertProblem(
        d,
        7,
        19,
        "$.papers[0].abstract: the abstract `First line.\\r\\nSecond line.` has a carriage return"
            + " (U+000D at character 12), but lines are separated by \\n only");
  }

  @Test
  void unpairedSurrogateEscape() {
    Diagnostic d = onlyProblem(VALID.replace("\"A paper\"", "\"A \\ud800 paper\""));
    assertAt(d, 5, 16, "$.papers[0].title");
    assertProblem(
        d,
        5,
        16,
        "$.papers[0].title: the title `A \\uD800 paper` holds an unpaired surrogate (U+D800 at"
            + " character 3), which is not Unicode text");
  }

  @Test
  void duplicateKey() {
    Diagnostic d =
        onlyProblem(
            VALID.replace(
                "\"title\": \"A paper\",", "\"title\": \"A paper\",\n      \"title\": \"B\","));
    assertProblem(d, 6, 7, "$.papers[0].title: the key `title` appears twice in this paper");
  }

  @Test
  void nullForARequiredValue() {
    assertProblem(
        onlyProblem(VALID.replace("\"A paper\"", "null")),
        5,
        16,
        "$.papers[0].title: the title is null; every paper needs a title, as a string");
  }

  @Test
  void trailingGarbage() {
    Diagnostic d = onlyProblem(VALID + "x\n");
    assertAt(d, 12, 1, "$");
  }

  @Test
  void aSecondDocumentAfterTheFirst() {
    Diagnostic d = onlyProblem(VALID + VALID);
    assertProblem(
        d,
        12,
        1,
        "$: unexpected content after the end of the document; the json format holds one digest"
            + " object or one array of digests (jsonl holds one digest per line)");
  }

  @Test
  void truncatedDocument() {
    String cut = VALID.substring(0, VALID.indexOf("Kim") + 2);
    Diagnostic d = onlyProblem(cut);
    assertProblem(
        d,
        6,
        22,
        "$.papers[0].authors[0]: the input ends inside a string: its closing `\"` is missing; is"
            + " it truncated?");
  }

  @Test
  void brokenSyntax() {
    Diagnostic d =
        onlyProblem(VALID.replace("\"authors\": [\"Kim\"],", "\"authors\": [\"Kim\",],"));
    assertProblem(
        d,
        6,
        25,
        "$.papers[0].authors[1]: `]` follows a comma, but JSON allows no comma after the last"
            + " element of an array; remove the comma");
  }

  @Test
  void rootOfTheWrongType() {
    assertProblem(
        onlyProblem("\n  \"2024-10-10\"\n"),
        2,
        3,
        "$: expected a digest object or an array of digests, found a string");
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
    assertEquals(
        "$.papers[0].x[0][0][0][0][0][0][0][0][0][0][0][0][0]: over a limit of the format:"
            + " Document nesting depth (17) exceeds the maximum allowed (16)",
        d.message());
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

  /**
   * A value refused as a whole (here a comment of 200,000 characters holding a carriage return) is
   * placed where it begins, in code points, though the reader has long passed that place.
   */
  @Test
  void aLongValueRefusedAsAWholeIsPlacedWhereItBegins() {
    String json =
        "{\"date\": \"2024-10-10\", \"papers\": [{\"title\": \"가나다\", \"comment\": \""
            + "x".repeat(200_000)
            + "\\r\", \"authors\": [], \"tags\": []}]}";
    Diagnostic d = onlyProblem(json);
    assertAt(d, 1, json.codePointCount(0, json.indexOf("\"xxx")) + 1, "$.papers[0].comment");
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
        e.diagnostics().get(0).message().startsWith("$[1].papers[0].tags[0]: the tag `m l` "),
        e::getMessage);
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
    assertEquals(
        "broken.json:2:11: error: $.date: `2024-13-01` is not a date: there is no month 13",
        e.getMessage());
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

  /** Asserts the whole message, its path included, and where it points. */
  static void assertProblem(Diagnostic d, long line, long column, String message) {
    assertEquals(
        line + ":" + column + ": " + message, d.line() + ":" + d.column() + ": " + d.message());
  }

  static void assertAt(Diagnostic d, long line, long column, String path) {
    assertEquals(line + ":" + column, d.line() + ":" + d.column(), d::toString);
    assertTrue(d.message().startsWith(path + ": "), () -> "expected path " + path + " in " + d);
  }
}
