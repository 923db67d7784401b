package dev.paperdigest.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
   * @return the iterator, to be closed
   */
  DigestIterator open(InputStream in, String sourceName);

  /**
   * Starts reading the digests of {@code file} lazily. The file is opened when the first digest is
   * asked for and closed at the end of its input, so an iterator holds a file handle only while it
   * is being read. Pipes, FIFOs and devices ({@code /dev/stdin}) read as files do.
   *
   * @param file the file
   * @return the iterator, to be closed
   * @throws NoSuchFileException if there is no such file
   * @throws IOException if {@code file} is a directory, or its attributes cannot be read
   */
  default DigestIterator open(Path file) throws IOException {
    return open(lazily(file), file.toString());
  }

  /**
   * Reads an input that holds exactly one digest, and closes it.
   *
   * @param in UTF-8 input
   * @param sourceName the name diagnostics give the input, usually its path
   * @return the digest
   * @throws DigestFormatException if the input is not one readable digest
   * @throws IOException if the input cannot be read
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

  /**
   * Reads a file that holds exactly one digest.
   *
   * @param file the file
   * @return the digest
   * @throws DigestFormatException if the file is not one readable digest
   * @throws IOException if the file cannot be read
   */
  default Digest read(Path file) throws IOException {
    return read(lazily(file), file.toString());
  }

  /**
   * Reads a string that holds exactly one digest; diagnostics name it {@code <string>}.
   *
   * @param content the digest, as the format writes it
   * @return the digest
   * @throws DigestFormatException if the string is not one readable digest
   */
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
   * @param in UTF-8 input, closed at the end
   * @param sourceName the name diagnostics give the input, usually its path
   * @return the digests in input order
   * @throws DigestFormatException if any digest cannot be read
   * @throws IOException if the input cannot be read
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

  /**
   * Reads every digest of a file into memory.
   *
   * @param file the file
   * @return the digests in file order
   * @throws DigestFormatException if any digest cannot be read
   * @throws IOException if the file cannot be read
   */
  default List<Digest> readAll(Path file) throws IOException {
    return readAll(lazily(file), file.toString());
  }

  /**
   * Reads every digest of a string; diagnostics name it {@code <string>}.
   *
   * @param content the digests, as the format writes them
   * @return the digests in order
   * @throws DigestFormatException if any digest cannot be read
   */
  default List<Digest> readAll(String content) {
    try {
      return readAll(bytesOf(content), "<string>");
    } catch (IOException e) {
      throw new AssertionError("reading from memory cannot fail", e);
    }
  }

  /**
   * Reads every digest of an input only to check it, and returns every diagnostic: the errors of
   * the digests that cannot be read, the warnings of those that can, and a warning when the input
   * holds no digest at all. Unlike {@link #readAll}, it never throws {@link DigestFormatException},
   * and holds one digest at a time.
   *
   * <pre>{@code
   * List<Diagnostic> found = reader.check(Files.newInputStream(path), path.toString());
   * boolean valid = found.stream().noneMatch(Diagnostic::isError);
   * }</pre>
   *
   * @param in UTF-8 input, closed when done
   * @param sourceName the name diagnostics give the input
   * @return the diagnostics in input order; empty for a valid input without warnings
   * @throws IOException if the input fails
   */
  default List<Diagnostic> check(InputStream in, String sourceName) throws IOException {
    List<Diagnostic> found = new ArrayList<>();
    try (DigestIterator digests = open(in, sourceName)) {
      if (digests.checkRest(found::add) == 0) {
        found.add(noDigestWarning(sourceName));
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    return found;
  }

  /**
   * The warning for an input that holds no digest at all: it reads, but an empty file is rarely
   * what anyone meant to give. Its rule id is {@code empty-input}.
   *
   * @param sourceName the input's name
   * @return the warning, at 1:1
   */
  static Diagnostic noDigestWarning(String sourceName) {
    return Diagnostic.warning(
        sourceName,
        1,
        1,
        "empty-input",
        "the input holds no digest; is it empty, or the wrong file?");
  }

  /**
   * Checks every digest of a file, as {@link #check(InputStream, String)} does.
   *
   * @param file the file
   * @return the diagnostics in input order
   * @throws IOException if the file cannot be read
   */
  default List<Diagnostic> check(Path file) throws IOException {
    return check(lazily(file), file.toString());
  }

  /**
   * The bytes of {@code file}, opened at the first read; its absence, or a directory, is reported
   * now rather than at the first read.
   */
  private static InputStream lazily(Path file) throws IOException {
    if (Files.readAttributes(file, BasicFileAttributes.class).isDirectory()) {
      throw new FileSystemException(file.toString(), null, "Is a directory");
    }
    return new LazyFileInputStream(file);
  }

  private static InputStream bytesOf(String content) {
    return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
  }
}
