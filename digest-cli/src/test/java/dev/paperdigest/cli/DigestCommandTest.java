package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestRun.digest;
import static dev.paperdigest.cli.DigestRun.digestWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormats;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What all commands share: help, version, usage errors, unexpected errors, lazy formats. */
class DigestCommandTest {
  @TempDir Path dir;

  @Test
  void helpDescribesCommandsExitStatusesAndExamples() {
    DigestRun run = digest("--help");

    assertEquals(0, run.status());
    String help = run.out();
    assertTrue(help.startsWith("Usage: digest "), help);
    for (String expected :
        new String[] {
          "convert", "validate", "fmt", "lint", "formats", "--debug", "Exit status:", "Examples:"
        }) {
      assertTrue(help.contains(expected), expected + " in " + help);
    }
    assertEquals("", run.stderr());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"convert", "validate", "fmt", "lint", "formats"}) {
      DigestRun run = digest(command, "--help");
      DigestRun viaHelp = digest("help", command);

      assertEquals(0, run.status(), command);
      assertTrue(run.out().contains("Usage: digest " + command + " "), run.out());
      assertTrue(run.out().contains("Exit status:"), run.out());
      assertEquals(run.out(), viaHelp.out());
    }
  }

  @Test
  void versionIsTheProjectVersion() {
    DigestRun run = digest("--version");

    assertEquals(0, run.status());
    assertEquals(
        "digest " + System.getProperty("digest.version"), run.out().lines().findFirst().get());
  }

  @Test
  void noArgumentsPrintsTheUsageAsAUsageError() {
    DigestRun run = digest();

    assertEquals(2, run.status());
    assertTrue(run.stderr().startsWith("Usage: digest "), run.stderr());
    assertEquals(0, run.stdout().length);
  }

  @Test
  void unknownOptionsAndCommandsAreUsageErrorsWithSuggestions() {
    DigestRun option = digest("convert", "--frm", "text");
    DigestRun command = digest("conver");

    assertEquals(2, option.status());
    assertTrue(option.stderr().startsWith("digest: Unknown option: '--frm'"), option.stderr());
    assertTrue(option.stderr().contains("Possible solutions: --from"), option.stderr());
    assertTrue(option.stderr().contains("Try 'digest convert --help'"), option.stderr());
    assertFalse(option.showsStackTrace(), option.stderr());
    assertEquals(2, command.status());
    assertTrue(command.stderr().contains("convert"), command.stderr());
    assertFalse(command.showsStackTrace(), command.stderr());
  }

  @Test
  void formatsAreLoadedOnlyWhenACommandNeedsThem() {
    AtomicInteger loads = new AtomicInteger();
    DigestRun help =
        digestWith(
            () -> {
              loads.incrementAndGet();
              return DigestFormats.load();
            },
            new byte[0],
            "convert",
            "--help");

    assertEquals(0, help.status());
    assertEquals(0, loads.get());
  }

  @Test
  void anUnexpectedErrorIsOneLineUnlessDebugging() {
    DigestFormat text = DigestFormats.load().byName("text").orElseThrow();
    Path input = Documents.write(dir.resolve("in.crash"), "");

    DigestRun plain =
        digestWith(
            () -> DigestFormats.of(text, TestFormats.crashing(text)),
            new byte[0],
            "validate",
            input.toString());
    DigestRun debug =
        digestWith(
            () -> DigestFormats.of(text, TestFormats.crashing(text)),
            new byte[0],
            "validate",
            "--debug",
            input.toString());

    assertEquals(1, plain.status());
    assertTrue(plain.stderr().startsWith("digest: unexpected error: "), plain.stderr());
    assertTrue(plain.stderr().contains(TestFormats.READER_BUG), plain.stderr());
    assertTrue(plain.stderr().contains("--debug"), plain.stderr());
    assertFalse(plain.stderr().contains("\tat "), plain.stderr());
    assertEquals(1, debug.status());
    assertTrue(debug.stderr().contains("\tat dev.paperdigest.cli."), debug.stderr());
  }
}
