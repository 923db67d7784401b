package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestProcess.bash;
import static dev.paperdigest.cli.DigestProcess.command;
import static dev.paperdigest.cli.Documents.BROKEN;
import static dev.paperdigest.cli.Documents.SMALL;
import static dev.paperdigest.cli.Documents.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * File names the JVM would decode wrongly: Korean under {@code LC_ALL=C}, bytes that are not UTF-8
 * under any locale. Each must name its file, and print legibly.
 */
class FileNamesIT {
  @TempDir Path dir;

  private static List<byte[]> listedNames(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.map(file -> FileNames.bytes(file.getFileName())).toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"C", "C.UTF-8"})
  void aKoreanNameWorksInEveryLocale(String locale) throws IOException {
    Path broken = write(dir.resolve("논문.txt"), BROKEN);
    Path good = write(dir.resolve("요약.txt"), SMALL);
    ProcessBuilder validate = new ProcessBuilder(command(List.of(), "validate", broken.toString()));
    validate.environment().put("LC_ALL", locale);
    ProcessBuilder convert =
        new ProcessBuilder(
            command(List.of(), "convert", "-t", "json", "-o", dir + "/out/", good.toString()));
    convert.environment().put("LC_ALL", locale);

    DigestProcess.Result checked = DigestProcess.run(validate, new byte[0]);
    DigestProcess.Result converted = DigestProcess.run(convert, new byte[0]);

    assertEquals(1, checked.status(), checked.stderr());
    assertTrue(checked.stderr().startsWith(broken + ":3:1: error: "), checked.stderr());
    assertEquals(0, converted.status(), converted.stderr());
    assertTrue(Files.exists(dir.resolve("out/요약.json")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"C", "C.UTF-8"})
  void aNameThatIsNotUtf8WorksAndPrintsItsBytesEscaped(String locale) throws IOException {
    write(dir.resolve("broken.txt"), BROKEN);
    write(dir.resolve("good.txt"), SMALL);

    // café in Latin-1: the byte 0xE9 is not UTF-8. Bash hands it over as it is.
    DigestProcess.Result run =
        bash(
            "cd \"$1\" && mv broken.txt \"$(printf 'caf\\xe9.txt')\" && mv good.txt \"$(printf"
                + " 'ok\\xff.txt')\" && $DIGEST validate \"$(printf 'caf\\xe9.txt')\";"
                + " echo \"validate $?\" >&2; $DIGEST convert -t json -o out/ \"$(printf"
                + " 'ok\\xff.txt')\" && $DIGEST validate . ",
            Map.of("LC_ALL", locale),
            dir.toString());

    assertEquals(1, run.status(), run.stderr());
    List<String> lines = run.stderr().lines().toList();
    assertTrue(lines.get(0).startsWith("caf\\xE9.txt:3:1: error: "), run.stderr());
    assertTrue(lines.contains("validate 1"), run.stderr());
    assertTrue(
        lines.stream().anyMatch(line -> line.startsWith("./caf\\xE9.txt:3:1: error: ")),
        "the name listed from the directory: " + run.stderr());
    List<byte[]> converted = listedNames(dir.resolve("out"));
    assertEquals(1, converted.size());
    assertArrayEquals(
        new byte[] {'o', 'k', (byte) 0xFF, '.', 'j', 's', 'o', 'n'}, converted.get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"@notes.txt", "-notes.txt"})
  void namesThatLookLikeArgumentFilesOrOptionsAreFiles(String name) {
    Path file = write(dir.resolve(name), SMALL);

    DigestProcess.Result run =
        DigestProcess.run(
            new ProcessBuilder(command(List.of(), "validate", "--", name)).directory(dir.toFile()),
            new byte[0]);

    assertEquals(0, run.status(), run.stderr());
    assertEquals("", run.stderr());
    assertTrue(Files.exists(file));
  }
}
