package dev.paperdigest.jackson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.json.internal.DigestTokenWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/** Writes the {@code jsonl} format: each digest as compact JSON on a line of its own. */
final class JsonLinesDigestWriter implements DigestWriter {
  private final JsonFactory factory;

  JsonLinesDigestWriter(JsonFactory factory) {
    this.factory = factory;
  }

  @Override
  public void writeAll(Iterator<? extends Digest> digests, OutputStream out) throws IOException {
    try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
      GeneratorTokens tokens = new GeneratorTokens(json);
      while (digests.hasNext()) {
        DigestTokenWriter.writeDigest(tokens, digests.next(), JsonLinesDigestFormat.NAME);
        json.writeRaw('\n');
      }
    }
  }
}
