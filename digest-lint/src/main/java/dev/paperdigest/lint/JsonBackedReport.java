package dev.paperdigest.lint;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.paperdigest.core.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * What the JSON and SARIF reports share: an indented UTF-8 generator on an output it never closes,
 * a beginning, an entry per diagnostic and an end.
 */
abstract class JsonBackedReport implements ReportWriter {
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** The generator the subclass writes with. */
  protected final JsonGenerator json;

  JsonBackedReport(OutputStream out) {
    try {
      json =
          JSON.createGenerator(out, JsonEncoding.UTF8).setPrettyPrinter(new DefaultPrettyPrinter());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes what comes before the first diagnostic; the subclass's constructor calls it. */
  final void begin() {
    try {
      writeBeginning();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  abstract void writeBeginning() throws IOException;

  abstract void write(Diagnostic diagnostic) throws IOException;

  abstract void writeEnd() throws IOException;

  @Override
  public final void accept(Diagnostic diagnostic) {
    try {
      write(diagnostic);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public final void finish() throws IOException {
    writeEnd();
    json.writeRaw('\n');
    json.flush();
  }
}
