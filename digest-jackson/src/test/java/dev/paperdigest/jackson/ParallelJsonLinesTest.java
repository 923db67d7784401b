package dev.paperdigest.jackson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.testkit.DigestGenerators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A {@code jsonl} writer encoding on several threads writes exactly what the sequential one writes:
 * the same bytes, and on a failure the same exception, after the same digests were taken from the
 * iterator and the same lines written; and it leaves no thread behind.
 */
class ParallelJsonLinesTest {
  private static final DigestWriter SEQUENTIAL = new JsonLinesDigestFormat().writer();
  private static final String WORKER = "digest-jsonl-writer";

  /**
   * One step of an archive as an iterator hands it out: a digest, or a failure of {@code next()} or
   * of {@code hasNext()}.
   */
  private record Step(Digest digest, RuntimeException failure, boolean failsInHasNext) {}

  /** What a writer made of the steps: its bytes, how many steps it took, what it threw. */
  private record Transcript(byte[] written, int taken, Throwable thrown) {}

  @AfterEach
  void noWorkerIsLeft() throws InterruptedException {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals(WORKER)) {
        thread.join(10_000);
        assertFalse(thread.isAlive(), "a worker outlived its writer");
      }
    }
  }

  @Test
  void sameBytesAndSameFailuresAsSequential() {
    Gen<List<Step>> archives = SourceDSL.lists().of(steps()).ofSizeBetween(0, 40);
    qt().withExamples(60)
        .withShrinkCycles(50)
        .forAll(archives, SourceDSL.integers().between(2, 4))
        .checkAssert(
            (steps, threads) ->
                assertSameWriting(
                    write(SEQUENTIAL, steps),
                    write(new JsonLinesDigestFormat().withThreads(threads).writer(), steps)));
  }

  @Test
  void aRefusalInTheMiddleComesAfterTheLinesBeforeItAndBeforeTheNextDigestIsTaken() {
    Digest digest = TestDigests.twoPapers();
    List<Step> steps = new ArrayList<>(Collections.nCopies(30, step(digest)));
    steps.set(17, new Step(digest.withDate(LocalDate.of(10_000, 1, 1)), null, false));
    Transcript parallel = write(new JsonLinesDigestFormat().withThreads(2).writer(), steps);
    assertSameWriting(write(SEQUENTIAL, steps), parallel);
    assertEquals(18, parallel.taken());
    assertEquals(17, lines(parallel.written()));
    UnwritableDigestException refusal = (UnwritableDigestException) parallel.thrown();
    assertEquals(-1, refusal.paper());
  }

  @Test
  void aReadFailureInTheMiddleIsThrownItselfAfterTheLinesBeforeIt() {
    Digest digest = TestDigests.twoPapers();
    UncheckedIOException failure = new UncheckedIOException(new IOException("Input/output error"));
    List<Step> steps = new ArrayList<>(Collections.nCopies(30, step(digest)));
    steps.set(12, new Step(null, failure, false));
    Transcript parallel = write(new JsonLinesDigestFormat().withThreads(3).writer(), steps);
    assertSameWriting(write(SEQUENTIAL, steps), parallel);
    assertSame(failure, parallel.thrown());
    assertEquals(12, lines(parallel.written()));
  }

  @Test
  void aFailingOutputFailsTheSameAndStopsTheWorkers() {
    Digest digest = TestDigests.twoPapers();
    List<Step> steps = Collections.nCopies(200, step(digest));
    for (DigestWriter writer :
        List.of(SEQUENTIAL, new JsonLinesDigestFormat().withThreads(2).writer())) {
      OutputStream brokenPipe =
          new OutputStream() {
            private long bytes;

            @Override
            public void write(int b) throws IOException {
              write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              bytes += len;
              if (bytes > 20_000) {
                throw new IOException("Broken pipe");
              }
            }
          };
      IOException e =
          assertThrows(IOException.class, () -> writer.writeAll(scripted(steps), brokenPipe));
      assertEquals("Broken pipe", e.getMessage());
    }
  }

  /** A conversion of one digest, the common case of the command, starts no worker. */
  @Test
  void aSingleDigestIsEncodedWithoutStartingWorkers() throws IOException {
    List<String> workersWhileWriting = new ArrayList<>();
    ByteArrayOutputStream written =
        new ByteArrayOutputStream() {
          @Override
          public synchronized void write(byte[] b, int off, int len) {
            Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(WORKER))
                .forEach(thread -> workersWhileWriting.add(thread.getName()));
            super.write(b, off, len);
          }
        };
    List<Digest> one = List.of(TestDigests.twoPapers());
    new JsonLinesDigestFormat().withThreads(4).writer().writeAll(one.iterator(), written);
    assertEquals(List.of(), workersWhileWriting);
    ByteArrayOutputStream sequential = new ByteArrayOutputStream();
    SEQUENTIAL.writeAll(one.iterator(), sequential);
    assertArrayEquals(sequential.toByteArray(), written.toByteArray());
  }

  @Test
  void takesDigestsOnlyAWindowAheadOfTheLinesWritten() throws IOException {
    int threads = 2;
    long[] lines = new long[1];
    OutputStream counting =
        new OutputStream() {
          @Override
          public void write(int b) {
            if (b == '\n') {
              lines[0]++;
            }
          }
        };
    Digest digest = TestDigests.twoPapers();
    Iterator<Digest> archive =
        new Iterator<>() {
          private int taken;

          @Override
          public boolean hasNext() {
            return taken < 1_000;
          }

          @Override
          public Digest next() {
            assertTrue(taken - lines[0] <= 4 * threads + 1, taken + " taken, " + lines[0]);
            taken++;
            return digest;
          }
        };
    new JsonLinesDigestFormat().withThreads(threads).writer().writeAll(archive, counting);
    assertEquals(1_000, lines[0]);
  }

  @Test
  void threadsOutOfRangeAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new JsonLinesDigestFormat().withThreads(0));
    assertEquals("the jsonl writer encodes on 1 to 256 threads, not 0", e.getMessage());
  }

  @Test
  void aPropertyThatIsNoNumberOfThreadsFailsEveryWriteBeforeWritingAnything() {
    JsonLinesDigestFormat format;
    System.setProperty(JsonLinesDigestFormat.THREADS_PROPERTY, "many");
    try {
      format = new JsonLinesDigestFormat();
    } finally {
      System.clearProperty(JsonLinesDigestFormat.THREADS_PROPERTY);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> format.writer().write(TestDigests.twoPapers(), out));
    assertEquals(
        "the system property digest.jsonl.threads is many; give a number of threads from 1 to 256",
        e.getMessage());
    assertEquals(0, out.size());
  }

  @Test
  void thePropertySetsTheThreads() {
    List<Step> steps = Collections.nCopies(20, step(TestDigests.twoPapers()));
    System.setProperty(JsonLinesDigestFormat.THREADS_PROPERTY, " 3 ");
    try {
      assertSameWriting(
          write(SEQUENTIAL, steps), write(new JsonLinesDigestFormat().writer(), steps));
    } finally {
      System.clearProperty(JsonLinesDigestFormat.THREADS_PROPERTY);
    }
  }

  private static Step step(Digest digest) {
    return new Step(digest, null, false);
  }

  /** Mostly digests, some of which no format can write, and now and then a failure to read. */
  private static Gen<Step> steps() {
    return DigestGenerators.digests()
        .zip(
            SourceDSL.integers().between(0, 99),
            (digest, roll) -> {
              if (roll < 88) {
                return step(digest);
              } else if (roll < 91) {
                return step(digest.withDate(LocalDate.of(roll % 2 == 0 ? 10_000 : -1, 1, 1)));
              } else if (roll < 94) {
                return new Step(
                    null,
                    new DigestFormatException(Diagnostic.error("a.txt", roll, 1, "broken")),
                    false);
              } else if (roll < 97) {
                return new Step(
                    null, new UncheckedIOException(new IOException("Input/output error")), false);
              } else {
                return new Step(
                    null, new UncheckedIOException(new IOException("No such file")), true);
              }
            });
  }

  private static Transcript write(DigestWriter writer, List<Step> steps) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int[] taken = new int[1];
    Iterator<Digest> digests = scripted(steps, taken);
    Throwable thrown = null;
    try {
      writer.writeAll(digests, out);
    } catch (IOException | RuntimeException e) {
      thrown = e;
    }
    return new Transcript(out.toByteArray(), taken[0], thrown);
  }

  private static void assertSameWriting(Transcript sequential, Transcript parallel) {
    assertArrayEquals(sequential.written(), parallel.written());
    assertEquals(sequential.taken(), parallel.taken());
    if (sequential.thrown() instanceof UnwritableDigestException) {
      // Each writer makes its own refusal, in the same words.
      assertEquals(sequential.thrown().getClass(), parallel.thrown().getClass());
      assertEquals(sequential.thrown().getMessage(), parallel.thrown().getMessage());
    } else {
      // A failure of the iterator is thrown itself, as callers that recognise it expect.
      assertSame(sequential.thrown(), parallel.thrown());
    }
  }

  private static Iterator<Digest> scripted(List<Step> steps) {
    return scripted(steps, new int[1]);
  }

  /** The steps as an iterator, counting in {@code taken} the calls of {@code next()}. */
  private static Iterator<Digest> scripted(List<Step> steps, int[] taken) {
    return new Iterator<>() {
      private int index;

      @Override
      public boolean hasNext() {
        if (index < steps.size() && steps.get(index).failsInHasNext()) {
          throw steps.get(index).failure();
        }
        return index < steps.size();
      }

      @Override
      public Digest next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        taken[0]++;
        Step step = steps.get(index++);
        if (step.failure() != null) {
          throw step.failure();
        }
        return step.digest();
      }
    };
  }

  private static long lines(byte[] written) {
    long lines = 0;
    for (byte b : written) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
