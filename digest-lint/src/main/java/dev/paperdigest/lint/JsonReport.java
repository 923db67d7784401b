package dev.paperdigest.lint;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.paperdigest.core.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** {@link ReportFormat#JSON}: an array of one object per diagnostic, written as they come. */
final class JsonReport implements ReportWriter {
  private final JsonGenerator json;

  JsonReport(OutputStream out) {
    try {
      json = Reports.generator(out);
      json.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void accept(Diagnostic diagnostic) {
    try {
      json.writeStartObject();
      json.writeStringField("file", diagnostic.source());
      json.writeNumberField("line", diagnostic.line());
      json.writeNumberField("column", diagnostic.column());
      json.writeStringField("rule", diagnostic.code());
      json.writeStringField("message", diagnostic.message());
      json.writeStringField("severity", diagnostic.severity().word());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish() throws IOException {
    json.writeEndArray();
    json.writeRaw('\n');
    json.flush();
  }
}
