package dev.paperdigest.json.internal;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.core.spi.DigestDates;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes digests and papers as JSON tokens, straight to a {@link TokenSink}: the one place that
 * knows the shape's key order, shared by both Jackson modules' serializers and the {@code json} and
 * {@code jsonl} writers. It asks nothing of the generator's configuration, so a mapper's settings
 * (sorted properties, dates as timestamps, ...) cannot change the shape.
 *
 * <pre>{@code
 * DigestTokenWriter.writeDigest(sink, digest, "json");
 * }</pre>
 */
public final class DigestTokenWriter {
  private DigestTokenWriter() {}

  /**
   * Writes {@code digest} as one JSON object.
   *
   * @param formatName the format writing it, for a refusal to name
   * @throws UnwritableDigestException before writing anything if the date's year is outside
   *     0000..9999, which {@code YYYY-MM-DD} cannot hold
   */
  public static void writeDigest(TokenSink out, Digest digest, String formatName)
      throws IOException {
    checkWritable(digest, formatName);
    char[] date = new char[10];
    DigestDates.iso(digest.date(), date);
    out.startObject(digest);
    out.key(JsonKey.DATE);
    out.string(date, 0, date.length);
    out.key(JsonKey.PAPERS);
    List<Paper> papers = digest.papers();
    out.startArray(papers, papers.size());
    for (Paper paper : papers) {
      writePaper(out, paper);
    }
    out.endArray();
    out.endObject();
  }

  /**
   * Refuses {@code digest} if the JSON shape cannot hold it, as {@link #writeDigest} does before
   * writing anything: a writer that encodes on other threads checks on the caller's.
   *
   * @param formatName the format that would write it, for a refusal to name
   * @throws UnwritableDigestException if the date's year is outside 0000..9999
   */
  public static void checkWritable(Digest digest, String formatName) {
    if (!DigestDates.isWritable(digest.date())) {
      throw new UnwritableDigestException(
          formatName, -1, null, DigestDates.unwritableReason(formatName, digest.date()));
    }
  }

  /** Writes {@code paper} as one JSON object. */
  public static void writePaper(TokenSink out, Paper paper) throws IOException {
    out.startObject(paper);
    out.key(JsonKey.TITLE);
    out.string(paper.title());
    out.key(JsonKey.AUTHORS);
    writeStrings(out, paper.authors());
    writeOptional(out, JsonKey.ABSTRACT, paper.abstractText());
    writeOptional(out, JsonKey.COMMENT, paper.comment());
    writeOptional(out, JsonKey.TRANSLATION, paper.translation());
    out.key(JsonKey.TAGS);
    writeStrings(out, paper.tags());
    out.endObject();
  }

  private static void writeStrings(TokenSink out, List<String> values) throws IOException {
    out.startArray(values, values.size());
    for (String value : values) {
      out.string(value);
    }
    out.endArray();
  }

  private static void writeOptional(TokenSink out, JsonKey key, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      out.key(key);
      out.string(value.get());
    }
  }
}
