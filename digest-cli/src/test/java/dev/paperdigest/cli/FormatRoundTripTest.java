package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestRun.digest;
import static dev.paperdigest.cli.DigestRun.sample;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every format module on the command's class path: the sample goes out to it and comes back as text
 * byte for byte, and its broken files are reported with file, line and column.
 */
class FormatRoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"markdown", "json", "jsonl"})
  void theSampleComesBackByteForByte(String format) {
    DigestRun there = digest("convert", DigestRun.SAMPLE.toString(), "-t", format);
    assertEquals(0, there.status(), there.stderr());
    Path converted = Documents.write(dir.resolve("sample.out"), there.stdout());

    DigestRun back = digest("convert", "-f", format, converted.toString(), "-t", "text");

    assertEquals(0, back.status(), back.stderr());
    assertArrayEquals(sample(), back.stdout());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "broken.json | {\\n  \"date\": \"2024-13-01\",\\n  \"papers\": []\\n} | 2",
        "broken.jsonl | {\"date\":\"2024-10-10\",\"papers\":[]}\\n{\"date\":1} | 2",
        "broken.md | # 2024-10-10\\n\\nA paragraph where a paper heading belongs. | 3"
      })
  void validateNamesTheFileLineAndColumnInEveryFormat(String name, String content, int line) {
    Path broken = Documents.write(dir.resolve(name), content.replace("\\n", "\n"));

    DigestRun run = digest("validate", broken.toString());

    assertEquals(1, run.status());
    assertTrue(run.stderr().startsWith(broken + ":" + line + ":"), run.stderr());
    assertTrue(run.stderr().matches("(?s)[^\\n]*:\\d+:\\d+: error: .+"), run.stderr());
    assertFalse(run.showsStackTrace(), run.stderr());
  }
}
