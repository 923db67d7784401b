package dev.paperdigest.benchmarks;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Inputs whose cost must grow linearly with their size, each at scale 1, 4 and 16 of a base: one
 * abstract line of 64 KiB (16: 1 MiB), one entry of 6,250 authors (16: 100,000), and an archive of
 * 1 MB (16: 16 MB). A reader or writer with a quadratic step shows it as a cost per byte that grows
 * with the scale.
 */
final class LinearCostInputs {
  static final String ABSTRACT_LINE = "abstractLine";
  static final String AUTHORS = "authors";
  static final String ARCHIVE = "archive";

  /** Every shape, in the order the table shows them. */
  static final List<String> SHAPES = List.of(ABSTRACT_LINE, AUTHORS, ARCHIVE);

  private static final int ABSTRACT_LINE_BASE_BYTES = 64 * 1024;
  private static final int AUTHORS_BASE = 6_250;
  private static final long ARCHIVE_BASE_BYTES = 1_000_000;

  private LinearCostInputs() {}

  static List<Digest> digests(String shape, int scale) {
    CorpusGenerator generator = CorpusGenerator.fromSample();
    return switch (shape) {
      case ABSTRACT_LINE ->
          List.of(
              onePaper(
                  generator
                      .samplePapers()
                      .get(0)
                      .withAbstractText(
                          abstractLine(generator, ABSTRACT_LINE_BASE_BYTES * scale))));
      case AUTHORS ->
          List.of(
              onePaper(
                  generator
                      .samplePapers()
                      .get(0)
                      .withAuthors(authors(generator, AUTHORS_BASE * scale))));
      case ARCHIVE -> generator.digests(ARCHIVE_BASE_BYTES * scale);
      default -> throw new IllegalArgumentException("no input shape named " + shape);
    };
  }

  /** How big the input is at a scale: "1 MiB" (of abstract line), "100,000" (authors), "16 MB". */
  static String size(String shape, int scale) {
    return switch (shape) {
      case ABSTRACT_LINE ->
          ABSTRACT_LINE_BASE_BYTES * scale >= 1024 * 1024
              ? (ABSTRACT_LINE_BASE_BYTES * scale / (1024 * 1024)) + " MiB"
              : (ABSTRACT_LINE_BASE_BYTES * scale / 1024) + " KiB";
      case AUTHORS -> String.format(Locale.ROOT, "%,d", AUTHORS_BASE * scale);
      case ARCHIVE -> (ARCHIVE_BASE_BYTES * scale / 1_000_000) + " MB";
      default -> throw new IllegalArgumentException("no input shape named " + shape);
    };
  }

  /** What grows in the input: "abstract line", "authors", "archive". */
  static String label(String shape) {
    return switch (shape) {
      case ABSTRACT_LINE -> "abstract line";
      case AUTHORS -> "authors";
      case ARCHIVE -> "archive";
      default -> throw new IllegalArgumentException("no input shape named " + shape);
    };
  }

  private static Digest onePaper(Paper paper) {
    return Digest.builder().date(LocalDate.of(2024, 10, 10)).addPapers(paper).build();
  }

  /**
   * One line of at least {@code bytes} UTF-8 bytes: the sample's abstracts (Latin, Greek, math
   * symbols, LaTeX, no Hangul) joined by spaces, repeated.
   */
  private static String abstractLine(CorpusGenerator generator, int bytes) {
    StringBuilder base = new StringBuilder();
    for (Paper paper : generator.samplePapers()) {
      paper.abstractText().ifPresent(text -> base.append(text.replace('\n', ' ')).append(' '));
    }
    int baseBytes = base.toString().getBytes(StandardCharsets.UTF_8).length;
    StringBuilder line = new StringBuilder();
    for (int written = 0; written < bytes; written += baseBytes) {
      line.append(base);
    }
    return line.toString().strip();
  }

  /** {@code count} names taken in turn from the sample's authors, repeats and all. */
  private static List<String> authors(CorpusGenerator generator, int count) {
    List<String> names = new ArrayList<>();
    for (Paper paper : generator.samplePapers()) {
      names.addAll(paper.authors());
    }
    List<String> authors = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      authors.add(names.get(i % names.size()));
    }
    return authors;
  }
}
