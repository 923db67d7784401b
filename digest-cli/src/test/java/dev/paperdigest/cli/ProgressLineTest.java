package dev.paperdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
  private final StringWriter err = new StringWriter();
  private final AtomicLong now = new AtomicLong();

  private ProgressLine progress(boolean enabled) {
    return new ProgressLine(new PrintWriter(err), enabled, now::get);
  }

  @Test
  void aShortRunShowsNothing() {
    ProgressLine line = progress(true);
    now.set(999_000_000L);
    line.show(1, 2, "a.txt");
    line.clear();
    assertEquals("", err.toString());
  }

  @Test
  void aLongRunRewritesOneLineAndClearsItAtTheEnd() {
    ProgressLine line = progress(true);
    now.set(1_500_000_000L);
    line.show(1, 3, "a.txt");
    line.clear();
    line.show(2, 3, "b.txt");
    line.clear();
    line.clear();
    assertEquals("\r\033[K[1/3] a.txt\r\033[K\r\033[K[2/3] b.txt\r\033[K", err.toString());
  }

  @Test
  void withoutATerminalNothingIsShownHoweverLongTheRun() {
    ProgressLine line = progress(false);
    now.set(60_000_000_000L);
    line.show(1, 1, "a.txt");
    line.clear();
    assertEquals("", err.toString());
  }
}
