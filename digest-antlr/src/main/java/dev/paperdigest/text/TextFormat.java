package dev.paperdigest.text;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.core.spi.ThreadCount;
import dev.paperdigest.text.internal.TextDigestReader;
import dev.paperdigest.text.internal.TextDigestWriter;
import java.util.List;

/**
 * The plain-text digest format ({@code text}, files ending {@code .txt}): a date line, then for
 * each paper its title, authors, abstract, Korean comment, English translation and tags, one field
 * after another and no markup. <a
 * href="https://github.com/paperdigest/paperdigest/blob/main/docs/text-format.md">docs/text-format.md</a>
 * describes it in full.
 *
 * <p>The format is registered with {@link dev.paperdigest.core.DigestFormats}, so having this
 * module on the class path (or module path) is enough:
 *
 * <pre>{@code
 * DigestFormat text = DigestFormats.load().byName("text").orElseThrow();
 * Digest digest = text.reader().read(Path.of("examples/2024-10-10.txt"));
 * try (DigestIterator archive = text.reader().open(Path.of("archive.txt"))) {
 *   while (archive.hasNext()) {
 *     try {
 *       Digest day = archive.next();
 *       ...
 *     } catch (DigestFormatException e) {
 *       e.diagnostics().forEach(System.err::println);   // archive.txt:12:1: error: ...
 *     }
 *   }
 * }
 * text.writer().write(digest, System.out);              // canonical text, ending with "\n"
 * }</pre>
 *
 * <p>Reading is lazy and holds one digest at a time, and of that digest its papers and the lines of
 * one entry. After a broken digest it goes on at the next date line, and inside a digest it reports
 * every broken entry. Text is kept as written: Hangul typed decomposed (NFD, as macOS saves it)
 * stays decomposed, and is recognised as Hangul and in date lines as well as precomposed Hangul.
 * Writing refuses, with {@link dev.paperdigest.core.UnwritableDigestException}, any digest that
 * would not read back exactly (an abstract containing Hangul, say), before writing anything of it.
 *
 * <p>A line may be at most {@value #DEFAULT_MAX_LINE_BYTES} bytes long unless the system property
 * {@value #MAX_LINE_BYTES_PROPERTY} says otherwise ({@code -Ddigest.text.maxLineBytes=256M}), or
 * the format is made with {@link #withMaxLineBytes(long)}:
 *
 * <pre>{@code
 * DigestReader reader = TextFormat.withMaxLineBytes(256L << 20).reader();
 * }</pre>
 *
 * <p>Readers parse on the caller's thread unless told to use more, with {@link #withThreads(int)}
 * or the system property {@value #THREADS_PROPERTY}: the caller's thread then splits the lines and
 * cuts them at date lines, and that many workers parse the digests. Digests, diagnostics and their
 * places are the same as with one thread, and come in input order; a window of {@code 4 × threads}
 * digests read ahead bounds memory.
 *
 * <pre>{@code
 * DigestReader reader =
 *     new TextFormat().withThreads(Runtime.getRuntime().availableProcessors()).reader();
 * }</pre>
 */
public final class TextFormat implements DigestFormat {
  /**
   * The system property that sets the longest line readers accept, in bytes or with a suffix {@code
   * K}, {@code M} or {@code G}, as {@code -Xmx} takes them: {@value}.
   */
  public static final String MAX_LINE_BYTES_PROPERTY = "digest.text.maxLineBytes";

  /** The longest line, in bytes without its line end, that readers accept by default: 64 MiB. */
  public static final long DEFAULT_MAX_LINE_BYTES = 64L << 20;

  /** The most a limit on lines may be raised to: 1 GiB. */
  public static final long MAX_LINE_BYTES_CEILING = 1L << 30;

  /** The system property that sets how many threads readers parse on: {@value}. */
  public static final String THREADS_PROPERTY = "digest.text.threads";

  /** The most threads a reader parses on: {@value}. */
  public static final int MAX_THREADS = ThreadCount.MAX;

  private final TextDigestReader reader;
  private final DigestWriter writer = new TextDigestWriter();

  /**
   * The format, its line limit read from {@value #MAX_LINE_BYTES_PROPERTY}; cheap to create, as the
   * format registry requires. A value of the property that is not a size is reported by every read,
   * as an error at the start of the input.
   */
  public TextFormat() {
    this(TextDigestReader.configured());
  }

  private TextFormat(TextDigestReader reader) {
    this.reader = reader;
  }

  /**
   * The format with readers that accept lines of at most {@code maxLineBytes} bytes, whatever the
   * system property says.
   *
   * @param maxLineBytes from 1 to {@link #MAX_LINE_BYTES_CEILING}
   * @return the format
   * @throws IllegalArgumentException if {@code maxLineBytes} is out of that range
   */
  public static TextFormat withMaxLineBytes(long maxLineBytes) {
    return new TextFormat(TextDigestReader.withMaxLineBytes(maxLineBytes));
  }

  /**
   * This format with readers that parse digests on {@code threads} threads, whatever the system
   * property {@value #THREADS_PROPERTY} says.
   *
   * @param threads from 1 (the caller's thread alone) to {@link #MAX_THREADS}
   * @return the format
   * @throws IllegalArgumentException if {@code threads} is out of that range
   */
  public TextFormat withThreads(int threads) {
    return new TextFormat(reader.withThreads(threads));
  }

  /**
   * The format's name.
   *
   * @return {@code text}
   */
  @Override
  public String name() {
    return "text";
  }

  /**
   * The extensions of files in this format.
   *
   * @return {@code .txt}
   */
  @Override
  public List<String> extensions() {
    return List.of(".txt");
  }

  /**
   * The reader; it holds no state, so one serves every caller.
   *
   * @return the reader
   */
  @Override
  public DigestReader reader() {
    return reader;
  }

  /**
   * The writer; it holds no state, so one serves every caller.
   *
   * @return the writer
   */
  @Override
  public DigestWriter writer() {
    return writer;
  }
}
