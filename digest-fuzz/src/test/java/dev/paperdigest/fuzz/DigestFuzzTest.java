package dev.paperdigest.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.jackson.DigestModule;
import dev.paperdigest.jackson.JsonDigestFormat;
import dev.paperdigest.jackson.JsonLinesDigestFormat;
import dev.paperdigest.markdown.MarkdownFormat;
import dev.paperdigest.text.TextFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * One fuzz target per reader, and one that carries text through every format. Without {@code
 * JAZZER_FUZZ} each target replays its inputs directory under {@code
 * src/test/resources/dev/paperdigest/fuzz/DigestFuzzTestInputs/<target>/}: the seeds and every
 * input that ever failed. {@code ./fuzz TARGET DURATION} fuzzes one target (docs/reliability.md).
 *
 * <p>The {@link Timeout} is the per-input time limit: JUnit applies it to each replayed input, and
 * Jazzer turns it into libFuzzer's {@code -timeout} while fuzzing (where {@code ./fuzz} switches
 * JUnit's own timeouts off, since the whole run is one JUnit invocation).
 */
class DigestFuzzTest {
  private static final DigestFormat TEXT = new TextFormat();
  private static final DigestFormat JSON = new JsonDigestFormat();
  private static final DigestFormat JSONL = new JsonLinesDigestFormat();
  private static final DigestFormat MARKDOWN = new MarkdownFormat();
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new DigestModule());

  @Timeout(value = ReaderOracle.SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
  @FuzzTest
  void text(byte[] input) {
    ReaderOracle.check(TEXT, input);
  }

  @Timeout(value = ReaderOracle.SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
  @FuzzTest
  void json(byte[] input) {
    ReaderOracle.check(JSON, input);
  }

  @Timeout(value = ReaderOracle.SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
  @FuzzTest
  void jsonl(byte[] input) {
    ReaderOracle.check(JSONL, input);
  }

  @Timeout(value = ReaderOracle.SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
  @FuzzTest
  void markdown(byte[] input) {
    ReaderOracle.check(MARKDOWN, input);
  }

  /**
   * The module on a plain mapper: reading ends in a digest or in Jackson's own exception (a {@link
   * JacksonException}, or the {@link java.io.CharConversionException} of its encoding detection,
   * which is the mapper's and not the module's); a digest read writes back (or is refused for its
   * year, as documented) and reads again to an equal one.
   */
  @Timeout(value = ReaderOracle.SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
  @FuzzTest
  void module(byte[] input) throws Exception {
    if (input.length > ReaderOracle.MAX_INPUT_BYTES) {
      return;
    }
    Digest digest;
    try {
      digest = MAPPER.readValue(input, Digest.class);
    } catch (JacksonException | java.io.CharConversionException e) {
      return;
    }
    if (digest == null) {
      return; // the JSON literal null
    }
    byte[] written;
    try {
      written = MAPPER.writeValueAsBytes(digest);
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof UnwritableDigestException) {
        return;
      }
      throw e;
    }
    assertEquals(digest, MAPPER.readValue(written, Digest.class));
  }

  /**
   * Text carried through JSON and Markdown back to text: each writer refuses with {@link
   * UnwritableDigestException} or writes what its reader reads back equal.
   */
  @Timeout(value = ReaderOracle.SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
  @FuzzTest
  void chain(byte[] input) {
    if (input.length > ReaderOracle.MAX_INPUT_BYTES) {
      return;
    }
    List<Digest> digests;
    try {
      digests = ReaderOracle.read(TEXT, input);
    } catch (DigestFormatException e) {
      return;
    }
    for (DigestFormat format : List.of(JSON, MARKDOWN, TEXT)) {
      byte[] written;
      try {
        written = ReaderOracle.write(format, digests);
      } catch (UnwritableDigestException e) {
        return;
      }
      assertEquals(digests, ReaderOracle.read(format, written), format.name());
    }
  }
}
