package dev.paperdigest.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads digests in one format from UTF-8 bytes. A reader holds no state between calls: get it once
 * from its {@link DigestFormat} and reuse it, from any thread.
 *
 * <pre>{@code
 * DigestReader reader = DigestFormats.load().byName("text").orElseThrow().reader();
 * Digest one = reader.read(Path.of("2024-10-10.txt"));
 * List<Digest> all = reader.readAll(Path.of("archive.txt"));
 * try (Stream<Digest> lazily = reader.open(Path.of("archive.txt")).stream()) {
 *   long papers = lazily.mapToLong(d -> d.papers().size()).sum();
 * }
 * }</pre>
 *
 * <p>Formats implement {@link #open(InputStream, String)}; the other methods are built on it.
 */
public interface DigestReader {

  /**
   * Starts reading the digests of {@code in} lazily: nothing is read until the iterator is asked.
   * The iterator owns {@code in} and closes it when it is closed.
   *
   * @param in UTF-8 input
   * @param sourceName the name diagnostics give the input, usually its path
   */
  DigestIterator open(InputStream in, String sourceName);

  /** Starts reading the digests of {@code file} lazily. */
  default DigestIterator open(Path file) throws IOException {
    return open(Files.newInputStream(file), file.toString());
  }

  /**
   * Reads an input that holds exactly one digest.
   *
   * @throws DigestFormatException if the input is not one readable digest
   */
  default Digest read(InputStream in, String sourceName) throws IOException {
    try (DigestIterator digests = open(in, sourceName)) {
      if (!digests.hasNext()) {
        throw new DigestFormatException(
            Diagnostic.error(sourceName, 1, 1, "expected a digest, but the input holds none"));
      }
      Digest digest = digests.next();
      if (digests.hasNext()) {
        SourcePosition second;
        try {
          digests.next();
          second = digests.position();
        } catch (DigestFormatException e) {
          second = digests.position();
        }
        throw new DigestFormatException(
            Diagnostic.error(
                sourceName,
                second.line(),
                second.column(),
                "expected one digest, but another one begins here; read the input as an archive"));
      }
      return digest;
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Reads a file that holds exactly one digest. */
  default Digest read(Path file) throws IOException {
    return read(Files.newInputStream(file), file.toString());
  }

  /** Reads a string that holds exactly one digest; diagnostics name it {@code <string>}. */
  default Digest read(String content) {
    try {
      return read(bytesOf(content), "<string>");
    } catch (IOException e) {
      throw new AssertionError("reading from memory cannot fail", e);
    }
  }

  /**
   * Reads every digest of an input into memory. A broken digest does not stop the reading: the
   * exception thrown at the end carries the diagnostics of every digest that failed.
   *
   * @throws DigestFormatException if any digest cannot be read
   */
  default List<Digest> readAll(InputStream in, String sourceName) throws IOException {
    List<Digest> result = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    try (DigestIterator digests = open(in, sourceName)) {
      while (digests.hasNext()) {
        try {
          result.add(digests.next());
        } catch (DigestFormatException e) {
          problems.addAll(e.diagnostics());
        }
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    if (!problems.isEmpty()) {
      throw new DigestFormatException(problems);
    }
    return result;
  }

  /** Reads every digest of a file into memory. */
  default List<Digest> readAll(Path file) throws IOException {
    return readAll(Files.newInputStream(file), file.toString());
  }

  /** Reads every digest of a string; diagnostics name it {@code <string>}. */
  default List<Digest> readAll(String content) {
    try {
      return readAll(bytesOf(content), "<string>");
    } catch (IOException e) {
      throw new AssertionError("reading from memory cannot fail", e);
    }
  }

  private static InputStream bytesOf(String content) {
    return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
  }
}
