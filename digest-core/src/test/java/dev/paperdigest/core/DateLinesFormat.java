package dev.paperdigest.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A format made for testing the contract: one ISO date per line, each an empty digest. Registered
 * through the test class path's META-INF/services, as a real format module would be.
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
    return (in, sourceName) -> new Lines(in, sourceName);
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

  private static final class Lines implements DigestIterator {
    private final BufferedReader lines;
    private final String sourceName;
    private String pending;
    private int pendingLine;
    private int lineNumber;
    private SourcePosition position = SourcePosition.START;

    Lines(InputStream in, String sourceName) {
      this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      this.sourceName = sourceName;
    }

    @Override
    public boolean hasNext() {
      if (pending == null) {
        try {
          pending = lines.readLine();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        pendingLine = ++lineNumber;
      }
      return pending != null;
    }

    @Override
    public Digest next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String line = pending;
      pending = null;
      position = new SourcePosition(pendingLine, 1);
      try {
        return Digest.builder().date(LocalDate.parse(line)).build();
      } catch (DateTimeParseException e) {
        throw new DigestFormatException(
            Diagnostic.error(sourceName, pendingLine, 1, "not a date: " + line));
      }
    }

    @Override
    public SourcePosition position() {
      return position;
    }

    @Override
    public void close() {
      try {
        lines.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
