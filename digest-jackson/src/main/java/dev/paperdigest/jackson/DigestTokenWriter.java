package dev.paperdigest.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.core.spi.DigestDates;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes digests and papers as JSON tokens, straight to a {@link JsonGenerator}: the one place that
 * knows the shape's key order, shared by {@link DigestModule}'s serializers and the {@code json}
 * and {@code jsonl} writers. It asks nothing of the generator's configuration, so a mapper's
 * settings (sorted properties, dates as timestamps, ...) cannot change the shape.
 */
final class DigestTokenWriter {
  private DigestTokenWriter() {}

  /**
   * Writes {@code digest} as one JSON object.
   *
   * @param formatName the format writing it, for a refusal to name
   * @throws UnwritableDigestException before writing anything if the date's year is outside
   *     0000..9999, which {@code YYYY-MM-DD} cannot hold
   */
  static void writeDigest(JsonGenerator out, Digest digest, String formatName) throws IOException {
    if (!DigestDates.isWritable(digest.date())) {
      throw new UnwritableDigestException(
          formatName, -1, null, DigestDates.unwritableReason(formatName, digest.date()));
    }
    char[] date = new char[10];
    DigestDates.iso(digest.date(), date);
    out.writeStartObject(digest);
    out.writeFieldName(JsonKeys.DATE);
    out.writeString(date, 0, date.length);
    out.writeFieldName(JsonKeys.PAPERS);
    List<Paper> papers = digest.papers();
    out.writeStartArray(papers, papers.size());
    for (Paper paper : papers) {
      writePaper(out, paper);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /** Writes {@code paper} as one JSON object. */
  static void writePaper(JsonGenerator out, Paper paper) throws IOException {
    out.writeStartObject(paper);
    out.writeFieldName(JsonKeys.TITLE);
    out.writeString(paper.title());
    out.writeFieldName(JsonKeys.AUTHORS);
    writeStrings(out, paper.authors());
    writeOptional(out, JsonKeys.ABSTRACT, paper.abstractText());
    writeOptional(out, JsonKeys.COMMENT, paper.comment());
    writeOptional(out, JsonKeys.TRANSLATION, paper.translation());
    out.writeFieldName(JsonKeys.TAGS);
    writeStrings(out, paper.tags());
    out.writeEndObject();
  }

  private static void writeStrings(JsonGenerator out, List<String> values) throws IOException {
    out.writeStartArray(values, values.size());
    for (String value : values) {
      out.writeString(value);
    }
    out.writeEndArray();
  }

  private static void writeOptional(
      JsonGenerator out, SerializableString key, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      out.writeFieldName(key);
      out.writeString(value.get());
    }
  }
}
