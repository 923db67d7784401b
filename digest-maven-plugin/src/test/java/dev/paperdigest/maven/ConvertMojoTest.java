package dev.paperdigest.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormats;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.codehaus.plexus.build.DefaultBuildContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertMojoTest {
  private static final DigestFormats FORMATS = DigestFormats.load();

  @TempDir Path root;

  @Test
  void eachFileIsConvertedToItsPathWithTheExtensionOfTheFormat() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    Path text = project.write("2024/2024-10-11.txt", ProjectFixture.TEXT);
    Path markdown = project.write("notes/2024-10-12.md", ProjectFixture.MARKDOWN);
    project.convert("json").execute();

    DigestFormat json = FORMATS.require("json");
    assertEquals(read(text), json.reader().readAll(project.output("2024/2024-10-11.json")));
    assertEquals(read(markdown), json.reader().readAll(project.output("notes/2024-10-12.json")));
    assertEquals(
        "Converted 2 digest files to json (0 up to date, 0 stale outputs removed)",
        project.log.summary());
  }

  @Test
  void theOutputDirectoryBecomesAResourceDirectoryOnce() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    project.convert("json").execute();
    project.convert("json").execute();
    assertEquals(
        List.of(project.output("").toString()),
        project.project.getResources().stream().map(Resource::getDirectory).toList());
  }

  @Test
  void aSecondBuildConvertsNothingAndLeavesTheOutputsAlone() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    project.write("b.md", ProjectFixture.MARKDOWN);
    project.convert("json").execute();
    FileTime written = Files.getLastModifiedTime(project.output("a.json"));

    project.convert("json").execute();
    assertEquals(
        "Converted 0 digest files to json (2 up to date, 0 stale outputs removed)",
        project.log.summary());
    assertEquals(written, Files.getLastModifiedTime(project.output("a.json")));
  }

  @Test
  void anInputChangedSinceItsOutputIsConvertedAgainAlone() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    Path markdown = project.write("b.md", ProjectFixture.MARKDOWN);
    project.convert("json").execute();
    Files.writeString(markdown, ProjectFixture.MARKDOWN.replace("2024-10-12", "2024-10-14"));
    Files.setLastModifiedTime(markdown, FileTime.from(Instant.now().plusSeconds(10)));

    project.convert("json").execute();
    assertEquals(
        "Converted 1 digest file to json (1 up to date, 0 stale outputs removed)",
        project.log.summary());
    assertEquals(
        read(markdown), FORMATS.require("json").reader().readAll(project.output("b.json")));
  }

  @Test
  void theOutputOfADeletedInputIsRemovedWithItsEmptyDirectory() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    Path deleted = project.write("2024/10/b.md", ProjectFixture.MARKDOWN);
    project.convert("json").execute();
    assertTrue(Files.exists(project.output("2024/10/b.json")));

    Files.delete(deleted);
    project.convert("json").execute();
    assertEquals(
        "Converted 0 digest files to json (1 up to date, 1 stale output removed)",
        project.log.summary());
    assertFalse(Files.exists(project.output("2024")));
    assertTrue(Files.exists(project.output("a.json")));
  }

  @Test
  void outputsAreRemovedOnlyFromTheDirectoryTheyWereWrittenTo() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    Path deleted = project.write("b.md", ProjectFixture.MARKDOWN);
    project.convert("json").execute();
    Files.delete(deleted);
    Path elsewhere = Files.createDirectories(root.resolve("site"));
    Path someoneElses = Files.writeString(elsewhere.resolve("b.json"), "{}");

    ConvertMojo convert = project.convert("json");
    convert.outputDirectory = elsewhere.toFile();
    convert.execute();
    assertEquals("{}", Files.readString(someoneElses));
    assertTrue(Files.exists(elsewhere.resolve("a.json")));
  }

  @Test
  void changingTheFormatConvertsEverythingAndRemovesTheOldOutputs() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    Path text = project.write("a.txt", ProjectFixture.TEXT);
    project.convert("json").execute();
    project.convert("markdown").execute();
    assertFalse(Files.exists(project.output("a.json")));
    assertEquals(
        List.of(read(text).get(0)),
        FORMATS.require("markdown").reader().readAll(project.output("a.md")));
  }

  @Test
  void aBrokenInputIsReportedAtItsLineAndColumnAndItsOutputKept() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    Path input = project.write("a.txt", ProjectFixture.TEXT);
    project.convert("json").execute();
    byte[] previous = Files.readAllBytes(project.output("a.json"));

    Files.writeString(input, ProjectFixture.MISSING_TAGS);
    Files.setLastModifiedTime(input, FileTime.from(Instant.now().plusSeconds(10)));
    MojoFailureException e =
        assertThrows(MojoFailureException.class, project.convert("json")::execute);

    assertEquals(gnuLines(FORMATS.require("text").reader().check(input)), project.log.errors);
    assertTrue(project.log.errors.get(0).startsWith(input + ":5:1: "), project.log.errors.get(0));
    assertEquals(
        "1 error in the digest files, each listed above as path:line:column; the outputs of the"
            + " files concerned were left as they were.",
        e.getMessage());
    assertArrayEquals(previous, Files.readAllBytes(project.output("a.json")));
    try (var left = Files.list(project.output(""))) {
      assertEquals(List.of("a.json"), left.map(p -> p.getFileName().toString()).toList());
    }
    // The failed build is not mistaken for an up-to-date one.
    assertThrows(MojoFailureException.class, project.convert("json")::execute);
  }

  @Test
  void aDigestTheTargetFormatCannotHoldIsReportedWhereItWasRead() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    Path input =
        project.write(
            "a.md", ProjectFixture.MARKDOWN.replace("We study", "언어 모델의 scaling law: we study"));
    MojoFailureException e =
        assertThrows(MojoFailureException.class, project.convert("text")::execute);
    assertEquals(1, project.log.errors.size());
    assertTrue(
        project.log.errors.get(0).matches("\\Q" + input + "\\E:\\d+:\\d+: the text format .*"),
        project.log.errors.get(0));
    assertTrue(e.getMessage().startsWith("1 error"), e.getMessage());
    assertFalse(Files.exists(project.output("a.txt")));
  }

  @Test
  void anArchiveThatCannotBeWrittenIsNotWrittenAndSaysSo() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    project.write("b.txt", ProjectFixture.MISSING_TAGS);
    ConvertMojo convert = project.convert("json");
    convert.archive = "digests.json";
    assertThrows(MojoFailureException.class, convert::execute);
    assertEquals("Not written: digests.json, json from 2 digest files", project.log.summary());
    assertFalse(Files.exists(project.output("digests.json")));
  }

  @Test
  void anArchiveHoldsEveryDigestInTheOrderOfThePaths() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    Path second = project.write("2024/10/12.md", ProjectFixture.MARKDOWN);
    Path first = project.write("2024/10/11.txt", ProjectFixture.TEXT);
    ConvertMojo convert = project.convert("jsonl");
    convert.archive = "static/digests.jsonl";
    convert.execute();

    List<Digest> expected = new ArrayList<>(read(first));
    expected.addAll(read(second));
    Path archive = project.output("static/digests.jsonl");
    assertEquals(expected, FORMATS.require("jsonl").reader().readAll(archive));
    assertEquals(
        "Wrote static" + File.separator + "digests.jsonl, jsonl from 2 digest files",
        project.log.summary());
  }

  @Test
  void anArchiveIsRewrittenWhenAnInputIsAddedOrDeleted() throws Exception {
    ProjectFixture project = new ProjectFixture(root);
    project.write("a.txt", ProjectFixture.TEXT);
    ConvertMojo convert = project.convert("jsonl");
    convert.archive = "digests.jsonl";
    convert.execute();
    convert.execute();
    assertEquals("Up to date: digests.jsonl, jsonl from 1 digest file", project.log.summary());

    Path added = project.write("b.md", ProjectFixture.MARKDOWN);
    Files.setLastModifiedTime(added, FileTime.from(Instant.EPOCH));
    convert.execute();
    assertEquals(
        2, FORMATS.require("jsonl").reader().readAll(project.output("digests.jsonl")).size());

    Files.delete(added);
    convert.execute();
    assertEquals(
        1, FORMATS.require("jsonl").reader().readAll(project.output("digests.jsonl")).size());
  }

  @Test
  void insideEclipseProblemsBecomeMarkersOnTheFiles() throws Exception {
    List<String> markers = new ArrayList<>();
    ProjectFixture project = new ProjectFixture(root);
    project.buildContext =
        new DefaultBuildContext(new org.sonatype.plexus.build.incremental.DefaultBuildContext()) {
          @Override
          public void addMessage(
              File file, int line, int column, String message, int severity, Throwable cause) {
            markers.add(file + ":" + line + ":" + column + ": " + message);
          }
        };
    Path input = project.write("a.txt", ProjectFixture.MISSING_TAGS);
    ConvertMojo convert = project.convert("json");
    MavenExecutionRequest request = new DefaultMavenExecutionRequest();
    Properties userProperties = new Properties();
    userProperties.setProperty("m2e.version", "2.7.0");
    request.setUserProperties(userProperties);
    convert.session = new MavenSession(null, null, request, new DefaultMavenExecutionResult());

    assertThrows(MojoFailureException.class, convert::execute);
    assertEquals(project.log.errors, markers);
    assertTrue(markers.get(0).startsWith(input + ":"));
  }

  private static List<Digest> read(Path file) throws Exception {
    return FORMATS.byPath(file).orElseThrow().reader().readAll(file);
  }

  /** What the plugin logs for each diagnostic: Maven adds the severity. */
  static List<String> gnuLines(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.source() + ":" + d.line() + ":" + d.column() + ": " + d.message())
        .toList();
  }
}
