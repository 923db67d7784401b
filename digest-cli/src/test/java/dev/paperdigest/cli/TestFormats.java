package dev.paperdigest.cli;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.core.UnwritableDigestException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/** Formats that fail in the ways the command must handle and the text format never does. */
final class TestFormats {
  private TestFormats() {}

  static final String ONE_DIGEST_ONLY = "the one format holds a single digest; this is the second";

  static final String READER_BUG = "a bug in the reader";

  /**
   * Format {@code one} ({@code .one}): reads and writes like {@code text}, but refuses to write a
   * second digest, after the first has been written.
   */
  static DigestFormat oneDigestOnly(DigestFormat text) {
    DigestWriter writer =
        (Iterator<? extends Digest> digests, OutputStream out) -> {
          if (digests.hasNext()) {
            text.writer().write(digests.next(), out);
          }
          if (digests.hasNext()) {
            throw new UnwritableDigestException("one", ONE_DIGEST_ONLY);
          }
        };
    return format("one", text.reader(), writer);
  }

  /** Format {@code crash} ({@code .crash}), whose reader fails the way only a bug would. */
  static DigestFormat crashing(DigestFormat text) {
    DigestReader reader =
        (InputStream in, String sourceName) -> {
          throw new IllegalStateException(READER_BUG);
        };
    return format("crash", reader, text.writer());
  }

  private static DigestFormat format(String name, DigestReader reader, DigestWriter writer) {
    return new DigestFormat() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<String> extensions() {
        return List.of("." + name);
      }

      @Override
      public DigestReader reader() {
        return reader;
      }

      @Override
      public DigestWriter writer() {
        return writer;
      }
    };
  }
}
