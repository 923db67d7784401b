package dev.paperdigest.text.internal;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.SourcePosition;
import dev.paperdigest.core.spi.AbstractDigestIterator;
import dev.paperdigest.core.spi.LocationRecorder;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The digests of a text input, parsed on several threads and handed out in input order. The
 * caller's thread splits and decodes the lines and cuts them at date lines ({@link DigestChunk});
 * workers parse each digest's tokens with the steps of the sequential reader, so diagnostics and
 * places are the same, with the lines of the whole file. At most a window of {@code 4 × threads}
 * digests is cut ahead of the one handed out, which bounds memory. An input of one digest is parsed
 * on the caller's thread, with no worker started.
 */
final class ParallelTextDigestIterator extends AbstractDigestIterator {
  private static final ThreadLocal<EntryParser> ENTRY_PARSERS =
      ThreadLocal.withInitial(EntryParser::new);

  private final InputStream in;
  private final LineTokens tokens;
  private final int threads;
  private final int window;

  /** Started with the second digest: a file of one digest is parsed on the caller's thread. */
  private ThreadPoolExecutor workers;

  private final ArrayDeque<Future<Step>> ahead = new ArrayDeque<>();
  private boolean inputEnded;

  /** What a worker made of one chunk: the digest or its failure, and where its parts are. */
  private record Step(
      Digest digest, RuntimeException failure, LocationRecorder recorder, SourcePosition begins) {}

  ParallelTextDigestIterator(InputStream in, String sourceName, long maxLineBytes, int threads) {
    super(sourceName);
    this.in = in;
    this.tokens = LineTokens.of(in, sourceName, maxLineBytes, true);
    this.threads = threads;
    this.window = 4 * threads;
  }

  @Override
  protected Digest readNext() {
    while (!inputEnded && ahead.size() < window) {
      DigestChunk chunk = DigestChunk.cut(tokens);
      if (chunk == null) {
        inputEnded = true;
        break;
      }
      inputEnded = chunk.endsInput();
      if (inputEnded && ahead.isEmpty()) {
        return deliver(parse(chunk));
      }
      ahead.addLast(workers().submit(() -> parse(chunk)));
    }
    Future<Step> next = ahead.pollFirst();
    return next == null ? null : deliver(await(next));
  }

  /** Hands {@code step}'s places over, and its digest or its failure. */
  private Digest deliver(Step step) {
    useRecorder(step.recorder());
    if (step.begins() != null) {
      beginsAt(step.begins().line(), step.begins().column());
    }
    if (step.failure() != null) {
      throw step.failure();
    }
    return step.digest();
  }

  private ThreadPoolExecutor workers() {
    if (workers == null) {
      // Idle workers end after a second, so an iterator left unclosed holds no thread for long.
      workers =
          new ThreadPoolExecutor(
              threads,
              threads,
              1,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              task -> {
                Thread thread = new Thread(task, "digest-text-reader");
                thread.setDaemon(true);
                return thread;
              });
      workers.allowCoreThreadTimeOut(true);
    }
    return workers;
  }

  private Step parse(DigestChunk chunk) {
    if (chunk.inputFailure() != null) {
      // The failure surfaces where the sequential reader meets it: after the digests before it.
      return new Step(null, chunk.inputFailure(), new LocationRecorder(), null);
    }
    LocationRecorder recorder = new LocationRecorder();
    SourcePosition[] begins = new SourcePosition[1];
    DigestStep.Places places =
        new DigestStep.Places() {
          @Override
          public void begins(long line, long column) {
            begins[0] = new SourcePosition(line, column);
          }

          @Override
          public LocationRecorder recorder() {
            return recorder;
          }

          @Override
          public void endOfInput() {
            // The chunk was cut at the long line: the caller's thread has stopped already.
          }
        };
    try {
      Digest digest = DigestStep.read(chunk, ENTRY_PARSERS.get(), sourceName(), places);
      return new Step(digest, null, recorder, begins[0]);
    } catch (DigestFormatException e) {
      return new Step(null, e, recorder, begins[0]);
    }
  }

  private static Step await(Future<Step> step) {
    try {
      return step.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    }
  }

  @Override
  protected void closeInput() throws IOException {
    ahead.forEach(step -> step.cancel(true));
    ahead.clear();
    if (workers != null) {
      workers.shutdownNow();
    }
    in.close();
  }
}
