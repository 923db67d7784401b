package dev.paperdigest.lint;

import dev.paperdigest.core.Diagnostic;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** {@link ReportFormat#GNU}: each diagnostic's own GNU line, flushed as it comes. */
final class GnuReport implements ReportWriter {
  private final Writer out;

  GnuReport(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  @Override
  public void accept(Diagnostic diagnostic) {
    try {
      out.write(diagnostic.toString());
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
