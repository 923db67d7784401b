package dev.paperdigest.jackson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestFormats;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference sample through JSON and back, the way {@code digest convert} and {@code digest
 * validate} use the registry: formats chosen by name or file extension.
 */
class SampleConversionTest {
  private static final Path SAMPLE = Path.of("../examples/2024-10-10.txt");
  private static final DigestFormats FORMATS = DigestFormats.load();

  @Test
  void theSampleGoesThroughJsonAndBackByteForByte() throws IOException {
    byte[] sample = canonicalSample();
    DigestFormat text = FORMATS.byName("text").orElseThrow();
    for (String name : List.of("json", "jsonl")) {
      DigestFormat json = FORMATS.byName(name).orElseThrow();
      String converted = json.writer().writeAsString(text.reader().read(SAMPLE));
      String back = text.writer().writeAsString(json.reader().read(converted));
      assertArrayEquals(sample, back.getBytes(StandardCharsets.UTF_8), name);
    }
  }

  @Test
  void theSampleInJsonHasHangulAsUtf8NotEscapes() throws IOException {
    Digest sample = FORMATS.byName("text").orElseThrow().reader().read(SAMPLE);
    String json = FORMATS.byName("json").orElseThrow().writer().writeAsString(sample);
    assertFalse(json.contains("\\u"), "no \\u escapes");
    assertTrue(json.contains("\"comment\": \"RoPE에서 고주파수 차원들은"), json);
    assertTrue(
        json.startsWith(
            "{\n  \"date\": \"2024-10-10\",\n  \"papers\": [\n    {\n      \"title\": "
                + "\"Everything Everywhere All at Once"),
        json);
    assertEquals(8, sample.papers().size());
  }

  /** What {@code digest convert FILE -t json}, then {@code -f json -t text}, does. */
  @Test
  void convertingFilesByExtensionGivesTheSampleBack(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("2024-10-10.json");
    Path text = dir.resolve("2024-10-10.txt");
    convert(SAMPLE, json);
    convert(json, text);
    assertArrayEquals(canonicalSample(), Files.readAllBytes(text));
  }

  /** The sample as the text writer writes it: with the final line end the sample lacks. */
  private static byte[] canonicalSample() throws IOException {
    return (Files.readString(SAMPLE, StandardCharsets.UTF_8) + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What {@code digest validate broken.json} reports: {@code file:line:column} for every problem.
   */
  @Test
  void validatingABrokenFileNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.json");
    convert(SAMPLE, good);
    Path broken = dir.resolve("broken.json");
    Files.writeString(
        broken,
        Files.readString(good)
            .replace("\"title\": \"Pyramidal", "\"titel\": \"Pyramidal")
            .replace("\"corpus\"", "\"corpus data\""));
    DigestFormat format = FORMATS.byPath(broken).orElseThrow();
    DigestFormatException e =
        assertThrows(DigestFormatException.class, () -> format.reader().readAll(broken));
    List<String> reported = e.diagnostics().stream().map(Diagnostic::toString).toList();
    assertEquals(3, reported.size(), e::getMessage);
    assertTrue(
        reported
            .get(0)
            .startsWith(
                broken
                    + ":"
                    + lineOf(broken, "\"titel\"")
                    + ":7: error: $.papers[1].titel: unknown key `titel`"),
        e::getMessage);
    // The second paper's object closes two lines below its last tag.
    assertTrue(
        reported
            .get(1)
            .startsWith(
                broken
                    + ":"
                    + (lineOf(broken, "\"video-generation\"") + 2)
                    + ":5: error: $.papers[1]: the paper has no `title`"),
        e::getMessage);
    assertTrue(
        reported
            .get(2)
            .startsWith(
                broken
                    + ":"
                    + lineOf(broken, "\"corpus data\"")
                    + ":9: error: $.papers[2].tags[0]: the tag `corpus data` holds whitespace"),
        e::getMessage);
  }

  private static void convert(Path from, Path to) throws IOException {
    DigestFormat reader = FORMATS.byPath(from).orElseThrow();
    DigestFormat writer = FORMATS.byPath(to).orElseThrow();
    List<Digest> digests = reader.reader().readAll(from);
    try (OutputStream out = Files.newOutputStream(to)) {
      writer.writer().writeAll(digests, out);
    }
  }

  private static int lineOf(Path file, String needle) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in " + file);
  }
}
