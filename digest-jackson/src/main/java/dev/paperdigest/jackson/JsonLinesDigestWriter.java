package dev.paperdigest.jackson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.json.internal.DigestTokenWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Writes the {@code jsonl} format: each digest as compact JSON on a line of its own, encoded on the
 * caller's thread or, with more threads, on workers ({@link ParallelDigestEncoder}) into the same
 * bytes.
 */
final class JsonLinesDigestWriter implements DigestWriter {
  /** Each worker's buffer, reused from line to line; it goes with the worker. */
  private static final ThreadLocal<ByteArrayOutputStream> LINE_BUFFERS =
      ThreadLocal.withInitial(() -> new ByteArrayOutputStream(1 << 16));

  private final JsonFactory factory;
  private final int threads;

  /** Why nothing can be written, said by every call; or {@code null}. */
  private final String refusal;

  JsonLinesDigestWriter(JsonFactory factory, int threads, String refusal) {
    this.factory = factory;
    this.threads = threads;
    this.refusal = refusal;
  }

  @Override
  public void writeAll(Iterator<? extends Digest> digests, OutputStream out) throws IOException {
    if (refusal != null) {
      throw new IllegalArgumentException(refusal);
    }
    if (threads > 1) {
      new ParallelDigestEncoder(
              threads,
              "digest-jsonl-writer",
              digest -> DigestTokenWriter.checkWritable(digest, JsonLinesDigestFormat.NAME),
              this::line)
          .writeAll(digests, out);
      return;
    }
    try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
      writeLines(json, digests);
    }
  }

  /** {@code digest}'s line, as {@link #writeAll} writes it with one thread. */
  private byte[] line(Digest digest) throws IOException {
    ByteArrayOutputStream bytes = LINE_BUFFERS.get();
    bytes.reset();
    try (JsonGenerator json = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
      writeLines(json, List.of(digest).iterator());
    }
    return bytes.toByteArray();
  }

  private static void writeLines(JsonGenerator json, Iterator<? extends Digest> digests)
      throws IOException {
    GeneratorTokens tokens = new GeneratorTokens(json);
    while (digests.hasNext()) {
      DigestTokenWriter.writeDigest(tokens, digests.next(), JsonLinesDigestFormat.NAME);
      json.writeRaw('\n');
    }
  }
}
