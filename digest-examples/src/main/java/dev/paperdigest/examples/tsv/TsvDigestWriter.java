package dev.paperdigest.examples.tsv;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.core.spi.DigestDates;
import dev.paperdigest.core.spi.MessageText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Writes the header, then a row per paper, or a row with only the date for a digest without papers.
 * A digest is rendered whole before any of it is written, so that a refused one leaves nothing
 * half-written.
 */
final class TsvDigestWriter implements DigestWriter {

  @Override
  public void writeAll(Iterator<? extends Digest> digests, OutputStream out) throws IOException {
    StringBuilder rows = new StringBuilder(TsvLayout.HEADER).append('\n');
    LocalDate previous = null;
    boolean previousHadPapers = false;
    try {
      while (digests.hasNext()) {
        Digest digest = digests.next();
        boolean hasPapers = !digest.papers().isEmpty();
        if (hasPapers && previousHadPapers && digest.date().equals(previous)) {
          throw new UnwritableDigestException(
              TsvFormat.NAME,
              "the tsv format cannot hold two digests of "
                  + digest.date()
                  + " one after the other: their rows would read as one digest");
        }
        render(digest, rows);
        out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
        rows.setLength(0);
        previous = digest.date();
        previousHadPapers = hasPapers;
      }
      out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
    } finally {
      out.flush();
    }
  }

  private static void render(Digest digest, StringBuilder rows) {
    if (!DigestDates.isWritable(digest.date())) {
      throw new UnwritableDigestException(
          TsvFormat.NAME, DigestDates.unwritableReason(TsvFormat.NAME, digest.date()));
    }
    String date = DigestDates.iso(digest.date());
    if (digest.papers().isEmpty()) {
      rows.append(date).append('\n');
      return;
    }
    List<Paper> papers = digest.papers();
    for (int i = 0; i < papers.size(); i++) {
      Paper paper = papers.get(i);
      refuseAuthorsThatWouldSplit(digest, i, paper);
      rows.append(date).append('\t');
      TsvLayout.appendEscaped(rows, paper.title());
      rows.append('\t');
      TsvLayout.appendEscaped(rows, String.join(TsvLayout.AUTHOR_SEPARATOR, paper.authors()));
      for (Optional<String> text :
          List.of(paper.abstractText(), paper.comment(), paper.translation())) {
        rows.append('\t');
        TsvLayout.appendEscaped(rows, text.orElse(""));
      }
      rows.append('\t');
      TsvLayout.appendEscaped(rows, String.join(" ", paper.tags()));
      rows.append('\n');
    }
  }

  private static void refuseAuthorsThatWouldSplit(Digest digest, int index, Paper paper) {
    for (String author : paper.authors()) {
      if (author.contains(TsvLayout.AUTHOR_SEPARATOR)) {
        throw new UnwritableDigestException(
            TsvFormat.NAME,
            index,
            PaperField.AUTHORS,
            "the tsv format cannot hold paper "
                + (index + 1)
                + " "
                + MessageText.quote(paper.title())
                + " of "
                + digest.date()
                + ": the author "
                + MessageText.quote(author)
                + " holds `; `, which separates authors");
      }
    }
  }
}
