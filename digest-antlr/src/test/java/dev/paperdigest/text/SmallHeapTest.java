package dev.paperdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading costs memory in proportion to the model, not to the text: a digest of 100,000 tiny papers
 * (1.4 MB) reads and writes back in a JVM of its own with a 64 MB heap, where keeping the tokens
 * and parse tree of the whole digest would not fit.
 */
class SmallHeapTest {
  private static final int PAPERS = 100_000;

  @Test
  void aDigestOfAHundredThousandTinyPapersConvertsIn64Megabytes(@TempDir Path dir)
      throws Exception {
    ByteArrayOutputStream digest = new ByteArrayOutputStream();
    digest.writeBytes("2024년 10월 10일\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < PAPERS; i++) {
      digest.writeBytes(("P" + i + "\n(A)\n#t\n").getBytes(StandardCharsets.UTF_8));
    }
    Path file = dir.resolve("tiny.txt");
    Files.write(file, digest.toByteArray());
    assertEquals(1.4, digest.size() / 1e6, 0.1);

    Process convert =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                Convert.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    convert.waitFor(5, TimeUnit.MINUTES);
    assertEquals(0, convert.exitValue(), output);
    assertEquals(PAPERS + " papers, " + digest.size() + " bytes written back", output.strip());
  }

  /** What the child JVM runs: read the file as text, write it as text, count what was written. */
  static final class Convert {
    private Convert() {}

    public static void main(String[] args) throws IOException {
      long[] written = {0};
      OutputStream counter =
          new OutputStream() {
            @Override
            public void write(int b) {
              written[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
              written[0] += len;
            }
          };
      TextFormat text = new TextFormat();
      int papers = 0;
      try (DigestIterator digests = text.reader().open(Path.of(args[0]))) {
        while (digests.hasNext()) {
          Digest digest = digests.next();
          papers += digest.papers().size();
          text.writer().write(digest, counter);
        }
      }
      System.out.println(papers + " papers, " + written[0] + " bytes written back");
    }
  }
}
