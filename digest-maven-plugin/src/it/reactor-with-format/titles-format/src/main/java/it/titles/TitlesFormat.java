package it.titles;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.core.Paper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/** A write-only format from outside the project: one line per paper, its date and its title. */
public final class TitlesFormat implements DigestFormat {
  @Override
  public String name() {
    return "titles";
  }

  @Override
  public List<String> extensions() {
    return List.of(".titles");
  }

  @Override
  public DigestReader reader() {
    return (in, sourceName) -> {
      throw new UnsupportedOperationException("the titles format is written, never read");
    };
  }

  @Override
  public DigestWriter writer() {
    return new DigestWriter() {
      @Override
      public void writeAll(Iterator<? extends Digest> digests, OutputStream out)
          throws IOException {
        while (digests.hasNext()) {
          Digest digest = digests.next();
          for (Paper paper : digest.papers()) {
            String line = digest.date() + "\t" + paper.title() + "\n";
            out.write(line.getBytes(StandardCharsets.UTF_8));
          }
        }
        out.flush();
      }
    };
  }
}
