package dev.paperdigest.cli;

import static dev.paperdigest.cli.DigestRun.digest;
import static dev.paperdigest.cli.DigestRun.digestWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormats;
import org.junit.jupiter.api.Test;

class FormatsCommandTest {

  @Test
  void listsTheTextFormatFoundOnTheClassPath() {
    DigestRun run = digest("formats");

    assertEquals(0, run.status(), run.stderr());
    assertEquals("text    .txt\n", run.out().replace(System.lineSeparator(), "\n"));
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
}
