package dev.paperdigest.benchmarks;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.Paper;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes digest archives of a requested size made of the sample's entries ({@code
 * examples/2024-10-10.txt}): its eight papers repeated under successive dates from 2024-10-10 on,
 * in an order shuffled per day by a seeded {@link Random}. The same seed and size always give the
 * same bytes, on any JVM, so every benchmark run and every peer reads the same corpus.
 *
 * <p>The archive is canonical text: digests follow one another with no blank line, and every line
 * ends with a newline, the last one included. Sizes are in megabytes of 1,000,000 bytes; the
 * archive stops at the first digest that reaches the requested size, so it overshoots by less than
 * one digest (about 17 kB).
 *
 * <p>From the command line (the benchmarks jar holds this class):
 *
 * <pre>{@code
 * java -cp digest-benchmarks/target/benchmarks.jar dev.paperdigest.benchmarks.CorpusGenerator 100 corpus.txt
 * }</pre>
 *
 * <p>From code, the same corpus as bytes and as the model:
 *
 * <pre>{@code
 * CorpusGenerator generator = CorpusGenerator.fromSample();
 * byte[] text = generator.text(16_000_000);
 * List<Digest> digests = generator.digests(16_000_000); // what reading text gives
 * }</pre>
 */
public final class CorpusGenerator {
  /** The seed used unless another is given. */
  public static final long DEFAULT_SEED = 20241010L;

  private static final String SAMPLE_RESOURCE = "2024-10-10.txt";
  private static final LocalDate FIRST_DATE = LocalDate.of(2024, 10, 10);
  private static final byte NEWLINE = '\n';

  private final String sample;
  private final List<byte[]> entries;
  private final long seed;

  private CorpusGenerator(String sample, long seed) {
    this.sample = sample;
    this.entries = splitEntries(sample);
    this.seed = seed;
  }

  /** A generator over the sample shipped in this jar, with {@link #DEFAULT_SEED}. */
  public static CorpusGenerator fromSample() {
    return fromSample(DEFAULT_SEED);
  }

  /** A generator over the sample shipped in this jar, shuffling with the given seed. */
  public static CorpusGenerator fromSample(long seed) {
    try (InputStream in = CorpusGenerator.class.getResourceAsStream(SAMPLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the sample " + SAMPLE_RESOURCE + " is missing from the jar");
      }
      return new CorpusGenerator(new String(in.readAllBytes(), StandardCharsets.UTF_8), seed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an archive of at least {@code targetBytes} (and of one digest when the target is 0) to
   * {@code out}, which is flushed, not closed.
   *
   * @return the number of digests written
   */
  public long writeText(long targetBytes, OutputStream out) throws IOException {
    long digests =
        forEachDigest(
            targetBytes,
            (date, order) -> {
              out.write(dateLine(date).getBytes(StandardCharsets.UTF_8));
              out.write(NEWLINE);
              for (int index : order) {
                out.write(entries.get(index));
                out.write(NEWLINE);
              }
            });
    out.flush();
    return digests;
  }

  /** The archive {@link #writeText} writes, in memory. */
  public byte[] text(long targetBytes) {
    ByteArrayOutputStream out =
        new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, targetBytes + 65536));
    try {
      writeText(targetBytes, out);
    } catch (IOException e) {
      throw new AssertionError("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /**
   * The digests that reading {@link #text text(targetBytes)} gives, built directly: the sample is
   * read once with the {@code text} format and its papers are arranged as in the archive.
   */
  public List<Digest> digests(long targetBytes) {
    List<Paper> papers = samplePapers();
    List<Digest> digests = new ArrayList<>();
    try {
      forEachDigest(
          targetBytes,
          (date, order) -> {
            Digest.Builder digest = Digest.builder().date(date);
            for (int index : order) {
              digest.addPapers(papers.get(index));
            }
            digests.add(digest.build());
          });
    } catch (IOException e) {
      throw new AssertionError("building digests does no I/O", e);
    }
    return digests;
  }

  /**
   * Lays out the archive: for each digest its date and the order of the sample's entries, until the
   * text written so far reaches {@code targetBytes}. The one place that counts bytes, so the text
   * and the model always describe the same archive.
   */
  private long forEachDigest(long targetBytes, DigestLayout layout) throws IOException {
    Random random = new Random(seed);
    long size = 0;
    long count = 0;
    do {
      LocalDate date = FIRST_DATE.plusDays(count);
      int[] order = shuffledOrder(random);
      layout.accept(date, order);
      size += dateLine(date).getBytes(StandardCharsets.UTF_8).length + 1;
      for (int index : order) {
        size += entries.get(index).length + 1;
      }
      count++;
    } while (size < targetBytes);
    return count;
  }

  @FunctionalInterface
  private interface DigestLayout {
    void accept(LocalDate date, int[] order) throws IOException;
  }

  /** A Fisher–Yates shuffle of the entries' indexes: java.util.Random's sequence is specified. */
  private int[] shuffledOrder(Random random) {
    int[] order = new int[entries.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  /** The sample's papers, in its order, as the {@code text} format reads them. */
  List<Paper> samplePapers() {
    DigestFormat text =
        DigestFormats.load()
            .byName("text")
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the text format (digest-antlr) is not on the class path"));
    List<Paper> papers = text.reader().read(sample).papers();
    if (papers.size() != entries.size()) {
      throw new IllegalStateException(
          "the text format reads "
              + papers.size()
              + " papers in the sample, the generator splits it into "
              + entries.size());
    }
    return papers;
  }

  /** The date line of the text format: {@code 2024년 9월 5일}, no leading zeros. */
  static String dateLine(LocalDate date) {
    return date.getYear() + "년 " + date.getMonthValue() + "월 " + date.getDayOfMonth() + "일";
  }

  /**
   * Cuts the sample after its date line into entries, each ending with its tag line. The title and
   * authors lines are skipped before looking for the tag line, since a title may begin with '#'.
   */
  private static List<byte[]> splitEntries(String sample) {
    List<String> lines = sample.lines().toList();
    List<byte[]> entries = new ArrayList<>();
    int start = 1;
    while (start < lines.size()) {
      int end = start + 2;
      while (end < lines.size() && !isTagLine(lines.get(end))) {
        end++;
      }
      if (end == lines.size()) {
        throw new IllegalStateException(
            "the sample's entry at line " + (start + 1) + " has no tag line");
      }
      entries.add(
          String.join("\n", lines.subList(start, end + 1)).getBytes(StandardCharsets.UTF_8));
      start = end + 1;
    }
    return List.copyOf(entries);
  }

  private static boolean isTagLine(String line) {
    String[] tokens = line.strip().split("\\s+");
    for (String token : tokens) {
      if (!token.startsWith("#") || token.length() < 2) {
        return false;
      }
    }
    return tokens.length > 0;
  }

  /**
   * Writes an archive: {@code CorpusGenerator SIZE_MB OUTPUT [SEED]}. SIZE_MB may be fractional;
   * OUTPUT {@code -} is standard output. Exit status 2 on a usage error.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: CorpusGenerator SIZE_MB OUTPUT [SEED]");
      System.err.println(
          "Writes a deterministic digest archive of about SIZE_MB megabytes (1 MB = 1,000,000"
              + " bytes) made of the sample's entries; OUTPUT - is standard output.");
      System.exit(2);
    }
    long targetBytes;
    long seed;
    try {
      targetBytes = Math.round(Double.parseDouble(args[0]) * 1_000_000);
      seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
    } catch (NumberFormatException e) {
      System.err.println("CorpusGenerator: not a number: " + e.getMessage());
      System.exit(2);
      return;
    }
    CorpusGenerator generator = fromSample(seed);
    if (args[1].equals("-")) {
      generator.writeText(targetBytes, new BufferedOutputStream(System.out, 1 << 16));
      return;
    }
    Path output = Path.of(args[1]);
    long digests;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
      digests = generator.writeText(targetBytes, out);
    }
    System.err.printf("%s: %,d digests, %,d bytes%n", output, digests, Files.size(output));
  }
}
