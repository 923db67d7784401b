package dev.paperdigest.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The canonical form of a digest file: what its format's writer writes for what its reader reads.
 * Reading accepts more than writing produces (a byte-order mark, Windows line ends, keys in any
 * order), so this is the form {@code digest fmt} rewrites files to, and the one a build can require
 * them to be in.
 *
 * <pre>{@code
 * DigestFormat text = DigestFormats.load().require("text");
 * if (!CanonicalForm.isCanonical(text, Path.of("2024-10-10.txt"))) {
 *   byte[] canonical = CanonicalForm.of(text, Files.readAllBytes(path), path.toString());
 * }
 * }</pre>
 *
 * <p>Each method reads one digest at a time, so an archive of any size can be checked or rewritten
 * in constant memory. An input that does not read throws the {@link DigestFormatException} of its
 * first broken digest; {@link DigestReader#check} reports them all.
 */
public final class CanonicalForm {
  private CanonicalForm() {}

  /**
   * Writes the canonical form of {@code in} to {@code out}, one digest at a time.
   *
   * @param format the format to read and to write
   * @param in the input, closed when done
   * @param sourceName the name diagnostics give the input
   * @param out where the canonical form goes; flushed, not closed
   * @throws DigestFormatException if a digest of the input cannot be read
   * @throws UnwritableDigestException if the format cannot write back what it read (a defect of the
   *     format)
   * @throws IOException if the input or the output fails
   */
  public static void write(DigestFormat format, InputStream in, String sourceName, OutputStream out)
      throws IOException {
    try (DigestIterator digests = format.reader().open(in, sourceName)) {
      format.writer().writeAll(digests, out);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The canonical form of {@code content}.
   *
   * @param format the format to read and to write
   * @param content the input's bytes
   * @param sourceName the name diagnostics give the input
   * @return the canonical bytes; equal to {@code content} when it is canonical already
   * @throws DigestFormatException if a digest of the input cannot be read
   */
  public static byte[] of(DigestFormat format, byte[] content, String sourceName) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 64);
    try {
      write(format, new java.io.ByteArrayInputStream(content), sourceName, out);
    } catch (IOException e) {
      throw new AssertionError("reading and writing memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /**
   * Whether {@code file} is in canonical form. The canonical form is compared with the file as it
   * is written, and the comparison stops at the first byte that differs.
   *
   * @param format the format to read and to write
   * @param file the file
   * @return whether rewriting the file would leave it unchanged
   * @throws DigestFormatException if a digest of the file cannot be read
   * @throws IOException if the file cannot be read
   */
  public static boolean isCanonical(DigestFormat format, Path file) throws IOException {
    try (InputStream original = Files.newInputStream(file)) {
      ComparingOutputStream comparison = new ComparingOutputStream(original);
      try (DigestIterator digests = format.reader().open(file)) {
        format.writer().writeAll(digests, comparison);
      } catch (Differs differs) {
        return false;
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      return original.read() < 0;
    }
  }

  /** Thrown through the writer to stop it at the first difference. */
  private static final class Differs extends IOException {
    private static final long serialVersionUID = 1L;

    Differs() {
      super("the canonical form differs", null);
    }
  }

  /** An output that checks every byte written against the next byte of an input. */
  private static final class ComparingOutputStream extends OutputStream {
    private final InputStream expected;
    private final byte[] buffer = new byte[8192];

    ComparingOutputStream(InputStream expected) {
      this.expected = expected;
    }

    @Override
    public void write(int b) throws IOException {
      if (expected.read() != (b & 0xFF)) {
        throw new Differs();
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      int done = 0;
      while (done < length) {
        int read = expected.readNBytes(buffer, 0, Math.min(buffer.length, length - done));
        if (read == 0) {
          throw new Differs();
        }
        if (!java.util.Arrays.equals(buffer, 0, read, bytes, offset + done, offset + done + read)) {
          throw new Differs();
        }
        done += read;
      }
    }
  }
}
