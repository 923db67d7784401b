package dev.paperdigest.benchmarks;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the benchmarks read and write, in memory: the generated text archive of a size, the same
 * digests as the model, and the same digests written by a format. Every benchmark of a run and its
 * peer start from the same digests, so their figures compare.
 */
final class Corpus {
  static final String TEXT = "text";
  static final String JSON = "json";
  static final String MARKDOWN = "markdown";

  /** The formats measured, in the order the tables show them. */
  static final List<String> FORMATS = List.of(TEXT, JSON, MARKDOWN);

  private Corpus() {}

  /** Megabytes as the benchmarks count them: 1 MB = 1,000,000 bytes. */
  static long bytesOfMegabytes(double megabytes) {
    return Math.round(megabytes * 1_000_000);
  }

  static byte[] text(double megabytes) {
    return CorpusGenerator.fromSample().text(bytesOfMegabytes(megabytes));
  }

  static List<Digest> digests(double megabytes) {
    return CorpusGenerator.fromSample().digests(bytesOfMegabytes(megabytes));
  }

  /** The corpus's digests written by the named format: its archive form, as a user gets it. */
  static byte[] written(String formatName, List<Digest> digests) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      format(formatName).writer().writeAll(digests, out);
    } catch (IOException e) {
      throw new AssertionError("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /** Each digest written by the named format as a document of its own. */
  static List<byte[]> writtenOneByOne(String formatName, List<Digest> digests) {
    return digests.stream().map(digest -> written(formatName, List.of(digest))).toList();
  }

  static DigestFormat format(String name) {
    return DigestFormats.load()
        .byName(name)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no format named \""
                        + name
                        + "\" on the class path; the benchmarks jar bundles text, json and"
                        + " markdown"));
  }

  /**
   * Reads every digest of {@code document} and hands each to {@code sink}: one pass, as a caller
   * streaming an archive does.
   *
   * @return the number of digests read
   */
  static int readAll(DigestReader reader, byte[] document, Consumer<Digest> sink) {
    int count = 0;
    try (DigestIterator digests = reader.open(new ByteArrayInputStream(document), "corpus")) {
      while (digests.hasNext()) {
        sink.accept(digests.next());
        count++;
      }
    }
    return count;
  }
}
