package dev.paperdigest.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Memory in proportion to one digest, not to the archive, measured where it cannot flake: in a
 * process of its own whose heap is far smaller than the input. Reading a whole archive as one
 * document needed about 32 bytes per byte of Markdown, so none of these inputs would fit.
 */
class MarkdownMemoryTest {
  private static final Path SAMPLE = Path.of("../examples/2024-10-10.txt");

  private record Run(int status, String output) {}

  private static Run run(String heap, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(heap);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(GeneratedMarkdown.class.getName());
    command.add(SAMPLE.toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the reading process finishes");
    return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8).strip());
  }

  @Test
  void streamsAnArchiveOfFiftyMegabytesThroughAHeapOfSixteen() throws Exception {
    // 3,000 digests of about 17 KB each.
    Run run = run("-Xmx16m", "archive", "3000");
    assertEquals(new Run(0, "3000"), run);
  }

  @Test
  void failsWithOutOfMemoryErrorOnOneDigestLargerThanTheHeap() throws Exception {
    // One digest of 16,000 papers, about 30 MB: it must be held whole, and does not fit. The
    // reader must fail as the JVM does when memory runs out, not in some other way.
    Run run = run("-Xmx16m", "digest", "2000");
    assertEquals(new Run(3, "java.lang.OutOfMemoryError"), run);
  }

  @Tag("slow")
  @Test
  void convertsAnArchiveOfThreeHundredMegabytesUnderSixtyFour() throws Exception {
    // 18,000 digests of about 17 KB each, read as Markdown and written as text.
    Run run = run("-Xmx64m", "archive", "18000", "convert");
    assertEquals(new Run(0, "18000"), run);
  }
}
