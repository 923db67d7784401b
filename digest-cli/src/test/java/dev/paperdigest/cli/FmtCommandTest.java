package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestRun.digest;
import static dev.paperdigest.cli.DigestRun.digestWith;
import static dev.paperdigest.cli.DigestRun.sample;
import static dev.paperdigest.cli.Documents.BROKEN;
import static dev.paperdigest.cli.Documents.SMALL;
import static dev.paperdigest.cli.Documents.bytes;
import static dev.paperdigest.cli.Documents.names;
import static dev.paperdigest.cli.Documents.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.testkit.DigestGenerators;
import dev.paperdigest.testkit.DocumentMutations;
import dev.paperdigest.testkit.TextDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digest fmt}: in place, {@code --check}, {@code --diff}, standard input. */
class FmtCommandTest {
  /**
   * A digest as typed in a Windows editor: a byte-order mark, CRLF line ends, a blank line, a date
   * with leading zeros, tags spaced out, and no final line end.
   */
  static final String TYPED =
      "\uFEFF"
          + """
          2024년 09월 05일

          Small Models Think Too
          (Ada Lovelace, Alan Turing)
          We show that small models think.
          작은 모델도 생각한다는 주장.
          The claim that small models think too.
            #small-models \t #reasoning\
          """
              .replace("\n", "\r\n");

  /** {@link #TYPED} in canonical form, as docs/text-format.md describes it. */
  static final String CANONICAL =
      """
      2024년 9월 5일
      Small Models Think Too
      (Ada Lovelace, Alan Turing)
      We show that small models think.
      작은 모델도 생각한다는 주장.
      The claim that small models think too.
      #small-models #reasoning
      """;

  private static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L);

  @TempDir Path dir;

  @Test
  void rewritesAFileAsTypedInItsCanonicalFormAndPrintsNothing() {
    Path file = write(dir.resolve("2024-09-05.txt"), TYPED);

    DigestRun run = digest("fmt", file.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals(CANONICAL, content(file));
    assertEquals("", run.out());
    assertEquals("", run.stderr());
    assertEquals(List.of("2024-09-05.txt"), names(dir), "no temporary file is left");
  }

  @Test
  void aFileInCanonicalFormIsLeftAsItIsItsTimeIncluded() throws IOException {
    Path file = write(dir.resolve("2024-09-05.txt"), CANONICAL);
    Files.setLastModifiedTime(file, LONG_AGO);
    Object inode = Files.readAttributes(file, "unix:ino").get("ino");

    DigestRun run = digest("fmt", file.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals(LONG_AGO, Files.getLastModifiedTime(file));
    assertEquals(inode, Files.readAttributes(file, "unix:ino").get("ino"));
  }

  @Test
  void aSecondRunChangesNothing() {
    qt().withExamples(15)
        .forAll(DigestGenerators.archives(DigestGenerators.textDigests()), longs().all())
        .checkAssert(
            (archive, seed) -> {
              Path file = write(dir.resolve("archive.txt"), TextDocuments.noisy(archive, seed));
              DigestRun first = digest("fmt", file.toString());
              byte[] formatted = bytes(file);
              setLongAgo(file);
              DigestRun second = digest("fmt", file.toString());
              DigestRun check = digest("fmt", "--check", file.toString());

              assertEquals(0, first.status(), first.stderr());
              assertArrayEquals(written(archive), formatted);
              assertEquals(0, second.status(), second.stderr());
              assertArrayEquals(formatted, bytes(file));
              assertEquals(LONG_AGO, lastModified(file), "the second run does not rewrite it");
              assertEquals(0, check.status(), check.out() + check.stderr());
            });
  }

  @Test
  void aDamagedSampleIsRewrittenOnceOrLeftUntouchedAndReportedAsValidateReportsIt() {
    qt().withExamples(60)
        .forAll(DocumentMutations.of(sample()))
        .checkAssert(
            damaged -> {
              Path file = write(dir.resolve("damaged.txt"), damaged);
              DigestRun validate = digest("validate", file.toString());
              DigestRun first = digest("fmt", file.toString());
              byte[] formatted = bytes(file);
              DigestRun second = digest("fmt", "--check", file.toString());

              if (validate.status() == 0) {
                assertEquals(0, first.status(), first.stderr());
                assertEquals(0, second.status(), second.out() + second.stderr());
              } else {
                assertEquals(1, first.status());
                assertEquals(validate.stderr(), first.stderr());
                assertArrayEquals(damaged, formatted, "a file that does not read is not touched");
                assertEquals(validate.stderr(), second.stderr());
                assertEquals("", second.out());
              }
              assertEquals(List.of("damaged.txt"), names(dir));
            });
  }

  @Test
  void checkListsTheFilesNotInCanonicalFormAndWritesNothing() {
    write(dir.resolve("a.txt"), CANONICAL);
    Path typed = write(dir.resolve("b.txt"), TYPED);
    Path markdown = write(dir.resolve("c.md"), markdownAsTyped());

    DigestRun run = digest("fmt", "--check", dir.toString());

    assertEquals(1, run.status());
    assertEquals(dir + "/b.txt\n" + dir + "/c.md\n", run.out());
    assertEquals(
        "digest: 2 files are not in canonical form; 'digest fmt FILE...' rewrites them\n",
        run.stderr());
    assertEquals(TYPED, content(typed));
    assertEquals(markdownAsTyped(), content(markdown));
  }

  @Test
  void checkOfFilesInCanonicalFormPrintsNothingAndSucceeds() {
    Path file = write(dir.resolve("a.txt"), CANONICAL);

    DigestRun run = digest("fmt", "--check", file.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals("", run.out());
    assertEquals("", run.stderr());
  }

  @Test
  void diffPrintsWhatWouldChangeAsAUnifiedDiff() {
    Path file = write(dir.resolve("small.txt"), SMALL.replace("#small-models\n", "#small-models"));

    DigestRun run = digest("fmt", "--diff", file.toString());

    assertEquals(1, run.status());
    assertEquals(
        """
        --- %1$s
        +++ %1$s
        @@ -4,4 +4,4 @@
         We show that small models think.
         작은 모델도 생각한다는 주장.
         The claim that small models think too.
        -#small-models
        \\ No newline at end of file
        +#small-models
        """
            .formatted(file),
        run.out());
    assertEquals(SMALL.replace("#small-models\n", "#small-models"), content(file));
  }

  @Test
  void diffShowsWindowsLineEndsAsTheChangeTheyAre() {
    Path file = write(dir.resolve("small.txt"), SMALL.replace("\n", "\r\n"));

    DigestRun run = digest("fmt", "--diff", file.toString());

    assertEquals(1, run.status());
    assertTrue(run.out().contains("-(Ada Lovelace, Alan Turing)\r\n"), run.out());
    assertTrue(run.out().contains("+(Ada Lovelace, Alan Turing)\n"), run.out());
  }

  @Test
  void diffOfAFileInCanonicalFormIsEmptyAndWithCheckTooTheDiffIsPrinted() {
    Path canonical = write(dir.resolve("a.txt"), CANONICAL);
    Path typed = write(dir.resolve("b.txt"), TYPED);

    DigestRun same = digest("fmt", "--diff", canonical.toString());
    DigestRun both = digest("fmt", "--check", "--diff", typed.toString());

    assertEquals(0, same.status(), same.stderr());
    assertEquals("", same.out());
    assertEquals(1, both.status());
    assertTrue(both.out().startsWith("--- " + typed + "\n+++ " + typed + "\n@@ "), both.out());
  }

  @Test
  void aBrokenFileIsReportedAsValidateReportsItAndTheOthersAreStillRewritten() {
    Path broken = write(dir.resolve("a.txt"), BROKEN);
    Path typed = write(dir.resolve("b.txt"), TYPED);

    DigestRun run = digest("fmt", dir.toString());

    assertEquals(1, run.status());
    assertEquals(digest("validate", broken.toString()).stderr(), run.stderr());
    assertFalse(run.showsStackTrace(), run.stderr());
    assertEquals(BROKEN, content(broken));
    assertEquals(CANONICAL, content(typed));
  }

  @Test
  void aFileBrokenAfterItsFirstDifferenceIsNeitherListedNorTouched() {
    String content = TYPED + "\r\n" + BROKEN;
    Path file = write(dir.resolve("archive.txt"), content);
    String validated = digest("validate", file.toString()).stderr();

    DigestRun check = digest("fmt", "--check", file.toString());
    DigestRun rewrite = digest("fmt", file.toString());

    assertEquals(1, check.status());
    assertEquals("", check.out(), "fmt could not rewrite it, so --check does not list it");
    assertEquals(validated, check.stderr());
    assertEquals(1, rewrite.status());
    assertEquals(validated, rewrite.stderr());
    assertEquals(content, content(file));
    assertEquals(List.of("archive.txt"), names(dir), "no temporary file is left");
  }

  @Test
  void standardInputIsFormattedToStandardOutput() {
    DigestRun run = digest(TYPED.getBytes(UTF_8), "fmt", "-f", "text", "-");
    DigestRun check = digest(TYPED.getBytes(UTF_8), "fmt", "--check", "-f", "text", "-");
    DigestRun diff = digest(TYPED.getBytes(UTF_8), "fmt", "--diff", "-f", "text", "-");

    assertEquals(0, run.status(), run.stderr());
    assertEquals(CANONICAL, run.out());
    assertEquals(1, check.status());
    assertEquals("<stdin>\n", check.out());
    assertEquals(1, diff.status());
    assertTrue(diff.out().startsWith("--- <stdin>\n+++ <stdin>\n@@ -1,"), diff.out());
  }

  @Test
  void brokenStandardInputGivesNothingOnStandardOutput() {
    DigestRun run = digest((SMALL + BROKEN).getBytes(UTF_8), "fmt", "-f", "text", "-");

    assertEquals(1, run.status());
    assertEquals("", run.out(), "nothing that an editor could take for the formatted buffer");
    assertEquals(
        digest((SMALL + BROKEN).getBytes(UTF_8), "validate", "-f", "text", "-").stderr(),
        run.stderr());
  }

  @Test
  void directoriesStandForTheirDigestFilesAsInConvert() {
    Path text = write(dir.resolve("a.txt"), TYPED);
    Path json = write(dir.resolve("b.json"), jsonAsTyped());
    Path other = write(dir.resolve("notes.dat"), TYPED);
    Path hidden = write(dir.resolve(".hidden.txt"), TYPED);

    DigestRun run = digest("fmt", dir.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals(CANONICAL, content(text));
    assertEquals(
        """
        {
          "date": "2024-10-12",
          "papers": [
            {
              "title": "Small Models Think Too",
              "authors": [
                "Ada Lovelace",
                "Alan Turing"
              ],
              "abstract": "We show that small models think.",
              "tags": [
                "small-models"
              ]
            }
          ]
        }
        """,
        content(json));
    assertEquals(TYPED, content(other));
    assertEquals(TYPED, content(hidden));
  }

  @Test
  void aSymbolicLinkStaysAndTheFileItLeadsToKeepsItsMode() throws IOException {
    Path target = write(dir.resolve("real/2024-09-05.txt"), TYPED);
    Files.setAttribute(target, "unix:mode", 0640);
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real/2024-09-05.txt"));

    DigestRun run = digest("fmt", link.toString());

    assertEquals(0, run.status(), run.stderr());
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(CANONICAL, content(target));
    assertEquals(0640, (Integer) Files.getAttribute(target, "unix:mode") & 07777);
  }

  @Test
  void aFormatThatCannotWriteBackWhatItReadLeavesTheFileAndSaysWhy() {
    Path file = write(dir.resolve("a.lines"), "2024-10-10 a paper to refuse\n");

    DigestRun run = digestWith(TestFormats.withTestFormats(), new byte[0], "fmt", file.toString());

    assertEquals(1, run.status());
    assertEquals(
        "digest: " + file + ": the lines format cannot hold this paper: a paper to refuse\n",
        run.stderr());
    assertEquals("2024-10-10 a paper to refuse\n", content(file));
  }

  @Test
  void usageErrorsChangeNothing() {
    Path typed = write(dir.resolve("a.txt"), TYPED);

    DigestRun none = digest("fmt");
    DigestRun missing = digest("fmt", typed.toString(), dir.resolve("missing.txt").toString());
    DigestRun stdin = digest(TYPED.getBytes(UTF_8), "fmt", "-");

    assertEquals(2, none.status());
    assertTrue(none.stderr().startsWith("digest: Missing required parameter"), none.stderr());
    assertEquals(2, missing.status());
    assertTrue(missing.stderr().contains("missing.txt: No such file"), missing.stderr());
    assertEquals(2, stdin.status());
    assertTrue(stdin.stderr().contains("give it with -f FORMAT"), stdin.stderr());
    assertEquals(TYPED, content(typed));
  }

  /** A Markdown digest typed by hand: no blank line after the title, blank lines at the end. */
  private static String markdownAsTyped() {
    return """
    # 2024-10-12

    ## Small Models Think Too
    *Ada Lovelace*, *Alan Turing*

    > We show that small models think.

    **Comment:** 작은 모델도 생각한다는 주장.

    **Translation:** The claim that small models think too.

    `#small-models`



    """;
  }

  /** JSON as a script writes it: on one line, keys in its own order. */
  private static String jsonAsTyped() {
    return """
    {"papers":[{"tags":["small-models"],"authors":["Ada Lovelace","Alan Turing"],\
    "title":"Small Models Think Too","abstract":"We show that small models think."}],\
    "date":"2024-10-12"}\
    """;
  }

  private static byte[] written(List<dev.paperdigest.core.Digest> archive) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      DigestFormats.load().require("text").writer().writeAll(archive.iterator(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String content(Path file) {
    return new String(bytes(file), UTF_8);
  }

  private static void setLongAgo(Path file) {
    try {
      Files.setLastModifiedTime(file, LONG_AGO);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FileTime lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
