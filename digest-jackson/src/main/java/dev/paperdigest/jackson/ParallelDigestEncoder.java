package dev.paperdigest.jackson;

import dev.paperdigest.core.Digest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Writes digests that workers encode, each into bytes of its own, in input order. The caller's
 * thread takes each digest from the iterator, checks that the format can write it, hands its
 * encoding to a worker and writes the bytes of the earlier digests as they come due; at most {@code
 * 4 × threads} digests are encoded ahead of the one written, which bounds memory.
 *
 * <p>Failures come as from a writer encoding on the caller's thread: the first in input order,
 * after the bytes of every digest before it and nothing of any after it. A refusal is checked on
 * the caller's thread before the next digest is taken, so the digest refused is the last the
 * iterator handed out, as callers that report where it was read expect. A failure of the iterator
 * itself is thrown once the digests taken before it are written. Only an encoding that fails for
 * another reason (a defect, or memory running out) comes after the iterator was read further.
 */
final class ParallelDigestEncoder {
  /** Encodes one digest; runs on a worker. */
  interface Encoding {
    byte[] encode(Digest digest) throws IOException;
  }

  private final int threads;
  private final String threadName;
  private final Consumer<Digest> check;
  private final Encoding encoding;

  /**
   * @param threads workers, 2 or more
   * @param threadName the workers' name, for thread dumps
   * @param check throws the format's refusal of a digest, on the caller's thread
   * @param encoding encodes a digest the check let through
   */
  ParallelDigestEncoder(int threads, String threadName, Consumer<Digest> check, Encoding encoding) {
    this.threads = threads;
    this.threadName = threadName;
    this.check = check;
    this.encoding = encoding;
  }

  void writeAll(Iterator<? extends Digest> digests, OutputStream out) throws IOException {
    int window = 4 * threads;
    ArrayDeque<Future<byte[]>> ahead = new ArrayDeque<>(window);
    // Started with the second digest: an input of one is encoded on the caller's thread, as the
    // text reader parses it, sparing the one-digest conversion the pool's start.
    ExecutorService workers = null;
    Digest first = null;
    try {
      while (true) {
        Digest digest;
        try {
          if (!digests.hasNext()) {
            break;
          }
          digest = digests.next();
          check.accept(digest);
        } catch (RuntimeException | Error e) {
          // The digests taken before it are written first; one of them failing is the failure.
          writeFirst(first, out);
          writeAll(ahead, out);
          throw e;
        }
        if (workers == null) {
          if (first == null) {
            first = digest;
            continue;
          }
          workers = startWorkers();
          Digest held = first;
          first = null;
          ahead.addLast(workers.submit(() -> encoding.encode(held)));
        }
        if (ahead.size() == window) {
          write(ahead.removeFirst(), out);
        }
        ahead.addLast(workers.submit(() -> encoding.encode(digest)));
        while (!ahead.isEmpty() && ahead.peekFirst().isDone()) {
          write(ahead.removeFirst(), out);
        }
      }
      writeFirst(first, out);
      writeAll(ahead, out);
    } catch (IOException | RuntimeException | Error e) {
      // What was written reaches its destination, as when a sequential writer closes its generator.
      try {
        out.flush();
      } catch (IOException flushing) {
        if (flushing != e) {
          e.addSuppressed(flushing);
        }
      }
      throw e;
    } finally {
      // Whatever failed, no worker outlives the call: encodings not written are abandoned.
      ahead.forEach(encoded -> encoded.cancel(true));
      if (workers != null) {
        workers.shutdownNow();
      }
    }
    out.flush();
  }

  private ExecutorService startWorkers() {
    return Executors.newFixedThreadPool(
        threads,
        task -> {
          Thread thread = new Thread(task, threadName);
          thread.setDaemon(true);
          return thread;
        });
  }

  /** Encodes and writes the digest held back while no second one had come, if there is one. */
  private void writeFirst(Digest first, OutputStream out) throws IOException {
    if (first != null) {
      out.write(encoding.encode(first));
    }
  }

  /** Writes every digest still ahead, in order. */
  private static void writeAll(ArrayDeque<Future<byte[]>> ahead, OutputStream out)
      throws IOException {
    while (!ahead.isEmpty()) {
      write(ahead.removeFirst(), out);
    }
  }

  private static void write(Future<byte[]> encoded, OutputStream out) throws IOException {
    byte[] bytes;
    try {
      bytes = encoded.get();
    } catch (ExecutionException e) {
      Throwable failure = e.getCause();
      if (failure instanceof IOException io) {
        throw io;
      }
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(failure);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing digests");
    }
    out.write(bytes);
  }
}
