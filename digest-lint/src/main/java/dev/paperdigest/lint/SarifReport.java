package dev.paperdigest.lint;

import dev.paperdigest.core.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@link ReportFormat#SARIF}: a SARIF 2.1.0 log of one run of the tool {@code digest}. The header,
 * with every rule, is written first and each result as it comes, so that a report of any length
 * streams. Files under the base directory are given relative to it ({@code %SRCROOT%}), as GitHub
 * code scanning expects; columns count Unicode code points, as every diagnostic's do.
 */
final class SarifReport extends JsonBackedReport {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  private static final String BASE_ID = "%SRCROOT%";

  /** The rule id SARIF gives an input that does not read, which lint cannot select or silence. */
  static final String READ_ERROR = "read-error";

  private final Path base;

  SarifReport(OutputStream out, Path baseDirectory) {
    super(out);
    this.base = baseDirectory.toAbsolutePath().normalize();
    begin();
  }

  @Override
  void writeBeginning() throws IOException {
    json.writeStartObject();
    json.writeStringField("$schema", SCHEMA);
    json.writeStringField("version", "2.1.0");
    json.writeArrayFieldStart("runs");
    json.writeStartObject();
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "digest");
    json.writeArrayFieldStart("rules");
    for (LintRule rule : LintRule.values()) {
      rule(rule.id(), rule.rationale(), rule.advice(), "warning");
    }
    rule(
        READ_ERROR,
        "The input is not a valid digest in its format, as `digest validate` reports it.",
        "Correct the input where the message says; `digest validate` reports the same errors.",
        "error");
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.writeStringField("columnKind", "unicodeCodePoints");
    json.writeObjectFieldStart("originalUriBaseIds");
    json.writeObjectFieldStart(BASE_ID);
    String baseUri = base.toUri().toASCIIString();
    json.writeStringField("uri", baseUri.endsWith("/") ? baseUri : baseUri + "/");
    json.writeEndObject();
    json.writeEndObject();
    json.writeArrayFieldStart("results");
  }

  private void rule(String id, String rationale, String advice, String level) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", id);
    json.writeObjectFieldStart("shortDescription");
    json.writeStringField("text", rationale);
    json.writeEndObject();
    json.writeObjectFieldStart("help");
    json.writeStringField("text", advice);
    json.writeEndObject();
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", level);
    json.writeEndObject();
    json.writeEndObject();
  }

  @Override
  void write(Diagnostic diagnostic) throws IOException {
    json.writeStartObject();
    String ruleId = diagnostic.isError() ? READ_ERROR : diagnostic.code();
    json.writeStringField("ruleId", ruleId);
    int index = ruleIndex(ruleId);
    if (index >= 0) {
      json.writeNumberField("ruleIndex", index);
    }
    json.writeStringField("level", diagnostic.severity().word());
    json.writeObjectFieldStart("message");
    json.writeStringField("text", diagnostic.message());
    json.writeEndObject();
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    artifactLocation(diagnostic.source());
    json.writeObjectFieldStart("region");
    json.writeNumberField("startLine", diagnostic.line());
    json.writeNumberField("startColumn", diagnostic.column());
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  @Override
  void writeEnd() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The index of a rule in the header's list, or -1 for an id a reader has and lint does not. */
  private static int ruleIndex(String ruleId) {
    if (READ_ERROR.equals(ruleId)) {
      return LintRule.values().length;
    }
    return LintRule.byId(ruleId).map(Enum::ordinal).orElse(-1);
  }

  /** The file as a URI: relative to the base directory when under it, else absolute. */
  private void artifactLocation(String source) throws IOException {
    json.writeObjectFieldStart("artifactLocation");
    Path file;
    try {
      file = Path.of(source).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      file = null;
    }
    if (file != null && file.startsWith(base)) {
      json.writeStringField("uri", relativeUri(base.relativize(file)));
      json.writeStringField("uriBaseId", BASE_ID);
    } else if (file != null) {
      json.writeStringField("uri", file.toUri().toASCIIString());
    } else {
      json.writeStringField("uri", encode(source));
    }
    json.writeEndObject();
  }

  /** {@code dir/2024-10-10.txt}, each segment percent-encoded as a URI path needs. */
  private static String relativeUri(Path relative) {
    StringBuilder uri = new StringBuilder();
    for (Path segment : relative) {
      if (uri.length() > 0) {
        uri.append('/');
      }
      uri.append(encode(segment.toString()));
    }
    return uri.toString();
  }

  private static String encode(String segment) {
    try {
      // A colon could be taken for a scheme's end, a slash for a separator: both are escaped.
      String encoded = new URI(null, null, segment, null).toASCIIString();
      return encoded.replace(":", "%3A").replace("/", "%2F");
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a path with every character quoted is a URI", e);
    }
  }
}
