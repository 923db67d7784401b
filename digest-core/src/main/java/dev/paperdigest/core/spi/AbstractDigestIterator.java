package dev.paperdigest.core.spi;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestLocations;
import dev.paperdigest.core.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The skeleton of every format's {@link DigestIterator}: a format supplies "read the next digest"
 * and "close the input", and this class keeps the contract — read-ahead in {@link #hasNext()}, the
 * failure of a digest held until {@link #next()}, {@link #position()}, {@link #locations()} and
 * {@link #warnings()} of the digest last returned, {@link NoSuchElementException}, and the input
 * closed at its end or on {@link #close()}, failures of closing reported unchecked.
 *
 * <pre>{@code
 * final class DateLines extends AbstractDigestIterator {
 *   private final BufferedReader lines;
 *   private long lineNumber;
 *
 *   DateLines(InputStream in, String sourceName) {
 *     super(sourceName);
 *     this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
 *   }
 *
 *   protected Digest readNext() throws IOException {
 *     String line = lines.readLine();
 *     if (line == null) {
 *       return null;                              // the end of the input
 *     }
 *     beginsAt(++lineNumber, 1);
 *     return Digest.builder().date(LocalDate.parse(line)).build();
 *   }
 *
 *   protected void closeInput() throws IOException {
 *     lines.close();
 *   }
 * }
 * }</pre>
 *
 * <p><a
 * href="https://github.com/paperdigest/paperdigest/blob/main/docs/writing-a-format.md">docs/writing-a-format.md</a>
 * builds a whole format on it.
 */
public abstract class AbstractDigestIterator implements DigestIterator {
  private enum State {
    /** Nothing read ahead: {@link #hasNext()} must read. */
    UNKNOWN,
    /** A digest, or the failure of one, is held for {@link #next()}. */
    READY,
    /** The input has ended, failed or been closed. */
    DONE
  }

  private final String sourceName;
  private State state = State.UNKNOWN;
  private boolean closed;

  private Digest upcoming;
  private DigestFormatException upcomingFailure;
  private LocationRecorder upcomingLocations = new LocationRecorder();
  private List<Diagnostic> upcomingWarnings = new ArrayList<>();
  private boolean upcomingPlaced;

  private SourcePosition position = SourcePosition.START;
  private DigestLocations locations = DigestLocations.at(SourcePosition.START);
  private List<Diagnostic> warnings = List.of();

  /**
   * An iterator over the input named {@code sourceName}.
   *
   * @param sourceName the name diagnostics give the input, usually its path
   */
  protected AbstractDigestIterator(String sourceName) {
    this.sourceName = sourceName;
  }

  /**
   * Reads the next digest. It calls {@link #beginsAt} as soon as it knows where the digest begins,
   * and may record the places of its parts in {@link #recorder()} and report {@link #warn
   * warnings}.
   *
   * @return the digest, or {@code null} at the end of the input
   * @throws DigestFormatException for a digest that cannot be read, with every problem found in it;
   *     the format decides whether reading can go on (returning {@code null} on the next call when
   *     it cannot)
   * @throws IOException when the input fails
   */
  protected abstract Digest readNext() throws IOException;

  /**
   * Closes the input. Called once: at the end of the input, after a failure of the input, or on
   * {@link #close()}, whichever comes first.
   *
   * @throws IOException when closing fails
   */
  protected abstract void closeInput() throws IOException;

  /**
   * The name diagnostics give the input.
   *
   * @return the name given to the constructor
   */
  protected final String sourceName() {
    return sourceName;
  }

  /**
   * Says where the digest being read begins; {@link #readNext()} calls it once per digest.
   *
   * @param line the line, from 1
   * @param column the column in code points, from 1
   */
  protected final void beginsAt(long line, long column) {
    upcomingLocations.recordDigest(line, column);
    upcomingPlaced = true;
  }

  /**
   * Where {@link #readNext()} records the places of the parts of the digest being read.
   *
   * @return a recorder fresh for each digest
   */
  protected final LocationRecorder recorder() {
    return upcomingLocations;
  }

  /**
   * Puts {@code recorded} in place of {@link #recorder()} for the digest being read. For a format
   * that parses digests on other threads, each into a recorder of its own: {@link #readNext()}
   * hands the digest's recorder over, then calls {@link #beginsAt} as usual.
   *
   * <pre>{@code
   * protected Digest readNext() throws IOException {
   *   Parsed parsed = parsedOnAWorker.take();
   *   useRecorder(parsed.recorder());
   *   beginsAt(parsed.line(), parsed.column());
   *   return parsed.digest();
   * }
   * }</pre>
   *
   * @param recorded the places of the digest being read
   */
  protected final void useRecorder(LocationRecorder recorded) {
    upcomingLocations = recorded;
  }

  /**
   * Reports a warning about the digest being read: it reads, but probably not as its writer meant.
   *
   * @param line the line, from 1
   * @param column the column in code points, from 1
   * @param message what looks wrong and what to do about it
   */
  protected final void warn(long line, long column, String message) {
    upcomingWarnings.add(Diagnostic.warning(sourceName, line, column, message));
  }

  /**
   * Reports a warning found by a rule with a stable id, which lint uses to select and silence it.
   *
   * @param line the line, from 1
   * @param column the column in code points, from 1
   * @param code the rule's id, lower-case words joined by {@code -}, such as {@code author-comma}
   * @param message what looks wrong and what to do about it
   */
  protected final void warn(long line, long column, String code, String message) {
    upcomingWarnings.add(Diagnostic.warning(sourceName, line, column, code, message));
  }

  @Override
  public final boolean hasNext() {
    if (state == State.UNKNOWN) {
      readAhead();
    }
    return state == State.READY;
  }

  @Override
  public final Digest next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more digests in " + sourceName);
    }
    state = State.UNKNOWN;
    position = upcomingLocations.digest();
    locations = upcomingLocations;
    warnings = List.copyOf(upcomingWarnings);
    upcomingLocations = new LocationRecorder();
    upcomingWarnings = new ArrayList<>();
    Digest digest = upcoming;
    DigestFormatException failure = upcomingFailure;
    upcoming = null;
    upcomingFailure = null;
    if (failure != null) {
      throw failure;
    }
    return digest;
  }

  @Override
  public final SourcePosition position() {
    return position;
  }

  @Override
  public final DigestLocations locations() {
    return locations;
  }

  @Override
  public final List<Diagnostic> warnings() {
    return warnings;
  }

  @Override
  public final void close() {
    state = State.DONE;
    if (closed) {
      return;
    }
    closed = true;
    try {
      closeInput();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readAhead() {
    upcomingPlaced = false;
    try {
      upcoming = readNext();
      if (upcoming == null) {
        close();
        return;
      }
    } catch (DigestFormatException e) {
      upcomingFailure = e;
      if (!upcomingPlaced) {
        // A format that could not tell where the digest begins points at its first problem.
        Diagnostic first = e.diagnostics().get(0);
        upcomingLocations.recordDigest(first.line(), first.column());
      }
    } catch (IOException e) {
      closeAfterFailure(e);
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      closeAfterFailure(e);
      throw e;
    }
    state = State.READY;
  }

  /** Closes the input after {@code failure}, which stays the exception the caller sees. */
  private void closeAfterFailure(Throwable failure) {
    try {
      close();
    } catch (UncheckedIOException e) {
      failure.addSuppressed(e);
    }
  }
}
