package dev.paperdigest.markdown;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Reads generated Markdown in a process of its own, so that a test can give it a small heap: either
 * an archive of the sample digest repeated, or one digest of the sample's papers repeated. The
 * input is generated as it is read, never held whole. Prints the number of digests read (and
 * converted to the text format, when asked), or the class of what was thrown.
 *
 * <pre>
 * java -Xmx16m ... GeneratedMarkdown SAMPLE.txt archive|digest COUNT [convert]
 * </pre>
 */
final class GeneratedMarkdown {
  private GeneratedMarkdown() {}

  public static void main(String[] args) throws IOException {
    DigestFormats formats = DigestFormats.load();
    Digest sample = formats.byName("text").orElseThrow().reader().read(Path.of(args[0]));
    byte[] page =
        formats
            .byName("markdown")
            .orElseThrow()
            .writer()
            .writeAsString(sample)
            .getBytes(StandardCharsets.UTF_8);
    long count = Long.parseLong(args[2]);
    InputStream in =
        args[1].equals("archive")
            // Digests of an archive are separated by a blank line.
            ? new Repeated(new byte[0], withBlankLine(page), count)
            : new Repeated(headingOf(page), papersOf(page), count);
    boolean convert = args.length > 3 && args[3].equals("convert");
    try (DigestIterator digests =
        formats.byName("markdown").orElseThrow().reader().open(in, "generated.md")) {
      long read;
      if (convert) {
        Counting counting = new Counting(digests);
        DigestWriter text = formats.byName("text").orElseThrow().writer();
        text.writeAll(counting, OutputStream.nullOutputStream());
        read = counting.count;
      } else {
        read = 0;
        while (digests.hasNext()) {
          digests.next();
          read++;
        }
      }
      System.out.println(read);
    } catch (Throwable e) {
      System.out.println(e.getClass().getName());
      System.exit(3);
    }
  }

  private static byte[] withBlankLine(byte[] page) {
    byte[] withBlank = new byte[page.length + 1];
    System.arraycopy(page, 0, withBlank, 0, page.length);
    withBlank[page.length] = '\n';
    return withBlank;
  }

  private static byte[] headingOf(byte[] page) {
    String text = new String(page, StandardCharsets.UTF_8);
    return text.substring(0, text.indexOf("\n## ") + 1).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] papersOf(byte[] page) {
    String text = new String(page, StandardCharsets.UTF_8);
    return (text.substring(text.indexOf("\n## ") + 1) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** {@code head}, then {@code body} {@code times} over. */
  private static final class Repeated extends InputStream {
    private final byte[] head;
    private final byte[] body;
    private long left;
    private byte[] current;
    private int at;

    Repeated(byte[] head, byte[] body, long times) {
      this.head = head;
      this.body = body;
      this.left = times;
      this.current = head;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      while (at == current.length) {
        if (left == 0) {
          return -1;
        }
        left--;
        current = body;
        at = 0;
      }
      int n = Math.min(length, current.length - at);
      System.arraycopy(current, at, buffer, offset, n);
      at += n;
      return n;
    }
  }

  /** Counts the digests a writer takes. */
  private static final class Counting implements Iterator<Digest> {
    private final Iterator<Digest> digests;
    long count;

    Counting(Iterator<Digest> digests) {
      this.digests = digests;
    }

    @Override
    public boolean hasNext() {
      return digests.hasNext();
    }

    @Override
    public Digest next() {
      count++;
      return digests.next();
    }
  }
}
