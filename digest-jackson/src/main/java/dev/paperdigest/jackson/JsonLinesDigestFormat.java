package dev.paperdigest.jackson;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import java.util.List;

/**
 * The {@code jsonl} format ({@code .jsonl}, JSON Lines): one digest per line, each a compact JSON
 * object of the same shape as the {@code json} format (the schema's {@code #/$defs/digest}),
 * followed by {@code \n}. Suited to archives: reading takes one line at a time, so an archive of
 * any size streams in constant memory, and a broken line fails alone, reported with its line
 * number, while reading goes on with the next.
 *
 * <pre>{@code
 * DigestFormat jsonl = DigestFormats.load().byName("jsonl").orElseThrow();
 * try (Stream<Digest> digests = jsonl.reader().open(Path.of("archive.jsonl")).stream()) {
 *   long papers = digests.mapToLong(d -> d.papers().size()).sum();
 * }
 * }</pre>
 *
 * <p>Blank lines (empty, or only spaces, tabs and a carriage return) are skipped when reading, so a
 * trailing empty line or Windows line endings do no harm; the writer never produces them.
 */
public final class JsonLinesDigestFormat implements DigestFormat {
  /** The format's name, which writers give in their refusals. */
  static final String NAME = "jsonl";

  /** The format; cheap, as the registry requires: the Jackson factory is built on first use. */
  public JsonLinesDigestFormat() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> extensions() {
    return List.of(".jsonl");
  }

  @Override
  public DigestReader reader() {
    // Thin: the Jackson factory behind it is built once, on first use (JsonLimits).
    return new JsonLinesDigestReader(
        JsonLimits.jsonLinesFactory(), JsonLimits.MAX_JSONL_LINE_BYTES);
  }

  @Override
  public DigestWriter writer() {
    return new JsonLinesDigestWriter(JsonLimits.jsonLinesFactory());
  }
}
