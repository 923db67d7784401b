package dev.paperdigest.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The distribution as a user installs it: each archive unpacked by {@code tar} or {@code unzip},
 * then {@code bin/digest} run in processes of its own, from other directories, through links and
 * with the environment variables it documents.
 */
class DistributionIT {
  private static final String VERSION = System.getProperty("digest.version");
  private static final String ARCHIVES = System.getProperty("digest.archives");
  private static final Path SAMPLE = Path.of(System.getProperty("digest.sample")).toAbsolutePath();
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir static Path unpacked;

  /** Unpacked from the .tar.gz and from the .zip. */
  private static Path tarHome;

  private static Path zipHome;

  @TempDir Path dir;

  private record Result(int status, byte[] stdout, String stderr) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  @BeforeAll
  static void unpack() throws Exception {
    Path tarDir = Files.createDirectory(unpacked.resolve("tar"));
    Path zipDir = Files.createDirectory(unpacked.resolve("zip"));
    for (Result result :
        List.of(
            run(tarDir, Map.of(), "tar", "-xzf", ARCHIVES + ".tar.gz"),
            run(zipDir, Map.of(), "unzip", "-q", ARCHIVES + ".zip"))) {
      assertEquals(0, result.status(), result.stderr());
    }
    tarHome = tarDir.resolve("digest-" + VERSION);
    zipHome = zipDir.resolve("digest-" + VERSION);
  }

  /** Runs {@code command} in {@code workingDir} with {@code environment} added to this one's. */
  private static Result run(Path workingDir, Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    Path stdout = Files.createTempFile(unpacked, "stdout", "");
    Path stderr = Files.createTempFile(unpacked, "stderr", "");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workingDir.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile());
    environment.forEach(
        (name, value) -> {
          if (value == null) {
            builder.environment().remove(name);
          } else {
            builder.environment().put(name, value);
          }
        });
    Process process = builder.start();
    process.getOutputStream().close();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " finishes");
    return new Result(
        process.exitValue(), Files.readAllBytes(stdout), Files.readString(stderr).strip());
  }

  private Result digest(Path launcher, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    return run(dir, environment, command.toArray(String[]::new));
  }

  private static List<String> files(Path home) throws IOException {
    try (Stream<Path> files = Files.walk(home)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> home.relativize(f).toString())
          // Start-up archives, which the runs of other tests may have made.
          .filter(f -> !f.startsWith("lib/jvm-archives/"))
          .sorted()
          .toList();
    }
  }

  @Test
  void bothArchivesHoldLaunchersLibrariesCompletionAndLicence() throws IOException {
    List<String> files = files(tarHome);

    assertEquals(files, files(zipHome));
    for (String expected :
        List.of(
            "bin/digest",
            "bin/digest.cmd",
            "completion/digest_completion",
            "LICENSE",
            "README.md",
            "examples/2024-10-10.txt",
            "lib/digest-cli-" + VERSION + ".jar",
            "lib/digest-antlr-" + VERSION + ".jar")) {
      assertTrue(files.contains(expected), expected + " in " + files);
    }
    assertTrue(Files.isExecutable(tarHome.resolve("bin/digest")));
    assertTrue(Files.isExecutable(zipHome.resolve("bin/digest")));
  }

  @Test
  void convertsTheSampleToJsonAndBackFromAnyDirectory() throws Exception {
    Result json =
        digest(tarHome.resolve("bin/digest"), Map.of(), "convert", SAMPLE.toString(), "-t", "json");
    Path jsonFile = Files.write(dir.resolve("2024-10-10.json"), json.stdout());
    Result text =
        digest(
            zipHome.resolve("bin/digest"), Map.of(), "convert", jsonFile.toString(), "-t", "text");

    assertEquals(0, json.status(), json.stderr());
    assertTrue(json.out().startsWith("{"), json.out());
    assertEquals("", json.stderr());
    assertEquals(0, text.status(), text.stderr());
    assertArrayEquals(canonicalSample(), text.stdout());
  }

  @Test
  void versionNamesTheRelease() throws Exception {
    Result version = digest(zipHome.resolve("bin/digest"), Map.of(), "--version");

    assertEquals(0, version.status(), version.stderr());
    assertEquals("digest " + VERSION, version.out().lines().findFirst().orElseThrow());
  }

  @Test
  void runsThroughAChainOfSymbolicLinks() throws Exception {
    // As installed by `ln -s .../bin/digest /usr/local/bin/digest`, then linked again, relatively.
    // The links live beside the unpacked archives, which outlive every test.
    Path root = unpacked.resolve("root");
    Path bin = Files.createDirectories(root.resolve("usr/local/bin"));
    Files.createSymbolicLink(bin.resolve("digest"), tarHome.resolve("bin/digest"));
    Path relative =
        Files.createSymbolicLink(root.resolve("digest"), Path.of("usr/local/bin/digest"));

    Result formats = digest(relative, Map.of(), "formats");

    assertEquals(0, formats.status(), formats.stderr());
    assertEquals(
        List.of("json", "jsonl", "markdown", "text"),
        formats.out().lines().map(line -> line.split(" +")[0]).toList());
  }

  /** A java that says on standard error where it was found, then runs the real one. */
  private Path announcingJava(Path directory, String name) throws IOException {
    Path java = Files.createDirectories(directory).resolve("java");
    Files.writeString(
        java, "#!/bin/sh\necho 'java from " + name + "' >&2\nexec '" + JAVA + "' \"$@\"\n");
    assertTrue(java.toFile().setExecutable(true));
    return java;
  }

  @Test
  void javaHomeComesBeforeThePath() throws Exception {
    Path javaHome = dir.resolve("jdk");
    announcingJava(javaHome.resolve("bin"), "JAVA_HOME");
    Path onPath = announcingJava(dir.resolve("path"), "PATH").getParent();
    String path = onPath + ":" + System.getenv("PATH");
    Path launcher = tarHome.resolve("bin/digest");

    Result withJavaHome =
        digest(launcher, Map.of("JAVA_HOME", javaHome.toString(), "PATH", path), "--version");
    Map<String, String> noJavaHome = new HashMap<>(Map.of("PATH", path));
    noJavaHome.put("JAVA_HOME", null);
    Result withoutJavaHome = digest(launcher, noJavaHome, "--version");

    assertEquals(0, withJavaHome.status(), withJavaHome.stderr());
    assertEquals("java from JAVA_HOME", withJavaHome.stderr());
    assertEquals(0, withoutJavaHome.status(), withoutJavaHome.stderr());
    assertEquals("java from PATH", withoutJavaHome.stderr());
  }

  @Test
  void aJavaHomeWithoutJavaIsAPlainError() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("not-a-jdk"));

    Result run =
        digest(tarHome.resolve("bin/digest"), Map.of("JAVA_HOME", empty.toString()), "--version");

    assertEquals(1, run.status());
    assertEquals(0, run.stdout().length);
    assertTrue(
        run.stderr().startsWith("digest: JAVA_HOME is " + empty + ", which has no bin/java"),
        run.stderr());
  }

  @Test
  void jvmOptionsApplyAndTheJvmsWarningsStayOffStandardOutput() throws Exception {
    // A class-data-sharing archive made for another class path: the JVM warns that it cannot use
    // it, a warning it writes to standard output unless told otherwise.
    Path archive = dir.resolve("other.jsa");
    Result made =
        run(
            dir,
            Map.of(),
            JAVA.toString(),
            "-XX:ArchiveClassesAtExit=" + archive,
            "-cp",
            zipHome.resolve("lib") + "/*",
            "dev.paperdigest.cli.DigestCommand",
            "--version");
    assertEquals(0, made.status(), made.stderr());

    Result run =
        digest(
            tarHome.resolve("bin/digest"),
            Map.of(
                "DIGEST_JAVA_OPTS", "-XshowSettings:properties -XX:SharedArchiveFile=" + archive),
            "convert",
            SAMPLE.toString(),
            "-t",
            "text");

    assertEquals(0, run.status(), run.stderr());
    assertArrayEquals(canonicalSample(), run.stdout());
    assertTrue(
        run.stderr().contains("Property settings:"), "both options reach the JVM: " + run.stderr());
    assertTrue(run.stderr().contains("[warning][cds"), "the JVM warned: " + run.stderr());
  }

  /**
   * With the JDK running the tests and with JDK 25 (its home given as {@code digest.jdk25}): the
   * first run makes that JDK's start-up archive in lib, the second starts from it, and standard
   * output holds exactly what the command writes without any archive.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"java.home", "digest.jdk25"})
  void eachJdkGetsItsOwnStartUpArchiveAndStandardOutputStaysTheCommands(String property)
      throws Exception {
    Path jdk = Path.of(System.getProperty(property, ""));
    assumeTrue(
        Files.isExecutable(jdk.resolve("bin/java")),
        "no JDK at " + jdk + " (-D" + property + "): nothing to run");
    Path home = unpacked.resolve("home-" + property);
    Files.createDirectories(home);
    assertEquals(0, run(home, Map.of(), "tar", "-xzf", ARCHIVES + ".tar.gz").status());
    home = home.resolve("digest-" + VERSION);
    Result plain =
        run(
            dir,
            Map.of(),
            jdk.resolve("bin/java").toString(),
            "-cp",
            home.resolve("lib") + "/*",
            "dev.paperdigest.cli.DigestCommand",
            "convert",
            SAMPLE.toString(),
            "-t",
            "json");
    Map<String, String> environment = Map.of("JAVA_HOME", jdk.toString());

    Result first =
        digest(home.resolve("bin/digest"), environment, "convert", SAMPLE.toString(), "-t", "json");
    Result second =
        digest(home.resolve("bin/digest"), environment, "convert", SAMPLE.toString(), "-t", "json");

    assertEquals(0, plain.status(), plain.stderr());
    for (Result run : List.of(first, second)) {
      assertEquals(0, run.status(), run.stderr());
      assertArrayEquals(plain.stdout(), run.stdout());
    }
    try (Stream<Path> archives = Files.list(home.resolve("lib/jvm-archives"))) {
      List<String> names =
          archives
              .map(archive -> archive.getFileName().toString())
              .filter(name -> name.endsWith(".jsa") || name.endsWith(".aot"))
              .toList();
      assertEquals(1, names.size(), names.toString());
    }
  }

  @Test
  void completionOffersTheCommandsAndTheirOptions() throws Exception {
    Path script = tarHome.resolve("completion/digest_completion");
    String complete =
        "source \"$1\"; COMP_WORDS=($2); COMP_WORDS+=(\"$3\"); COMP_CWORD=$((${#COMP_WORDS[@]} -"
            + " 1)); COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}; _complete_digest;"
            + " printf '%s\\n"
            + "' \"${COMPREPLY[@]}\"";

    Result commands =
        run(dir, Map.of(), "bash", "-c", complete, "-", script.toString(), "digest", "");
    Result options =
        run(dir, Map.of(), "bash", "-c", complete, "-", script.toString(), "digest convert", "--t");
    Result reports =
        run(
            dir,
            Map.of(),
            "bash",
            "-c",
            complete,
            "-",
            script.toString(),
            "digest lint --format",
            "");

    assertEquals(0, commands.status(), commands.stderr());
    assertTrue(
        commands
            .out()
            .lines()
            .toList()
            .containsAll(List.of("convert", "validate", "fmt", "lint", "formats")),
        commands.out());
    assertEquals(List.of("--to"), options.out().lines().toList());
    assertEquals(List.of("gnu", "json", "sarif"), reports.out().lines().toList());
  }

  /** The sample in canonical form: as it is, with the final line end the writer adds. */
  private static byte[] canonicalSample() throws IOException {
    return (Files.readString(SAMPLE) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
