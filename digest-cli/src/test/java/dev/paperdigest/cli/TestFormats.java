package dev.paperdigest.cli;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.core.spi.AbstractDigestIterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/** Formats that behave in the ways the command must handle and the real formats rarely do. */
final class TestFormats {
  private TestFormats() {}

  static final String ONE_DIGEST_ONLY = "the one format holds a single digest; this is the second";

  static final String READER_BUG = "a bug in the reader";

  static DigestFormat text() {
    return DigestFormats.load().byName("text").orElseThrow();
  }

  /** The real formats and the test formats, for {@link DigestRun#digestWith}. */
  static Supplier<DigestFormats> withTestFormats() {
    DigestFormat text = text();
    return () -> DigestFormats.of(text, oneDigestOnly(text), crashing(text), lines(), exhausting());
  }

  /**
   * Format {@code one} ({@code .one}): reads and writes like {@code text}, but refuses to write a
   * second digest, after the first has been written.
   */
  static DigestFormat oneDigestOnly(DigestFormat text) {
    DigestWriter writer =
        (Iterator<? extends Digest> digests, OutputStream out) -> {
          if (digests.hasNext()) {
            text.writer().write(digests.next(), out);
          }
          if (digests.hasNext()) {
            digests.next();
            throw new UnwritableDigestException("one", ONE_DIGEST_ONLY);
          }
        };
    return format("one", text.reader(), writer);
  }

  /** Format {@code crash} ({@code .crash}), whose reader fails the way only a bug would. */
  static DigestFormat crashing(DigestFormat text) {
    DigestReader reader =
        (InputStream in, String sourceName) -> {
          throw new IllegalStateException(READER_BUG);
        };
    return format("crash", reader, text.writer());
  }

  /**
   * Format {@code exhausting} ({@code .exhausting}), whose reader runs out of memory at once, as a
   * reader given a line of a gigabyte would.
   */
  static DigestFormat exhausting() {
    DigestReader reader =
        (InputStream in, String sourceName) -> {
          throw new OutOfMemoryError("Java heap space");
        };
    return format("exhausting", reader, lines().writer());
  }

  /**
   * Format {@code lines} ({@code .lines}): one digest a line, {@code DATE TITLE}, of one paper by
   * "Anon" tagged {@code t}, whose title begins at column 12. Its reader knows where each digest,
   * paper and title begins, and:
   *
   * <ul>
   *   <li>warns about a title holding {@code !}, at the {@code !};
   *   <li>refuses a line {@code ?} as a broken digest, at its column 1;
   *   <li>takes {@code #line N} to mean that the next line is line N, as C's preprocessor does.
   * </ul>
   *
   * <p>Its writer refuses a paper whose title holds {@code refuse}, blaming the title of paper 0.
   */
  static DigestFormat lines() {
    DigestWriter writer =
        (Iterator<? extends Digest> digests, OutputStream out) -> {
          while (digests.hasNext()) {
            Digest digest = digests.next();
            String title = digest.papers().get(0).title();
            if (title.contains("refuse")) {
              throw new UnwritableDigestException(
                  "lines",
                  0,
                  PaperField.TITLE,
                  "the lines format cannot hold this paper: " + title);
            }
            out.write((digest.date() + " " + title + "\n").getBytes(StandardCharsets.UTF_8));
          }
          out.flush();
        };
    return format("lines", LineDigests::new, writer);
  }

  private static final class LineDigests extends AbstractDigestIterator {
    private static final int TITLE_COLUMN = 12;

    private final BufferedReader lines;
    private long lineNumber;

    LineDigests(InputStream in, String sourceName) {
      super(sourceName);
      this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @Override
    protected Digest readNext() throws IOException {
      String line = lines.readLine();
      lineNumber++;
      while (line != null && line.startsWith("#line ")) {
        lineNumber = Long.parseLong(line.substring("#line ".length()));
        line = lines.readLine();
      }
      if (line == null) {
        return null;
      }
      beginsAt(lineNumber, 1);
      if (line.equals("?")) {
        throw new DigestFormatException(
            Diagnostic.error(sourceName(), lineNumber, 1, "a broken line"));
      }
      String title = line.substring(TITLE_COLUMN - 1);
      recorder().recordPaper(0, lineNumber, TITLE_COLUMN);
      recorder().recordField(0, PaperField.TITLE, lineNumber, TITLE_COLUMN);
      int bang = title.indexOf('!');
      if (bang >= 0) {
        warn(lineNumber, TITLE_COLUMN + bang, "a title that shouts");
      }
      Paper paper = Paper.builder().title(title).addAuthors("Anon").addTags("t").build();
      return Digest.builder()
          .date(LocalDate.parse(line.substring(0, TITLE_COLUMN - 2)))
          .addPapers(paper)
          .build();
    }

    @Override
    protected void closeInput() throws IOException {
      lines.close();
    }
  }

  private static DigestFormat format(String name, DigestReader reader, DigestWriter writer) {
    return new DigestFormat() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<String> extensions() {
        return List.of("." + name);
      }

      @Override
      public DigestReader reader() {
        return reader;
      }

      @Override
      public DigestWriter writer() {
        return writer;
      }
    };
  }
}
