package dev.paperdigest.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.paperdigest.core.Digest;
import dev.paperdigest.jackson.DigestModule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * The sizes of what each corpus benchmark reads or writes, computed by doing it once, so that
 * throughput in operations per second becomes MB/s and digests/s. A document that cannot be made (a
 * format missing or failing) is left out and its benchmarks show no MB/s.
 */
final class CorpusDocuments {
  private final int digests;
  private final int papers;
  private final Map<String, Long> bytes = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  private CorpusDocuments(List<Digest> digests) {
    this.digests = digests.size();
    this.papers = digests.stream().mapToInt(digest -> digest.papers().size()).sum();
  }

  static CorpusDocuments of(double megabytes) {
    List<Digest> digests = Corpus.digests(megabytes);
    CorpusDocuments documents = new CorpusDocuments(digests);
    byte[] text = Corpus.text(megabytes);
    documents.bytes.put("text", (long) text.length);
    documents.measure(
        "text written",
        () -> {
          byte[] written = Corpus.written(Corpus.TEXT, digests);
          if (!Arrays.equals(written, text)) {
            documents.notes.add(
                "the text writer's output differs from the generated corpus ("
                    + written.length
                    + " bytes against "
                    + text.length
                    + ")");
          }
          return written.length;
        });
    documents.measure("json", () -> Corpus.written(Corpus.JSON, digests).length);
    documents.measure(
        "json (DigestModule)",
        () ->
            JsonLayout.listWriter(
                    JsonMapper.builder().addModule(new DigestModule()).build(), Digest.class)
                .writeValueAsBytes(digests)
                .length);
    documents.measure(
        "json (records)",
        () ->
            JsonLayout.listWriter(JsonMapper.builder().build(), DigestRecord.class)
                .writeValueAsBytes(digests.stream().map(DigestRecord::of).toList())
                .length);
    documents.measure("markdown", () -> Corpus.written(Corpus.MARKDOWN, digests).length);
    documents.measure(
        "markdown (per digest)",
        () ->
            Corpus.writtenOneByOne(Corpus.MARKDOWN, digests).stream()
                .mapToInt(document -> document.length)
                .sum());
    documents.measure(
        "markdown (commonmark)",
        () -> {
          String markdown =
              new String(Corpus.written(Corpus.MARKDOWN, digests), StandardCharsets.UTF_8);
          return MarkdownRenderer.builder()
              .build()
              .render(Parser.builder().build().parse(markdown))
              .getBytes(StandardCharsets.UTF_8)
              .length;
        });
    return documents;
  }

  int digests() {
    return digests;
  }

  /** Bytes that one operation of the benchmark method reads or writes; NaN when unknown. */
  double bytesFor(String method) {
    String document =
        switch (method) {
          case "textRead", "lineScan" -> "text";
          case "textWrite" -> "text written";
          case "jsonRead",
              "jsonWrite",
              "moduleRead",
              "moduleStreamRead",
              "module3Read",
              "recordsRead" ->
              "json";
          case "moduleWrite" -> "json (DigestModule)";
          case "recordsWrite" -> "json (records)";
          case "markdownRead", "markdownWrite", "commonmarkParse" -> "markdown";
          case "commonmarkParseEach" -> "markdown (per digest)";
          case "commonmarkRender" -> "markdown (commonmark)";
          default ->
              throw new IllegalArgumentException("no document known for benchmark " + method);
        };
    Long size = bytes.get(document);
    return size == null ? Double.NaN : size;
  }

  String describe() {
    StringBuilder text =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Corpus: the sample's entries under successive dates, seed %d: %,d digests, %,d"
                    + " papers.%n",
                CorpusGenerator.DEFAULT_SEED,
                digests,
                papers));
    text.append("Documents (MB of 1,000,000 bytes):");
    bytes.forEach(
        (name, size) -> text.append(String.format(Locale.ROOT, " %s %.2f;", name, size / 1e6)));
    text.setLength(text.length() - 1);
    for (String note : notes) {
      text.append(String.format("%nNote: %s.", note));
    }
    return text.toString();
  }

  private interface Measurement {
    int size() throws JsonProcessingException;
  }

  private void measure(String document, Measurement measurement) {
    try {
      bytes.put(document, (long) measurement.size());
    } catch (JsonProcessingException | RuntimeException e) {
      notes.add("no " + document + " document, so no MB/s for its benchmarks: " + e);
    }
  }
}
