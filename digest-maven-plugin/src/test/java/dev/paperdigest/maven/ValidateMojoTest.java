package dev.paperdigest.maven;

import static dev.paperdigest.maven.ConvertMojoTest.gnuLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.DigestFormats;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateMojoTest {
  @TempDir Path root;

  @Test
  void validFilesPass() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    project.write("b.md", ProjectFixture.MARKDOWN);
    project.validate().execute();
    assertTrue(project.log.errors.isEmpty());
    assertEquals("Validated 2 digest files: 0 errors, 0 warnings", project.log.summary());
  }

  @Test
  void everyProblemOfEveryFileIsLoggedAsPathLineColumnMessage() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    Path missingTags = project.write("b.txt", ProjectFixture.MISSING_TAGS);
    // A name pasted from a Latin-1 page: its ü is the byte 0xFC, the rest of the file is UTF-8.
    String[] aroundUmlaut = ProjectFixture.TEXT.replace("Niki Parmar", "Jonas Müller").split("ü");
    ByteArrayOutputStream latin1Name = new ByteArrayOutputStream();
    latin1Name.writeBytes(aroundUmlaut[0].getBytes(StandardCharsets.UTF_8));
    latin1Name.write(0xFC);
    latin1Name.writeBytes(aroundUmlaut[1].getBytes(StandardCharsets.UTF_8));
    Path latin1 = project.write("c.txt", latin1Name.toByteArray());
    Path empty = project.write("d.txt", "");

    MojoFailureException e = assertThrows(MojoFailureException.class, project.validate()::execute);

    DigestFormats formats = DigestFormats.load();
    List<String> expected = new ArrayList<>();
    for (Path file : List.of(missingTags, latin1)) {
      expected.addAll(gnuLines(formats.require("text").reader().check(file)));
    }
    assertEquals(expected, project.log.errors);
    assertTrue(
        project.log.errors.get(0).startsWith(missingTags + ":5:1: "), project.log.errors.get(0));
    assertTrue(project.log.errors.get(1).startsWith(latin1 + ":3:39: "), project.log.errors.get(1));
    assertEquals(
        List.of(empty + ":1:1: the input holds no digest; is it empty, or the wrong file?"),
        project.log.warnings);
    assertEquals(
        project.log.errors.size()
            + " errors in 2 digest files, each listed above as"
            + " path:line:column.",
        e.getMessage());
  }
}
