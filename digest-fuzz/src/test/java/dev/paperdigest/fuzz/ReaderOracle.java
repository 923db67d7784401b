package dev.paperdigest.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.UnwritableDigestException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** What every reader promises for any bytes (docs/reliability.md). */
final class ReaderOracle {
  /** Longer inputs are skipped: they find nothing short ones do not, only slower. */
  static final int MAX_INPUT_BYTES = 1 << 16;

  /** The time one input may take; a linear reader takes milliseconds for 64 KiB. */
  static final long SECONDS_PER_INPUT = 10;

  static final String SOURCE = "fuzz.in";

  private ReaderOracle() {}

  /**
   * Reads {@code input}: it ends in digests or in a {@link DigestFormatException} whose diagnostics
   * lie inside the input; each paper read keeps every rule of the model; the digests read write
   * back and read again to equal ones.
   */
  static void check(DigestFormat format, byte[] input) {
    if (input.length > MAX_INPUT_BYTES) {
      return;
    }
    List<Digest> digests;
    try {
      digests = read(format, input);
    } catch (DigestFormatException e) {
      assertTrue(!e.diagnostics().isEmpty(), "a refusal says why");
      checkDiagnostics(format, e.diagnostics(), input);
      return;
    }
    checkDiagnostics(format, checkAll(format, input), input);
    // The text reader builds its papers without the model's scan for line breaks and surrogates.
    for (Digest digest : digests) {
      for (Paper paper : digest.papers()) {
        assertEquals(paper, Paper.builder().from(paper).build(), "a paper read, checked again");
      }
    }
    byte[] written;
    try {
      written = write(format, digests);
    } catch (UnwritableDigestException e) {
      return;
    }
    List<Digest> again;
    try {
      again = read(format, written);
    } catch (DigestFormatException e) {
      throw new AssertionError(
          "what was read does not read back: "
              + e.getMessage()
              + "\n--- written ---\n"
              + new String(written, java.nio.charset.StandardCharsets.UTF_8),
          e);
    }
    assertEquals(digests, again, "read, written and read again");
  }

  static List<Digest> read(DigestFormat format, byte[] input) {
    try {
      return format.reader().readAll(new ByteArrayInputStream(input), SOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] write(DigestFormat format, List<Digest> digests) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      format.writer().writeAll(digests, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static List<Diagnostic> checkAll(DigestFormat format, byte[] input) {
    try {
      return format.reader().check(new ByteArrayInputStream(input), SOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Each diagnostic names the input, lies on one of its lines (or just after its end), no further
   * right than one past the line's last byte, and says what it says without raw control characters.
   * Columns count code points, never more than the bytes that encode them, so bytes bound them
   * whatever the reader makes of malformed UTF-8. In jsonl a line ends at LF alone: a CR inside a
   * line is whitespace there (docs/json.md).
   */
  static void checkDiagnostics(DigestFormat format, List<Diagnostic> diagnostics, byte[] input) {
    List<Integer> lineLengths = lineLengths(input, !format.name().equals("jsonl"));
    for (Diagnostic d : diagnostics) {
      assertEquals(SOURCE, d.source(), d.toString());
      assertTrue(d.line() >= 1 && d.line() <= lineLengths.size(), "line outside the input: " + d);
      long lastColumn = lineLengths.get((int) d.line() - 1) + 1L;
      assertTrue(d.column() >= 1 && d.column() <= lastColumn, "column outside its line: " + d);
      d.message()
          .codePoints()
          .forEach(
              c ->
                  assertTrue(
                      !Character.isISOControl(c) && !isBidiControl(c),
                      "raw control character U+%04X in: %s".formatted(c, d)));
    }
  }

  private static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C;
  }

  /** The byte length of each line; lines end at LF and CRLF, and at CR alone if so told. */
  private static List<Integer> lineLengths(byte[] input, boolean crEndsLine) {
    List<Integer> lengths = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n' || (crEndsLine && input[i] == '\r')) {
        lengths.add(i - start);
        if (input[i] == '\r' && i + 1 < input.length && input[i + 1] == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lengths.add(input.length - start);
    return lengths;
  }
}
