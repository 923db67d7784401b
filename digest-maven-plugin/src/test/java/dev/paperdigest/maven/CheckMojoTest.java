package dev.paperdigest.maven;

import static dev.paperdigest.maven.ConvertMojoTest.gnuLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paperdigest.core.DigestFormats;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMojoTest {
  @TempDir Path root;

  @Test
  void filesInCanonicalFormPass() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    project.write("b.md", ProjectFixture.MARKDOWN);
    project.check().execute();
    assertEquals("Checked 2 digest files: 0 not in canonical form", project.log.summary());
  }

  @Test
  void eachFileNotInCanonicalFormIsNamed() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    // As Notepad saves it: Windows line ends and a final one.
    Path windows = project.write("a.txt", ProjectFixture.TEXT.replace("\n", "\r\n") + "\r\n");
    project.write("b.md", ProjectFixture.MARKDOWN);
    Path spaced = project.write("c.md", ProjectFixture.MARKDOWN.replace("\n\n", "\n\n\n"));

    MojoFailureException e = assertThrows(MojoFailureException.class, project.check()::execute);

    assertEquals(
        List.of(
            windows
                + ": not in canonical form; `digest fmt` rewrites it in the form the text"
                + " writer writes",
            spaced
                + ": not in canonical form; `digest fmt` rewrites it in the form the markdown"
                + " writer writes"),
        project.log.errors);
    assertEquals(
        "2 digest files not in canonical form and 0 other errors, each listed above.",
        e.getMessage());
  }

  @Test
  void aFileThatDoesNotReadIsReportedAsValidateReportsIt() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    Path broken = project.write("a.txt", ProjectFixture.MISSING_TAGS);
    MojoFailureException e = assertThrows(MojoFailureException.class, project.check()::execute);
    assertEquals(
        gnuLines(DigestFormats.load().require("text").reader().check(broken)), project.log.errors);
    assertEquals(
        "0 digest files not in canonical form and 1 other error, each listed above.",
        e.getMessage());
  }
}
