package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestRun.digest;
import static dev.paperdigest.cli.DigestRun.sample;
import static dev.paperdigest.cli.Documents.BROKEN;
import static dev.paperdigest.cli.Documents.bytes;
import static dev.paperdigest.cli.Documents.names;
import static dev.paperdigest.cli.Documents.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code -o} does to the file already there: a symbolic link is followed and stays, a file
 * keeps its owner, group and mode, as with {@code sed -i --follow-symlinks} and {@code sponge}.
 */
class OutputFileTest {
  private static final String OWNER_AND_MODE = "unix:uid,gid,mode";

  @TempDir Path dir;

  @Test
  void aSymbolicLinkStaysAndTheFileItLeadsToIsReplaced() throws IOException {
    Path target = write(dir.resolve("real/notes.txt"), "old");
    // Two links, the first relative, as `ln -s` makes them.
    Path middle = Files.createSymbolicLink(dir.resolve("middle.txt"), target);
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("middle.txt"));

    DigestRun run = digest("convert", DigestRun.SAMPLE.toString(), "-o", link.toString());

    assertEquals(0, run.status(), run.stderr());
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(Path.of("middle.txt"), Files.readSymbolicLink(link));
    assertTrue(Files.isSymbolicLink(middle));
    assertArrayEquals(sample(), bytes(target));
    assertEquals(List.of("notes.txt"), names(target.getParent()), "no temporary file is left");
  }

  @Test
  void aLinkToNothingYetCreatesTheFileItLeadsTo() throws IOException {
    Path target = dir.resolve("later.txt");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);

    DigestRun run = digest("convert", DigestRun.SAMPLE.toString(), "-o", link.toString());

    assertEquals(0, run.status(), run.stderr());
    assertTrue(Files.isSymbolicLink(link));
    assertArrayEquals(sample(), bytes(target));
  }

  @Test
  void aFailedConversionLeavesTheFileBehindALinkUntouched() throws IOException {
    Path input = write(dir.resolve("broken.txt"), BROKEN);
    Path target = write(dir.resolve("notes.txt"), "precious");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);

    DigestRun run = digest("convert", input.toString(), "-o", link.toString());

    assertEquals(1, run.status());
    assertEquals("precious", Files.readString(target));
    assertEquals(List.of("broken.txt", "link.txt", "notes.txt"), names(dir));
  }

  @Test
  void aLoopOfLinksIsReportedAsTheSystemWords() throws IOException {
    Path a = dir.resolve("a.txt");
    Path b = Files.createSymbolicLink(dir.resolve("b.txt"), a);
    Files.createSymbolicLink(a, b);

    DigestRun run = digest("convert", DigestRun.SAMPLE.toString(), "-o", a.toString());

    assertEquals(1, run.status());
    assertEquals("digest: " + a + ": Too many levels of symbolic links", run.stderr().strip());
  }

  @Test
  void aReplacedFileKeepsItsOwnerGroupAndModeWithSetGroupId() throws IOException {
    Path output = write(dir.resolve("shared.txt"), "old");
    // Root gives it away, as a file of another user's would be; anyone else keeps their own.
    if (isRoot()) {
      Files.setAttribute(output, "unix:uid", 4321);
      Files.setAttribute(output, "unix:gid", 8765);
    }
    Files.setAttribute(output, "unix:mode", 02754);
    Map<String, Object> before = Files.readAttributes(output, OWNER_AND_MODE);

    DigestRun run = digest("convert", DigestRun.SAMPLE.toString(), "-o", output.toString());

    assertEquals(0, run.status(), run.stderr());
    assertArrayEquals(sample(), bytes(output));
    assertEquals(before, Files.readAttributes(output, OWNER_AND_MODE));
    assertEquals(02754, (Integer) Files.getAttribute(output, "unix:mode") & 07777);
  }

  @Test
  void aNewFileGetsTheModeNewFilesGet() throws IOException {
    Path reference = Files.createFile(dir.resolve("reference"));
    Path output = dir.resolve("new.txt");

    DigestRun run = digest("convert", DigestRun.SAMPLE.toString(), "-o", output.toString());

    assertEquals(0, run.status(), run.stderr());
    assertEquals(
        Files.getAttribute(reference, "unix:mode"), Files.getAttribute(output, "unix:mode"));
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
