package dev.paperdigest.jackson;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.core.spi.ThreadCount;
import java.util.List;

/**
 * The {@code jsonl} format ({@code .jsonl}, JSON Lines): one digest per line, each a compact JSON
 * object of the same shape as the {@code json} format (the schema's {@code #/$defs/digest}),
 * followed by {@code \n}. Suited to archives: reading takes one line at a time, so an archive of
 * any size streams in constant memory, and a broken line fails alone, reported with its line
 * number, while reading goes on with the next.
 *
 * <pre>{@code
 * DigestFormat jsonl = DigestFormats.load().byName("jsonl").orElseThrow();
 * try (Stream<Digest> digests = jsonl.reader().open(Path.of("archive.jsonl")).stream()) {
 *   long papers = digests.mapToLong(d -> d.papers().size()).sum();
 * }
 * }</pre>
 *
 * <p>Blank lines (empty, or only spaces, tabs and a carriage return) are skipped when reading, so a
 * trailing empty line or Windows line endings do no harm; the writer never produces them.
 *
 * <p>Writers encode on the caller's thread unless told to use more, with {@link #withThreads(int)}
 * or the system property {@value #THREADS_PROPERTY}: the caller's thread then takes the digests and
 * writes the lines, and that many workers encode them. The bytes are the same as with one thread,
 * lines in input order, and so are the failures: a digest the format refuses is refused before the
 * next is taken, after the lines of every digest before it. At most {@code 4 × threads} lines are
 * encoded ahead of the one written, which bounds memory.
 *
 * <pre>{@code
 * DigestWriter writer =
 *     new JsonLinesDigestFormat().withThreads(Runtime.getRuntime().availableProcessors()).writer();
 * }</pre>
 */
public final class JsonLinesDigestFormat implements DigestFormat {
  /** The format's name, which writers give in their refusals. */
  static final String NAME = "jsonl";

  /** The system property that sets how many threads writers encode on: {@value}. */
  public static final String THREADS_PROPERTY = "digest.jsonl.threads";

  private final int threads;

  /** Why the property's value cannot be used, said by every write; or {@code null}. */
  private final String threadsRefusal;

  /**
   * The format, its writers' threads read from {@value #THREADS_PROPERTY}; cheap, as the registry
   * requires: the Jackson factory is built on first use. A value of the property that is not a
   * number of threads makes every write fail, before writing anything, with an {@link
   * IllegalArgumentException} that says so.
   */
  public JsonLinesDigestFormat() {
    int configured = 1;
    String refusal = null;
    try {
      configured = ThreadCount.parse(THREADS_PROPERTY, System.getProperty(THREADS_PROPERTY));
    } catch (IllegalArgumentException e) {
      refusal = e.getMessage();
    }
    this.threads = configured;
    this.threadsRefusal = refusal;
  }

  private JsonLinesDigestFormat(int threads) {
    this.threads = threads;
    this.threadsRefusal = null;
  }

  /**
   * This format with writers that encode on {@code threads} threads, whatever the system property
   * {@value #THREADS_PROPERTY} says.
   *
   * @param threads from 1 (the caller's thread alone) to {@value ThreadCount#MAX}
   * @return the format
   * @throws IllegalArgumentException if {@code threads} is out of that range
   */
  public JsonLinesDigestFormat withThreads(int threads) {
    return new JsonLinesDigestFormat(ThreadCount.check(threads, "the jsonl writer encodes"));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> extensions() {
    return List.of(".jsonl");
  }

  @Override
  public DigestReader reader() {
    // Thin: the Jackson factory behind it is built once, on first use (JsonLimits).
    return new JsonLinesDigestReader(
        JsonLimits.jsonLinesFactory(), JsonLimits.MAX_JSONL_LINE_BYTES);
  }

  @Override
  public DigestWriter writer() {
    return new JsonLinesDigestWriter(JsonLimits.jsonLinesFactory(), threads, threadsRefusal);
  }
}
