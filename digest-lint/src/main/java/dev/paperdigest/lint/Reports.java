package dev.paperdigest.lint;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;

/** What the JSON and SARIF reports share: how they write JSON. */
final class Reports {
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private Reports() {}

  /** An indented UTF-8 generator on {@code out}, which it never closes. */
  static JsonGenerator generator(OutputStream out) throws IOException {
    return JSON.createGenerator(out, JsonEncoding.UTF8)
        .setPrettyPrinter(new DefaultPrettyPrinter());
  }
}
