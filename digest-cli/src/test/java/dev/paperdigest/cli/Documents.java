package dev.paperdigest.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Text documents the tests convert and validate. */
final class Documents {
  private Documents() {}

  /** A digest whose only entry lacks its authors line: line 3 should be one. */
  static final String BROKEN =
      "2024년 10월 11일\n"
          + "A title without its authors\n"
          + "An abstract line that should have come after the authors.\n"
          + "#tag";

  /** A valid digest of one entry, as the text writer writes it. */
  static final String SMALL =
      "2024년 10월 12일\n"
          + "Small Models Think Too\n"
          + "(Ada Lovelace, Alan Turing)\n"
          + "We show that small models think.\n"
          + "작은 모델도 생각한다는 주장.\n"
          + "The claim that small models think too.\n"
          + "#small-models\n";

  /**
   * A text archive of {@code digests} digests, each holding the sample's papers under its own date,
   * one day after another from 2000-01-01, as a person's daily files joined with {@code cat} are.
   */
  static void writeArchive(OutputStream out, int digests) throws IOException {
    String sample = new String(DigestRun.sample(), StandardCharsets.UTF_8);
    byte[] entries =
        (sample.substring(sample.indexOf('\n')) + "\n").getBytes(StandardCharsets.UTF_8);
    LocalDate date = LocalDate.of(2000, 1, 1);
    for (int i = 0; i < digests; i++, date = date.plusDays(1)) {
      String dateLine =
          date.getYear() + "년 " + date.getMonthValue() + "월 " + date.getDayOfMonth() + "일";
      out.write(dateLine.getBytes(StandardCharsets.UTF_8));
      out.write(entries);
    }
  }

  /** {@link #writeArchive} into {@code file}. */
  static Path writeArchive(Path file, int digests) {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      writeArchive(out, digests);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, String content) {
    return write(file, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names in {@code directory}, sorted, hidden temporary files included. */
  static List<String> names(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
