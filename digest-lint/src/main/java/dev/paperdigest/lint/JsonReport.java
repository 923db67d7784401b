package dev.paperdigest.lint;

import dev.paperdigest.core.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;

/** {@link ReportFormat#JSON}: an array of one object per diagnostic, written as they come. */
final class JsonReport extends JsonBackedReport {

  JsonReport(OutputStream out) {
    super(out);
    begin();
  }

  @Override
  void writeBeginning() throws IOException {
    json.writeStartArray();
  }

  @Override
  void write(Diagnostic diagnostic) throws IOException {
    json.writeStartObject();
    json.writeStringField("file", diagnostic.source());
    json.writeNumberField("line", diagnostic.line());
    json.writeNumberField("column", diagnostic.column());
    json.writeStringField("rule", diagnostic.code());
    json.writeStringField("message", diagnostic.message());
    json.writeStringField("severity", diagnostic.severity().word());
    json.writeEndObject();
  }

  @Override
  void writeEnd() throws IOException {
    json.writeEndArray();
  }
}
