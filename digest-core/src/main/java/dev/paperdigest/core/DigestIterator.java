package dev.paperdigest.core;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The digests of an input, read one at a time as the caller asks for them, so that an archive of
 * any size can be walked in constant memory. It must be closed; closing it closes the input, and
 * reaching the end of the input closes it too.
 *
 * <pre>{@code
 * try (DigestIterator digests = text.reader().open(Path.of("archive.txt"))) {
 *   while (digests.hasNext()) {
 *     Digest digest = digests.next();
 *     digests.warnings().forEach(System.err::println);   // legal, but probably not meant
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #next()} throws {@link DigestFormatException} for a digest that cannot be read, with
 * every diagnostic found in it. Iteration may go on after that: a format that can find the start of
 * the next digest (the text format can) says so through {@link #hasNext()}; one that cannot (after
 * broken JSON syntax, say) answers {@code false}. A failure of the underlying stream surfaces as
 * {@link java.io.UncheckedIOException}.
 *
 * <p>Formats build their iterators on {@link dev.paperdigest.core.spi.AbstractDigestIterator},
 * which keeps these promises for them.
 */
public interface DigestIterator extends Iterator<Digest>, Closeable {

  /**
   * Where the digest most recently returned, or refused, by {@link #next()} begins.
   *
   * @return the position; {@link SourcePosition#START} before the first call to {@code next()}
   */
  SourcePosition position();

  /**
   * Where the parts of the digest most recently returned by {@link #next()} begin, as far as the
   * format knows them.
   *
   * @return the locations; by default only {@link #position()} is known
   */
  default DigestLocations locations() {
    return DigestLocations.at(position());
  }

  /**
   * The warnings about the digest most recently returned by {@link #next()}: input that reads, but
   * probably not as its writer meant, such as an author name holding {@code ", "}.
   *
   * @return the warnings, in input order; empty by default
   */
  default List<Diagnostic> warnings() {
    return List.of();
  }

  /**
   * Reads the remaining digests only to check them, passing on every diagnostic: the errors of each
   * digest that cannot be read and the warnings of each that can, in input order. This is {@code
   * digest validate}'s loop, and what a conversion that failed does to report the rest.
   *
   * <pre>{@code
   * try (DigestIterator digests = reader.open(path)) {
   *   long read = digests.checkRest(System.err::println);
   * }
   * }</pre>
   *
   * @param sink receives each diagnostic
   * @return how many digests were read, the broken ones included
   */
  default long checkRest(Consumer<Diagnostic> sink) {
    long read = 0;
    while (hasNext()) {
      read++;
      try {
        next();
        warnings().forEach(sink);
      } catch (DigestFormatException e) {
        warnings().forEach(sink);
        e.diagnostics().forEach(sink);
      }
    }
    return read;
  }

  /** Closes the input; unlike {@link Closeable#close()} it reports failure unchecked. */
  @Override
  void close();

  /**
   * The remaining digests as a sequential stream that closes this iterator when it is closed.
   *
   * @return the stream
   */
  default Stream<Digest> stream() {
    Spliterator<Digest> spliterator =
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(spliterator, false).onClose(this::close);
  }
}
