package dev.paperdigest.core;

import dev.paperdigest.core.spi.AbstractDigestIterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;

/**
 * A format made for testing the contract: one ISO date per line, each an empty digest; blank lines
 * are skipped, and a line {@code warn YYYY-MM-DD} is read with a warning. Registered through the
 * test class path's META-INF/services, as a real format module would be.
 */
public final class DateLinesFormat implements DigestFormat {
  @Override
  public String name() {
    return "datelines";
  }

  @Override
  public List<String> extensions() {
    return List.of(".dates", ".date.txt");
  }

  @Override
  public DigestReader reader() {
    return Lines::new;
  }

  @Override
  public DigestWriter writer() {
    return (Iterator<? extends Digest> digests, OutputStream out) -> {
      StringBuilder text = new StringBuilder();
      digests.forEachRemaining(d -> text.append(d.date()).append('\n'));
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    };
  }

  private static final class Lines extends AbstractDigestIterator {
    private static final String WARN = "warn ";

    private final BufferedReader lines;
    private long lineNumber;

    Lines(InputStream in, String sourceName) {
      super(sourceName);
      this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @Override
    protected Digest readNext() throws IOException {
      String line;
      do {
        line = lines.readLine();
        if (line == null) {
          return null;
        }
        lineNumber++;
      } while (line.isBlank());
      beginsAt(lineNumber, 1);
      if (line.startsWith(WARN)) {
        warn(lineNumber, 1, "a warned date");
        line = line.substring(WARN.length());
      }
      try {
        return Digest.builder().date(LocalDate.parse(line)).build();
      } catch (DateTimeParseException e) {
        throw new DigestFormatException(
            Diagnostic.error(sourceName(), lineNumber, 1, "not a date: " + line));
      }
    }

    @Override
    protected void closeInput() throws IOException {
      lines.close();
    }
  }
}
