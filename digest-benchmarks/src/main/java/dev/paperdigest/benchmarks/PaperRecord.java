package dev.paperdigest.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperdigest.core.Paper;
import java.util.List;

/** A paper in {@link DigestRecord}: absent optional texts are null and left out of the JSON. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PaperRecord(
    String title,
    List<String> authors,
    @JsonProperty("abstract") String abstractText,
    String comment,
    String translation,
    List<String> tags) {

  static PaperRecord of(Paper paper) {
    return new PaperRecord(
        paper.title(),
        paper.authors(),
        paper.abstractText().orElse(null),
        paper.comment().orElse(null),
        paper.translation().orElse(null),
        paper.tags());
  }
}
