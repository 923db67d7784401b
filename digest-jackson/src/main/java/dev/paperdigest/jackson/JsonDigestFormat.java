package dev.paperdigest.jackson;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import java.io.InputStream;
import java.util.List;

/**
 * The {@code json} format ({@code .json}): one digest as a JSON object, an archive of several as an
 * array of them, in the shape docs/json.md describes and the JSON Schema at {@link
 * #SCHEMA_RESOURCE} defines. Found through {@code DigestFormats}:
 *
 * <pre>{@code
 * DigestFormats formats = DigestFormats.load();
 * Digest digest = formats.byName("text").orElseThrow().reader().read(Path.of("2024-10-10.txt"));
 * formats.byName("json").orElseThrow().writer().write(digest, System.out);
 * }</pre>
 *
 * <p>Written indented by two spaces with a final newline, keys in a fixed order, non-ASCII text as
 * UTF-8. Read lazily: the elements of an array are read one digest at a time. Every problem is
 * reported as a {@code DigestFormatException} whose diagnostics give the line, the column (in code
 * points) and the JSONPath of the offending value.
 */
public final class JsonDigestFormat implements DigestFormat {
  /**
   * Where the JSON Schema (draft 2020-12) of the shape is in this jar; {@link #schema()} opens it.
   * It accepts a digest object or an array of them; its {@code #/$defs/digest} is one digest, which
   * is what each line of the {@code jsonl} format holds.
   */
  public static final String SCHEMA_RESOURCE = "/dev/paperdigest/jackson/digest.schema.json";

  /** The format's name, which writers give in their refusals. */
  static final String NAME = "json";

  /**
   * Opens the JSON Schema at {@link #SCHEMA_RESOURCE}. On the module path only this module may read
   * a resource of its own package, so {@code getResourceAsStream} from elsewhere finds nothing
   * there; this method works on both paths.
   *
   * <pre>{@code
   * try (InputStream schema = JsonDigestFormat.schema()) {
   *   JsonNode tree = new ObjectMapper().readTree(schema);
   * }
   * }</pre>
   *
   * @return the schema's UTF-8 bytes, to be closed
   */
  public static InputStream schema() {
    InputStream in = JsonDigestFormat.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the digest-jackson jar");
    }
    return in;
  }

  /** The format; cheap, as the registry requires: the Jackson factory is built on first use. */
  public JsonDigestFormat() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> extensions() {
    return List.of(".json");
  }

  @Override
  public DigestReader reader() {
    // Thin: the Jackson factory behind it is built once, on first use (JsonLimits).
    return new JsonDigestReader(JsonLimits.jsonFactory());
  }

  @Override
  public DigestWriter writer() {
    return new JsonDigestWriter(JsonLimits.jsonFactory());
  }
}
