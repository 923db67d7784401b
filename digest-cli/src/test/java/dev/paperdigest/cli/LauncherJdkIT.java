package dev.paperdigest.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code ./digest} launcher with each JDK it may meet first on the PATH: it makes a start-up
 * archive for that JDK (an AOT cache from 25 on, a class-data-sharing archive before), and standard
 * output holds the command's JSON and nothing of the JVM's, with or without the archive, and with
 * an archive the JVM cannot use. Each test runs in a copy of the checkout's launcher, jar and
 * sample, so that the archives it makes are its own.
 *
 * <p>A JDK is looked for as {@code -Ddigest.jdkNN=HOME}, then as the JDK running the tests, then
 * under {@code /usr/lib/jvm}; a test whose JDK is absent is skipped, saying so.
 */
class LauncherJdkIT {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @TempDir Path checkout;

  @ParameterizedTest(name = "JDK {0}")
  @ValueSource(ints = {17, 25})
  void standardOutputIsTheJsonAloneWithThisJdksArchiveOrOneItRefuses(int feature)
      throws IOException {
    Path jdk = jdk(feature);
    Path launcher = copyCheckout();

    DigestProcess.Result first = convert(launcher, jdk);
    DigestProcess.Result second = convert(launcher, jdk);

    assertEquals(0, first.status(), first.stderr());
    assertEquals(0, second.status(), second.stderr());
    JsonNode digest = JSON.readTree(first.stdout());
    assertEquals("2024-10-10", digest.get("date").asText());
    assertArrayEquals(first.stdout(), second.stdout());
    List<Path> archives = archives();
    assertEquals(1, archives.size(), archives.toString());
    String name = archives.get(0).getFileName().toString();
    assertTrue(name.endsWith(feature >= 25 ? ".aot" : ".jsa"), name);
    assertTrue(
        Files.readString(Path.of(archives.get(0) + ".log"))
            .startsWith("made by " + jdk.toRealPath()),
        "the archive records the JDK that made it");

    // Overwritten as a damaged archive, or another JDK's, would be: the JVM can only warn.
    Files.writeString(archives.get(0), "not an archive of this JDK");
    DigestProcess.Result refused = convert(launcher, jdk);

    assertEquals(0, refused.status(), refused.stderr());
    assertArrayEquals(first.stdout(), refused.stdout());
  }

  @ParameterizedTest(name = "JDK {0}")
  @ValueSource(ints = {17, 25})
  void aCheckoutThatCannotHoldAnArchiveRunsWithout(int feature) throws IOException {
    Path jdk = jdk(feature);
    Path launcher = copyCheckout();
    Files.writeString(checkout.resolve("digest-cli/target/jvm-archives"), "a file, not a folder");

    DigestProcess.Result run = convert(launcher, jdk);

    assertEquals(0, run.status(), run.stderr());
    assertEquals("", run.stderr());
    assertEquals("2024-10-10", JSON.readTree(run.stdout()).get("date").asText());
  }

  private DigestProcess.Result convert(Path launcher, Path jdk) {
    return DigestProcess.bash(
        "exec \"$1\" convert \"$2\" -t json",
        Map.of("PATH", jdk.resolve("bin") + ":" + System.getenv("PATH")),
        launcher.toString(),
        checkout.resolve("examples/2024-10-10.txt").toString());
  }

  /** The launcher, the jar and the sample, where the checkout keeps them. */
  private Path copyCheckout() throws IOException {
    Path launcher =
        Files.copy(
            DigestProcess.LAUNCHER, checkout.resolve("digest"), StandardCopyOption.COPY_ATTRIBUTES);
    Path target = Files.createDirectories(checkout.resolve("digest-cli/target"));
    Files.copy(DigestProcess.JAR, target.resolve("digest.jar"));
    Path examples = Files.createDirectories(checkout.resolve("examples"));
    Files.copy(
        DigestProcess.LAUNCHER.resolveSibling("examples/2024-10-10.txt"),
        examples.resolve("2024-10-10.txt"));
    return launcher;
  }

  private List<Path> archives() throws IOException {
    try (Stream<Path> files = Files.list(checkout.resolve("digest-cli/target/jvm-archives"))) {
      return files
          .filter(file -> file.toString().endsWith(".aot") || file.toString().endsWith(".jsa"))
          .toList();
    }
  }

  /** The home of a JDK of the {@code feature} release, or the test is skipped. */
  static Path jdk(int feature) throws IOException {
    Optional<Path> home = findJdk(feature);
    assumeTrue(
        home.isPresent(),
        "no JDK "
            + feature
            + " found: none under /usr/lib/jvm, and -Ddigest.jdk"
            + feature
            + " is not set");
    return home.get();
  }

  private static Optional<Path> findJdk(int feature) throws IOException {
    String given = System.getProperty("digest.jdk" + feature);
    if (given != null) {
      return Optional.of(Path.of(given));
    }
    if (Runtime.version().feature() == feature) {
      return Optional.of(Path.of(System.getProperty("java.home")));
    }
    Path installed = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(installed)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(installed)) {
      return homes
          .filter(home -> Files.isExecutable(home.resolve("bin/java")))
          .filter(home -> release(home).contains("JAVA_VERSION=\"" + feature + "."))
          .sorted()
          .findFirst();
    }
  }

  private static String release(Path home) {
    try {
      return Files.readString(home.resolve("release"));
    } catch (IOException e) {
      return "";
    }
  }
}
