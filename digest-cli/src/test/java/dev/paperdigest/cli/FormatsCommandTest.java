package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestRun.digest;
import static dev.paperdigest.cli.DigestRun.digestWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormats;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsCommandTest {

  @Test
  void listsTheFormatsOfEveryModuleOnTheClassPath() {
    DigestRun run = digest("formats");

    assertEquals(0, run.status(), run.stderr());
    List<String> names = run.out().lines().map(line -> line.split(" +")[0]).toList();
    assertEquals(List.of("json", "jsonl", "markdown", "text"), names);
    assertTrue(
        run.out().lines().anyMatch(line -> line.matches("markdown +\\.md \\.markdown")), run.out());
  }

  @Test
  void listsEveryFormatByNameWithItsExtensions() {
    DigestFormat text = DigestFormats.load().byName("text").orElseThrow();

    DigestRun run =
        digestWith(
            () -> DigestFormats.of(text, TestFormats.oneDigestOnly(text)), new byte[0], "formats");

    assertEquals(0, run.status(), run.stderr());
    assertEquals("one     .one\ntext    .txt\n", run.out().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void theExampleInTheHelpIsWhatTheCommandPrints() {
    String help = digest("formats", "--help").out();
    String listed = digest("formats").out();

    String example =
        help.substring(help.indexOf("  $ digest formats\n") + "  $ digest formats\n".length());
    assertEquals(listed.indent(2), example);
  }
}
