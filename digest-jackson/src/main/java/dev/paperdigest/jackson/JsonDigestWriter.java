package dev.paperdigest.jackson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.json.internal.DigestTokenWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/**
 * Writes the {@code json} format: one digest as an object, any other number as an array, indented
 * by two spaces the way {@code JSON.stringify(value, null, 2)} and Python's {@code
 * json.dumps(value, indent=2)} do, ending with a newline.
 */
final class JsonDigestWriter implements DigestWriter {
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(INDENTER)
          .withArrayIndenter(INDENTER);

  private final JsonFactory factory;

  JsonDigestWriter(JsonFactory factory) {
    this.factory = factory;
  }

  @Override
  public void writeAll(Iterator<? extends Digest> digests, OutputStream out) throws IOException {
    try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(PRETTY.createInstance());
      GeneratorTokens tokens = new GeneratorTokens(json);
      Digest first = digests.hasNext() ? digests.next() : null;
      if (first != null && !digests.hasNext()) {
        DigestTokenWriter.writeDigest(tokens, first, JsonDigestFormat.NAME);
      } else {
        json.writeStartArray();
        if (first != null) {
          DigestTokenWriter.writeDigest(tokens, first, JsonDigestFormat.NAME);
        }
        while (digests.hasNext()) {
          DigestTokenWriter.writeDigest(tokens, digests.next(), JsonDigestFormat.NAME);
        }
        json.writeEndArray();
      }
      json.writeRaw('\n');
    }
  }
}
