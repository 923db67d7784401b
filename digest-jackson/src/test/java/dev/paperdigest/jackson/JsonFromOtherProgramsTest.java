package dev.paperdigest.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.Paper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * JSON as other programs write it (Python's {@code json} module and {@code repr}, JavaScript, Go,
 * PowerShell, hand edits) and files in another format given the JSON extension: each is read with
 * the meaning its writer intended, read with a warning, or refused with the exact message and place
 * asserted here.
 */
class JsonFromOtherProgramsTest {
  private static final DigestFormat JSON = new JsonDigestFormat();
  private static final DigestFormat JSONL = new JsonLinesDigestFormat();

  /** {@code json.dumps(digest, indent=4)}: non-ASCII escaped, {@code None} as null. */
  @Test
  void pythonJsonDumpsReads() {
    String python =
        """
        {
            "date": "2024-10-10",
            "papers": [
                {
                    "title": "Round and Round We Go!",
                    "authors": [
                        "Federico Barbero",
                        "Petar Veli\\u010dkovi\\u0107"
                    ],
                    "abstract": null,
                    "comment": "RoPE\\uc5d0\\uc11c \\ud83d\\ude00",
                    "translation": null,
                    "tags": [
                        "rope"
                    ]
                }
            ]
        }
        """;
    Paper paper = JSON.reader().read(python).papers().get(0);
    assertEquals(
        Paper.builder()
            .title("Round and Round We Go!")
            .addAuthors("Federico Barbero", "Petar Veličković")
            .comment("RoPE에서 😀")
            .addTags("rope")
            .build(),
        paper);
  }

  /** {@code null} reads as absent, and the writer leaves the key out rather than write null. */
  @Test
  void nullForAnOptionalTextIsAbsentAndIsNotWrittenBack() {
    String javascript =
        """
        {"date":"2024-10-10","papers":[{"tags":[],"comment":null,"title":"t","authors":[]}]}
        """;
    for (DigestFormat format : List.of(JSON, JSONL)) {
      Digest digest = format.reader().read(javascript);
      assertEquals(Paper.builder().title("t").build(), digest.papers().get(0));
      assertFalse(format.writer().writeAsString(digest).contains("null"));
    }
  }

  /** Go's encoding/json and Gson escape {@code <}, {@code >}, {@code &} and U+2028. */
  @Test
  void htmlSafeEscapesRead() {
    String go =
        """
        {"date":"2024-10-10","papers":[{"title":"A \\u003c B \\u0026 C\\u2028D","authors":[],"tags":[]}]}
        """;
    assertEquals("A < B & C\u2028D", JSON.reader().read(go).papers().get(0).title());
  }

  /** Windows PowerShell's {@code Out-File} writes UTF-16 with a byte-order mark, and CRLF. */
  @Test
  void utf16FromPowerShellIsRefusedAtTheStart() {
    String json =
        "\uFEFF{\r\n    \"date\":  \"2024-10-10\",\r\n    \"papers\":  [\r\n\r\n    ]\r\n}";
    String message =
        "the input looks like UTF-16 little-endian, not UTF-8 (it begins with the byte-order mark"
            + " FF FE); JSON must be UTF-8 (RFC 8259), so save the file as UTF-8";
    assertEquals(
        List.of("x.json:1:1: error: $: " + message),
        problems(JSON, json.getBytes(StandardCharsets.UTF_16LE), "x.json"));
    assertEquals(
        List.of("x.jsonl:1:1: error: $: " + message),
        problems(JSONL, json.getBytes(StandardCharsets.UTF_16LE), "x.jsonl"));
  }

  /** Every wider encoding, with and without a byte-order mark, is named and refused. */
  @Test
  void utf16AndUtf32AreRefusedByName() {
    String json = "{\"date\":\"2024-10-10\",\"papers\":[]}";
    List<String> expected =
        List.of(
            "UTF-16 big-endian, not UTF-8 (it begins with the byte-order mark FE FF)",
            "UTF-16 big-endian, not UTF-8 (it begins with the bytes 00 7B 00 22)",
            "UTF-16 little-endian, not UTF-8 (it begins with the bytes 7B 00 22 00)",
            "UTF-32 big-endian, not UTF-8 (it begins with the byte-order mark 00 00 FE FF)",
            "UTF-32 little-endian, not UTF-8 (it begins with the byte-order mark FF FE 00 00)",
            "UTF-32 big-endian, not UTF-8 (it begins with the bytes 00 00 00 7B)",
            "UTF-32 little-endian, not UTF-8 (it begins with the bytes 7B 00 00 00)");
    List<byte[]> inputs =
        List.of(
            ("\uFEFF" + json).getBytes(StandardCharsets.UTF_16BE),
            json.getBytes(StandardCharsets.UTF_16BE),
            json.getBytes(StandardCharsets.UTF_16LE),
            ("\uFEFF" + json).getBytes(Charset.forName("UTF-32BE")),
            ("\uFEFF" + json).getBytes(Charset.forName("UTF-32LE")),
            json.getBytes(Charset.forName("UTF-32BE")),
            json.getBytes(Charset.forName("UTF-32LE")));
    for (int i = 0; i < inputs.size(); i++) {
      for (DigestFormat format : List.of(JSON, JSONL)) {
        assertEquals(
            List.of(
                "in:1:1: error: $: the input looks like "
                    + expected.get(i)
                    + "; JSON must be UTF-8 (RFC 8259), so save the file as UTF-8"),
            problems(format, inputs.get(i), "in"),
            format.name() + " " + i);
      }
    }
  }

  /**
   * After a UTF-8 byte-order mark, the bytes that would make Jackson guess UTF-16 or UTF-32 are
   * refused as at the start, rather than failing inside Jackson; in jsonl, where each line is
   * parsed on its own, so are zero bytes at the start of any line (found by fuzzing; corpus files
   * digest-fuzz/.../DigestFuzzTestInputs/json/bom-then-utf32 and jsonl/zero-bytes-on-line-2).
   */
  @Test
  void zeroBytesThatWouldMakeJacksonGuessAnotherEncodingAreRefused() throws IOException {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '$', 0, 0, 0};
    assertEquals(
        List.of(
            "in:1:1: error: $: the input looks like UTF-32 little-endian, not UTF-8 (it begins"
                + " with the bytes 24 00 00 00); JSON must be UTF-8 (RFC 8259), so save the file"
                + " as UTF-8"),
        problems(JSON, bytes, "in"));
    String zeroByte =
        "error: $: a zero byte cannot stand in JSON; in a string, write U+0000 as \\u0000 (and if"
            + " the file is UTF-16 or UTF-32, save it as UTF-8)";
    assertEquals(List.of("in:1:2: " + zeroByte), problems(JSONL, bytes, "in"));
    byte[] secondLine = "{\"date\":\"2024-10-10\",\"papers\":[]}\n$\0\0\0-/1-\n".getBytes(UTF_8);
    assertEquals(List.of("in:2:2: " + zeroByte), problems(JSONL, secondLine, "in"));
  }

  /** A byte-order mark alone, or with blank lines, is an empty input: no digest, a warning. */
  @Test
  void aByteOrderMarkAloneHoldsNoDigest() throws IOException {
    for (String input : List.of("", "\uFEFF", "\uFEFF\n", "\uFEFF\r\n  \n", " \n\t")) {
      for (DigestFormat format : List.of(JSON, JSONL)) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), format.reader().readAll(new ByteArrayInputStream(bytes), "e"));
        assertEquals(
            List.of(DigestReader.noDigestWarning("e")),
            format.reader().check(new ByteArrayInputStream(bytes), "e"));
      }
    }
  }

  /** A byte-order mark at the start does not count in columns: editors do not show it. */
  @Test
  void aByteOrderMarkDoesNotMoveColumns() {
    String json = "{\"date\": \"2024-10-10\", \"papers\": [1]}";
    String expected =
        "in:1:"
            + (json.indexOf("[1]") + 2)
            + ": error: $.papers[0]: expected a paper object, found a number";
    assertEquals(List.of(expected), problems(JSON, "\uFEFF" + json, "in"));
    assertEquals(List.of(expected), problems(JSONL, "\uFEFF" + json + "\n", "in"));
  }

  /** {@code str(digest)} in Python: single quotes, None, True. */
  @Test
  void pythonReprIsRefusedForItsQuotes() {
    String repr = "{'date': '2024-10-10', 'papers': [{'title': 'A', 'authors': [], 'tags': []}]}";
    assertEquals(
        List.of(
            "repr.json:1:2: error: $: JSON strings and keys are written in double quotes (`\"`),"
                + " not single quotes"),
        problems(JSON, repr, "repr.json"));
  }

  @Test
  void pythonLiteralsAreNamed() {
    assertEquals(
        List.of(
            "in:1:61: error: $.papers[0].comment: `None` is not JSON; write null",
            "in:2:61: error: $.papers[0].comment: `True` is not JSON; write true",
            "in:3:61: error: $.papers[0].comment: `undefined` is not JSON; leave the key out, or"
                + " write null",
            "in:4:61: error: $.papers[0].comment: `NaN` is not JSON, which has no NaN or Infinity"),
        problems(
            JSONL,
            """
            {"date": "2024-10-10", "papers": [{"title": "A", "comment": None, "authors": [], "tags": []}]}
            {"date": "2024-10-10", "papers": [{"title": "A", "comment": True, "authors": [], "tags": []}]}
            {"date": "2024-10-10", "papers": [{"title": "A", "comment": undefined, "authors": [], "tags": []}]}
            {"date": "2024-10-10", "papers": [{"title": "A", "comment": NaN, "authors": [], "tags": []}]}
            """,
            "in"));
  }

  @Test
  void aTrailingCommaInAnObject() {
    assertEquals(
        List.of(
            "in:4:1: error: $.papers: `}` follows a comma, but JSON allows no comma after the last"
                + " entry of an object; remove the comma"),
        problems(
            JSON,
            """
            {
              "date": "2024-10-10",
              "papers": [],
            }
            """,
            "in"));
  }

  @Test
  void aTrailingCommaInAnArray() {
    assertEquals(
        List.of(
            "in:4:3: error: $.papers[1]: `]` follows a comma, but JSON allows no comma after the"
                + " last element of an array; remove the comma"),
        problems(
            JSON,
            """
            {
              "date": "2024-10-10",
              "papers": [{"title": "A", "authors": [], "tags": []},
              ]
            }
            """,
            "in"));
  }

  /** JSON with comments, as editors' settings files are written. */
  @Test
  void aComment() {
    assertEquals(
        List.of("in:2:3: error: $: JSON has no comments; remove the comment that begins here"),
        problems(
            JSON,
            """
            {
              // the day this digest is for
              "date": "2024-10-10",
              "papers": []
            }
            """,
            "in"));
  }

  /** A JavaScript object literal. */
  @Test
  void unquotedKeys() {
    assertEquals(
        List.of("in:1:2: error: $: a key is written in double quotes: JSON has no unquoted keys"),
        problems(JSON, "{date: \"2024-10-10\", papers: []}", "in"));
  }

  @Test
  void aMissingComma() {
    assertEquals(
        List.of(
            "in:3:3: error: $.date: expected `,` or `}` after an entry of the object, found `\"`;"
                + " is a comma missing?"),
        problems(
            JSON,
            """
            {
              "date": "2024-10-10"
              "papers": []
            }
            """,
            "in"));
    String line =
        """
        {"date":"2024-10-10","papers":[{"tags":["a" "b"],"title":"t","authors":[]}]}\
        """;
    assertEquals(
        List.of(
            "in:1:"
                + (line.indexOf("\"b\"") + 1)
                + ": error: $.papers[0].tags[1]: expected `,` or `]` after an element of the"
                + " array, found `\"`; is a comma missing?"),
        problems(JSONL, line + "\n", "in"));
  }

  /** A string whose closing quote is missing runs into the end of its line. */
  @Test
  void anUnterminatedString() {
    assertEquals(
        List.of(
            "in:2:23: error: $.date: a line break inside a string is written `\\n`; or is the"
                + " closing `\"` of the string missing?"),
        problems(
            JSON,
            """
            {
              "date": "2024-10-10,
              "papers": []
            }
            """,
            "in"));
    String line = "{\"date\":\"2024-10-10\",\"papers\":[{\"title\":\"Round and Round";
    assertEquals(
        List.of(
            "in:1:"
                + (line.length() + 1)
                + ": error: $.papers[0].title: the line ends inside a string: its closing `\"` is"
                + " missing; a"
                + " jsonl line holds one whole digest object"),
        problems(JSONL, line + "\n", "in"));
  }

  @Test
  void escapesJsonDoesNotHave() {
    String escape =
        """
        {"date":"2024-10-10","papers":[{"title":"caf\\xe9","authors":[],"tags":[]}]}\
        """;
    String tab = escape.replace("caf\\xe9", "a\tb");
    assertEquals(
        List.of(
            "in:1:"
                + (escape.indexOf("xe9") + 1)
                + ": error: $.papers[0].title: `\\x` is not a JSON escape; JSON has `\\\"`, `\\\\`,"
                + " `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` and `\\uXXXX`",
            "in:2:"
                + (tab.indexOf('\t') + 1)
                + ": error: $.papers[0].title: a tab inside a string is written `\\t`"),
        problems(JSONL, escape + "\n" + tab + "\n", "in"));
  }

  @Test
  void aTextDigestSavedAsJson() throws IOException {
    String sample = Files.readString(Path.of("../examples/2024-10-10.txt"));
    String message =
        "this is not JSON: it looks like the text format (its first line `2024년 10월 10일` is a"
            + " date line); read it as text (-f text)";
    assertEquals(List.of("in:1:5: error: $: " + message), problems(JSON, sample, "in"));
    assertEquals(List.of("in:1:5: error: $: " + message), problems(JSONL, sample, "in"));
    // Saved on macOS: the same, in decomposed Hangul.
    String decomposed = Normalizer.normalize(sample, Normalizer.Form.NFD);
    List<String> found = problems(JSON, decomposed, "in");
    assertEquals(1, found.size(), found::toString);
    assertTrue(
        found.get(0).startsWith("in:1:5: error: $: this is not JSON: it looks like the text"));
  }

  @Test
  void aMarkdownDigestSavedAsJson() {
    String page =
        """
        # 2024-10-10

        ## Round and Round We Go! What makes Rotary Positional Encodings useful?

        *Federico Barbero*, *Petar Veličković*

        `#positional-encoding`
        """;
    String message =
        "this is not JSON: it looks like Markdown (its first line `# 2024-10-10` is a heading);"
            + " read it as Markdown (-f markdown)";
    assertEquals(List.of("in:1:1: error: $: " + message), problems(JSON, page, "in"));
    assertEquals(List.of("in:1:1: error: $: " + message), problems(JSONL, page, "in"));
  }

  /** The json writer's output saved as .jsonl: one message, not one per line. */
  @Test
  void prettyJsonSavedAsJsonLines() {
    String pretty = JSON.writer().writeAsString(TestDigests.twoPapers());
    assertEquals(
        List.of(
            "in:1:2: error: $: this is not JSON Lines: it looks like JSON spread over several lines"
                + " (its first line is `{`), while a jsonl line holds one whole digest; read it as"
                + " json (-f json)"),
        problems(JSONL, pretty, "in"));
  }

  /** The jsonl writer's output saved as .json. */
  @Test
  void jsonLinesSavedAsJson() {
    String lines =
        JSONL.writer().writeAllAsString(List.of(TestDigests.twoPapers(), TestDigests.twoPapers()));
    assertEquals(
        List.of(
            "in:2:1: error: $: unexpected content after the end of the document; the json format"
                + " holds one digest object or one array of digests (jsonl holds one digest per"
                + " line)"),
        problems(JSON, lines, "in"));
  }

  /** Windows-1252 text, as old editors save it: the shared UTF-8 message, at the byte. */
  @Test
  void latin1IsRefusedAtItsByte() {
    byte[] latin1 =
        """
        {
          "date": "2024-10-10",
          "papers": [{"title": "Café", "authors": ["Veličković"], "tags": []}]
        }
        """
            .replace("č", "c")
            .replace("ć", "c")
            .getBytes(StandardCharsets.ISO_8859_1);
    String message =
        "invalid UTF-8: byte 0xE9 begins a character that does not end; save the file as UTF-8";
    assertEquals(
        List.of("in:3:28: error: $.papers[0].title: " + message), problems(JSON, latin1, "in"));
    byte[] line =
        "{\"date\":\"2024-10-10\",\"papers\":[{\"title\":\"Café\",\"authors\":[],\"tags\":[]}]}\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(List.of("in:1:45: error: $: " + message), problems(JSONL, line, "in"));
  }

  /** Bytes Jackson itself would let through are refused by the same rule as in every format. */
  @Test
  void overlongAndSurrogateEncodingsAreRefused() {
    String title = "{\"date\": \"2024-10-10\", \"papers\": [{\"title\": \"";
    String at = "in:1:" + (title.length() + 1) + ": error: $.papers[0].title: invalid UTF-8: ";
    assertEquals(
        List.of(at + "byte 0xC0 does not begin any character; save the file as UTF-8"),
        problems(JSON, bytes(title, 0xC0, 0xAF, '"', '}', ']', '}'), "in"));
    assertEquals(
        List.of(at + "bytes 0xED 0xA0 0x80 do not form a character; save the file as UTF-8"),
        problems(JSON, bytes(title, 0xED, 0xA0, 0x80, '"', '}', ']', '}'), "in"));
    // Cut short by the end of the input.
    assertEquals(
        List.of(at + "bytes 0xEA 0xB0 do not form a character; save the file as UTF-8"),
        problems(JSON, bytes(title, 0xEA, 0xB0), "in"));
  }

  /** An unknown key, a blank title, a tag with a space and a bad author: all in one run. */
  @Test
  void everyProblemOfAPaperIsReported() {
    String json =
        """
        {
          "date": "2024-10-10",
          "papers": [
            {
              "title": " ",
              "summary": "A paper about RoPE",
              "authors": ["Kim", "Lee\\nPark", 7],
              "abstractText": "Positional encodings",
              "tags": ["deep learning", "rope"]
            }
          ]
        }
        """;
    assertEquals(
        List.of(
            "in:5:16: error: $.papers[0].title: the title ` ` is blank",
            "in:6:7: error: $.papers[0].summary: unknown key `summary`; a paper has `title`,"
                + " `authors`, `abstract`, `comment`, `translation` and `tags`",
            "in:7:26: error: $.papers[0].authors[1]: the author `Lee\\nPark` has a line break"
                + " (U+000A at character 4), but must be one line",
            "in:7:39: error: $.papers[0].authors[2]: expected an author as a string, found a"
                + " number",
            "in:8:7: error: $.papers[0].abstractText: unknown key `abstractText`; did you mean"
                + " `abstract`? a paper has `title`, `authors`, `abstract`, `comment`,"
                + " `translation` and `tags`",
            "in:9:16: error: $.papers[0].tags[0]: the tag `deep learning` holds whitespace"
                + " (U+0020 at character 5), but a tag is one word"),
        problems(JSON, json, "in"));
  }

  /** What {@code null} means where a value is required: refused, saying what to write. */
  @Test
  void nullWhereAValueIsRequired() {
    assertEquals(
        List.of(
            "in:1:9: error: $.date: the date is null; every digest needs a date, as a string like"
                + " `\"2024-10-10\"`",
            "in:2:31: error: $.papers: `papers` is null; write [] for a digest without papers",
            "in:3:32: error: $.papers[0]: a paper is null; leave it out, or give the paper as an"
                + " object",
            "in:4:55: error: $.papers[0].authors: `authors` is null; write [] for a paper without"
                + " authors",
            "in:5:56: error: $.papers[0].authors[0]: an author is null; leave it out, or give the"
                + " author as a string",
            "in:6:65: error: $.papers[0].tags: `tags` is null; write [] for a paper without tags",
            "in:7:70: error: $.papers[0].tags[1]: a tag is null; leave it out, or give the tag as"
                + " a string"),
        problems(
            JSONL,
            """
            {"date":null,"papers":[]}
            {"date":"2024-10-10","papers":null}
            {"date":"2024-10-10","papers":[null]}
            {"date":"2024-10-10","papers":[{"title":"t","authors":null,"tags":[]}]}
            {"date":"2024-10-10","papers":[{"title":"t","authors":[null],"tags":[]}]}
            {"date":"2024-10-10","papers":[{"title":"t","authors":[],"tags":null}]}
            {"date":"2024-10-10","papers":[{"title":"t","authors":[],"tags":["a",null]}]}
            """,
            "in"));
  }

  /** Legal, but probably not meant: read as written, with a warning at the value. */
  @Test
  void aTagWithItsHashAndTwoAuthorsInOneAreWarnedAbout() throws IOException {
    String json =
        """
        {
          "date": "2024-10-10",
          "papers": [
            {
              "title": "Round and Round We Go!",
              "authors": ["Federico Barbero, Petar Veličković"],
              "tags": ["#rope", "positional-encoding"]
            }
          ]
        }
        """;
    try (DigestIterator digests =
        JSON.reader()
            .open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.json")) {
      Paper paper = digests.next().papers().get(0);
      assertEquals(List.of("#rope", "positional-encoding"), paper.tags());
      assertEquals(List.of("Federico Barbero, Petar Veličković"), paper.authors());
      assertEquals(
          List.of(
              "in.json:6:19: warning: $.papers[0].authors[0]: the author `Federico Barbero, Petar"
                  + " Veličković` holds `, `; if it names more than one author, give each its own"
                  + " string [author-comma]",
              "in.json:7:16: warning: $.papers[0].tags[0]: the tag `#rope` starts with `#`, but"
                  + " tags are stored without it; write `rope` if the `#` is not part of the tag"
                  + " [tag-hash]"),
          digests.warnings().stream().map(Diagnostic::toString).toList());
    }
    String line = json.lines().map(String::strip).collect(Collectors.joining());
    List<Diagnostic> checked =
        JSONL
            .reader()
            .check(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "in.jsonl");
    assertEquals(2, checked.size(), checked::toString);
    assertTrue(checked.stream().noneMatch(Diagnostic::isError), checked::toString);
    assertEquals(
        new Diagnostic(
            "in.jsonl",
            1,
            line.indexOf("\"#rope\"") + 1,
            Diagnostic.Severity.WARNING,
            "$.papers[0].tags[0]: the tag `#rope` starts with `#`, but tags are stored without it;"
                + " write `rope` if the `#` is not part of the tag",
            "tag-hash"),
        checked.get(1));
  }

  static List<String> problems(DigestFormat format, String input, String name) {
    return problems(format, input.getBytes(StandardCharsets.UTF_8), name);
  }

  static List<String> problems(DigestFormat format, byte[] input, String name) {
    DigestFormatException e =
        assertThrows(
            DigestFormatException.class,
            () -> format.reader().readAll(new ByteArrayInputStream(input), name));
    return e.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  /** {@code text} in UTF-8, then raw bytes. */
  private static byte[] bytes(String text, int... raw) {
    byte[] head = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(head, head.length + raw.length);
    for (int i = 0; i < raw.length; i++) {
      all[head.length + i] = (byte) raw[i];
    }
    return all;
  }
}
