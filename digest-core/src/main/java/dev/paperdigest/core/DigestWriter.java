package dev.paperdigest.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * Writes digests in one format as UTF-8. A writer holds no state between calls: get it once from
 * its {@link DigestFormat} and reuse it, from any thread.
 *
 * <pre>{@code
 * DigestWriter writer = DigestFormats.load().byName("text").orElseThrow().writer();
 * writer.write(digest, System.out);
 * String archive = writer.writeAllAsString(List.of(monday, tuesday));
 * }</pre>
 *
 * <p>An archive of one digest is written exactly as that digest alone, so {@code write(d, out)} and
 * {@code writeAll(List.of(d), out)} produce the same bytes in every format. Writers flush {@code
 * out} but never close it.
 *
 * <p>Formats implement {@link #writeAll(Iterator, OutputStream)}; the other methods are built on
 * it.
 */
public interface DigestWriter {

  /**
   * Writes each digest as the iterator yields it, so that an archive streams from reader to writer
   * in constant memory.
   *
   * @param digests the digests, in the order to write them
   * @param out where the bytes go; left open
   * @throws IOException if {@code out} cannot be written
   * @throws UnwritableDigestException if the format cannot express a digest; the digests before it
   *     have been written, nothing of it has
   */
  void writeAll(Iterator<? extends Digest> digests, OutputStream out) throws IOException;

  /**
   * Writes every digest of {@code digests}.
   *
   * @param digests the digests, in the order to write them
   * @param out where the bytes go; left open
   * @throws IOException if {@code out} cannot be written
   * @throws UnwritableDigestException if the format cannot express a digest
   */
  default void writeAll(Iterable<? extends Digest> digests, OutputStream out) throws IOException {
    writeAll(digests.iterator(), out);
  }

  /**
   * Writes one digest.
   *
   * @param digest the digest
   * @param out where the bytes go; left open
   * @throws IOException if {@code out} cannot be written
   * @throws UnwritableDigestException if the format cannot express the digest
   */
  default void write(Digest digest, OutputStream out) throws IOException {
    writeAll(List.of(digest).iterator(), out);
  }

  /**
   * Writes one digest to a string.
   *
   * @param digest the digest
   * @return the digest as the format writes it
   * @throws UnwritableDigestException if the format cannot express the digest
   */
  default String writeAsString(Digest digest) {
    return writeAllAsString(List.of(digest));
  }

  /**
   * Writes an archive to a string.
   *
   * @param digests the digests, in order
   * @return the archive as the format writes it
   * @throws UnwritableDigestException if the format cannot express a digest
   */
  default String writeAllAsString(Iterable<? extends Digest> digests) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeAll(digests, out);
    } catch (IOException e) {
      throw new AssertionError("writing to memory cannot fail", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
