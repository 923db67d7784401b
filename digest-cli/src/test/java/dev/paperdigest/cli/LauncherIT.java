package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestProcess.bash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./digest} launcher: what only the shell can see before Java starts. The jar is fresh
 * when failsafe runs, so the launcher runs it without building.
 */
class LauncherIT {
  @TempDir Path dir;

  @Test
  void theLauncherTellsTheCommandThatStandardInputIsClosed() {
    DigestProcess.Result run = bash("exec \"$LAUNCHER\" convert -f text -t json <&-", Map.of());

    assertEquals(2, run.status(), run.stderr());
    assertTrue(run.stderr().startsWith("digest: standard input is closed"), run.stderr());
    assertEquals(0, run.stdout().length);
  }

  @Test
  void aCheckoutInAKoreanDirectoryRunsUnderTheCLocale() throws IOException {
    // Under LC_ALL=C the JVM decodes its own jar's path to question marks and cannot open it; the
    // launcher runs Java in a UTF-8 locale instead.
    Path checkout = dir.resolve("논문 요약");
    Path launcher =
        Files.copy(
            DigestProcess.LAUNCHER,
            Files.createDirectories(checkout).resolve("digest"),
            StandardCopyOption.COPY_ATTRIBUTES);
    Path target = Files.createDirectories(checkout.resolve("digest-cli/target"));
    Files.copy(DigestProcess.JAR, target.resolve("digest.jar"));
    Path input = Documents.write(checkout.resolve("2024-10-12.txt"), Documents.SMALL);

    DigestProcess.Result run =
        bash(
            "cd \"$(dirname \"$1\")\" && exec \"$1\" convert -t json -o new/out/ \"$2\"",
            Map.of("LC_ALL", "C"),
            launcher.toString(),
            input.getFileName().toString());

    assertEquals(0, run.status(), run.stderr());
    assertTrue(Files.exists(checkout.resolve("new/out/2024-10-12.json")));
  }
}
