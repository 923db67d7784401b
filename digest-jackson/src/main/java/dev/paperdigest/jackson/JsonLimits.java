package dev.paperdigest.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * The read limits of the {@code json} and {@code jsonl} formats (docs/json.md, "Limits"), and the
 * Jackson factories configured with them. Built on first use, not when a format is loaded.
 *
 * <p>Parsing is Jackson's default, strict RFC 8259: no comments, single quotes or trailing commas.
 * A digest nests five deep at most (array of digests, digest, papers, paper, authors); the depth
 * limit leaves room for that and refuses anything much deeper, which only an attack or an accident
 * produces. Strings may be long (an abstract pasted whole, a comment of many lines) but not
 * unbounded.
 */
final class JsonLimits {
  /** Deepest nesting of arrays and objects. */
  static final int MAX_NESTING_DEPTH = 16;

  /** Longest string value, in characters: 64 Mi. */
  static final int MAX_STRING_LENGTH = 64 << 20;

  /** Longest key, in characters. */
  static final int MAX_KEY_LENGTH = 1024;

  /** Longest number, in characters; digests hold no numbers, so any number is refused anyway. */
  static final int MAX_NUMBER_LENGTH = 100;

  /** Longest {@code json} document, in bytes: 4 GiB. Longer archives belong in {@code jsonl}. */
  static final long MAX_JSON_DOCUMENT_BYTES = 4L << 30;

  /** Longest {@code jsonl} line, in bytes: 256 MiB. */
  static final int MAX_JSONL_LINE_BYTES = 256 << 20;

  private JsonLimits() {}

  /** The factory the {@code json} format reads and writes with. */
  static JsonFactory jsonFactory() {
    return Factories.JSON;
  }

  /** The factory the {@code jsonl} format reads (one parser per line) and writes with. */
  static JsonFactory jsonLinesFactory() {
    return Factories.JSON_LINES;
  }

  /** Holder idiom: the factories are built when first asked for. */
  private static final class Factories {
    static final JsonFactory JSON = build(MAX_JSON_DOCUMENT_BYTES);
    static final JsonFactory JSON_LINES = build(MAX_JSONL_LINE_BYTES);

    private static JsonFactory build(long maxDocumentBytes) {
      StreamReadConstraints constraints =
          StreamReadConstraints.builder()
              .maxNestingDepth(MAX_NESTING_DEPTH)
              .maxStringLength(MAX_STRING_LENGTH)
              .maxNameLength(MAX_KEY_LENGTH)
              .maxNumberLength(MAX_NUMBER_LENGTH)
              .maxDocumentLength(maxDocumentBytes)
              .build();
      return new JsonFactoryBuilder()
          // Between the lines of jsonl the writer puts a newline of its own, not Jackson's space.
          .rootValueSeparator((String) null)
          .streamReadConstraints(constraints)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          // The json iterator closes its input itself, once, at its end or on close().
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          // Writers flush but never close the caller's stream, and never finish a digest that
          // failed half-way with closing brackets that would make it look complete.
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
          .build();
    }
  }
}
