package dev.paperdigest.text;

import static org.junit.jupiter.api.Assertions.fail;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.Paper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Reading and writing through {@link TextFormat} in memory, for tests. */
final class TextIo {
  static final String SOURCE = "digest.txt";
  static final TextFormat TEXT = new TextFormat();

  private TextIo() {}

  static List<Digest> readAll(byte[] bytes) {
    try {
      return TEXT.reader().readAll(new ByteArrayInputStream(bytes), SOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Digest> readAll(String text) {
    return readAll(text.getBytes(StandardCharsets.UTF_8));
  }

  static Digest read(String text) {
    List<Digest> digests = readAll(text);
    if (digests.size() != 1) {
      fail("expected one digest, read " + digests.size());
    }
    return digests.get(0);
  }

  static byte[] writeAll(List<Digest> digests) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      TEXT.writer().writeAll(digests, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String write(Digest digest) {
    return TEXT.writer().writeAsString(digest);
  }

  static String writeAllAsString(List<Digest> digests) {
    return new String(writeAll(digests), StandardCharsets.UTF_8);
  }

  /** Every diagnostic of every digest, walking the whole input with the lazy iterator. */
  static List<Diagnostic> diagnostics(byte[] bytes) {
    List<Diagnostic> found = new ArrayList<>();
    try (DigestIterator digests = TEXT.reader().open(new ByteArrayInputStream(bytes), SOURCE)) {
      while (digests.hasNext()) {
        try {
          digests.next();
        } catch (DigestFormatException e) {
          found.addAll(e.diagnostics());
        }
      }
    }
    return found;
  }

  static List<Diagnostic> diagnostics(String text) {
    return diagnostics(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The digest with all its text in NFC. */
  static Digest nfc(Digest digest) {
    List<Paper> papers = new ArrayList<>();
    for (Paper paper : digest.papers()) {
      papers.add(
          Paper.builder()
              .title(nfc(paper.title()))
              .authors(paper.authors().stream().map(TextIo::nfc).toList())
              .abstractText(paper.abstractText().map(TextIo::nfc))
              .comment(paper.comment().map(TextIo::nfc))
              .translation(paper.translation().map(TextIo::nfc))
              .tags(paper.tags().stream().map(TextIo::nfc).toList())
              .build());
    }
    return digest.withPapers(papers);
  }

  static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
