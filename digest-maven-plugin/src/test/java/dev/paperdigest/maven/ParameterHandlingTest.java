package dev.paperdigest.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each goal does with its parameters, and what it says when they are wrong. */
class ParameterHandlingTest {
  @TempDir Path root;

  @Test
  void skipDoesNothingEvenWhenTheRestIsMisconfigured() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    for (AbstractDigestMojo mojo :
        List.of(project.convert("no-such-format"), project.validate(), project.check())) {
      mojo.skip = true;
      mojo.encoding = "ISO-8859-1";
      mojo.execute();
    }
    assertEquals(3, project.log.infos.stream().filter(s -> s.contains("digest.skip")).count());
    assertFalse(Files.exists(project.target));
  }

  @Test
  void aMissingSourceDirectoryFailsNamingTheParameterAndTheDirectory() {
    ProjectFixture project = new ProjectFixture(root);
    for (AbstractDigestMojo mojo :
        List.of(project.convert("json"), project.validate(), project.check())) {
      MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
      assertEquals(
          "sourceDirectory "
              + project.sources
              + " does not exist; create it, or set <sourceDirectory> to the directory that holds"
              + " the digest files.",
          e.getMessage());
    }
  }

  @Test
  void anEncodingOtherThanUtf8FailsSayingDigestsAreUtf8() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    for (String encoding : List.of("ISO-8859-1", "windows-1252", "no-such-charset")) {
      ValidateMojo validate = project.validate();
      validate.encoding = encoding;
      MojoExecutionException e = assertThrows(MojoExecutionException.class, validate::execute);
      assertEquals(
          "encoding is "
              + encoding
              + " (it defaults to project.build.sourceEncoding), but digest files are always"
              + " UTF-8; set <encoding>UTF-8</encoding> in the plugin's configuration.",
          e.getMessage());
    }
  }

  @Test
  void utf8UnderAnyOfItsNamesOrNoEncodingAtAllIsAccepted() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    for (String encoding : new String[] {"UTF-8", "utf8", " utf-8 ", null, ""}) {
      ValidateMojo validate = project.validate();
      validate.encoding = encoding;
      validate.execute();
    }
    assertEquals(5, project.log.infos.size());
  }

  @Test
  void anUnknownOutputFormatFailsNamingTheParameterAndTheFormatsThereAre() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    MojoExecutionException e =
        assertThrows(MojoExecutionException.class, project.convert("yaml")::execute);
    assertEquals(
        "outputFormat `yaml` is not a format on the plugin's class path (formats: json, jsonl,"
            + " markdown, text); add the module that provides it under the plugin's"
            + " <dependencies>.",
        e.getMessage());
  }

  @Test
  void theOutputFormatIsFoundWhateverItsCase() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    project.convert("JSON").execute();
    assertTrue(Files.isRegularFile(project.output("a.json")));
  }

  @Test
  void anArchiveOutsideTheOutputDirectoryFailsNamingTheParameter() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    for (String archive : List.of("../digests.json", " ", ".")) {
      ConvertMojo convert = project.convert("json");
      convert.archive = archive;
      MojoExecutionException e = assertThrows(MojoExecutionException.class, convert::execute);
      assertEquals(
          "archive `"
              + archive
              + "` is not a file name inside outputDirectory; give one such as digests.json.",
          e.getMessage());
    }
  }

  @Test
  void anOutputDirectoryInsideTheSourceDirectoryFails() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    ConvertMojo convert = project.convert("json");
    convert.outputDirectory = project.sources.resolve("json").toFile();
    MojoExecutionException e = assertThrows(MojoExecutionException.class, convert::execute);
    assertTrue(
        e.getMessage()
            .startsWith(
                "outputDirectory "
                    + project.sources.resolve("json")
                    + " is inside sourceDirectory"),
        e.getMessage());
    assertFalse(Files.exists(project.sources.resolve("json")));
  }

  @Test
  void byDefaultEveryFileWithTheExtensionOfAFormatIsRead() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("2024/10/a.txt", ProjectFixture.TEXT);
    project.write("2024/10/b.md", ProjectFixture.MARKDOWN);
    project.write("README", "Daily notes.\n");
    project.write("notes.docx", "not a digest");
    project.convert("json").execute();
    assertTrue(Files.isRegularFile(project.output("2024/10/a.json")));
    assertTrue(Files.isRegularFile(project.output("2024/10/b.json")));
    try (var files = Files.walk(project.output(""))) {
      assertEquals(2, files.filter(Files::isRegularFile).count());
    }
  }

  @Test
  void includesAndExcludesSelectFilesByPattern() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    project.write("drafts/b.txt", ProjectFixture.MISSING_TAGS);
    project.write("c.md", ProjectFixture.MARKDOWN);
    ValidateMojo validate = project.validate();
    validate.includes = List.of("**/*.txt");
    validate.excludes = List.of("drafts/**");
    validate.execute();
    assertEquals("Validated 1 digest file: 0 errors, 0 warnings", project.log.summary());
  }

  @Test
  void aFileThatAnExplicitPatternSelectsMustBeADigestFile() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    Path readme = project.write("README", "Daily notes.\n");
    ValidateMojo validate = project.validate();
    validate.includes = List.of("**/*");
    MojoExecutionException e = assertThrows(MojoExecutionException.class, validate::execute);
    assertEquals(
        readme
            + " matches <includes>, but its extension names no digest format (formats: json,"
            + " jsonl, markdown, text); leave it out with <excludes>.",
        e.getMessage());
  }

  @Test
  void twoInputsThatWouldHaveTheSameOutputFailNamingBoth() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    Path text = project.write("a.txt", ProjectFixture.TEXT);
    Path markdown = project.write("a.md", ProjectFixture.MARKDOWN);
    MojoExecutionException e =
        assertThrows(MojoExecutionException.class, project.convert("json")::execute);
    assertEquals(
        markdown
            + " and "
            + text
            + " would both be converted to "
            + project.output("a.json")
            + "; leave one of them out with <excludes>.",
        e.getMessage());
  }
}
