package dev.paperdigest.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.paperdigest.core.Digest;
import dev.paperdigest.jackson.DigestModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A peer is only a fair comparison if it does the same work on the same bytes. */
class PeerEquivalenceTest {
  private static final List<Digest> DIGESTS = CorpusGenerator.fromSample().digests(200_000);

  @Test
  void theRecordsPeerReadsTheJsonFormatsOutputIntoTheSameContent() throws IOException {
    byte[] json = Corpus.written(Corpus.JSON, DIGESTS);
    List<DigestRecord> records =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .readValue(json, new TypeReference<List<DigestRecord>>() {});
    assertEquals(DIGESTS.stream().map(DigestRecord::of).toList(), records);
  }

  @Test
  void theDatabindWritersWriteTheJsonFormatsBytes() throws IOException {
    // The format ends its document with a newline; databind writes none.
    String format = new String(Corpus.written(Corpus.JSON, DIGESTS), StandardCharsets.UTF_8);
    String records =
        JsonLayout.listWriter(JsonMapper.builder().build(), DigestRecord.class)
            .writeValueAsString(DIGESTS.stream().map(DigestRecord::of).toList());
    String module =
        JsonLayout.listWriter(
                JsonMapper.builder().addModule(new DigestModule()).build(), Digest.class)
            .writeValueAsString(DIGESTS);
    assertEquals(format, records + "\n");
    assertEquals(format, module + "\n");
  }

  @Test
  void theLineScanSeesEveryEntryOfTheCorpus() {
    int[] counts = LineScan.scan(CorpusGenerator.fromSample().text(200_000));
    int papers = DIGESTS.size() * 8;
    assertEquals(DIGESTS.size(), counts[LineScan.DATE]);
    assertEquals(papers, counts[LineScan.AUTHORS]);
    assertEquals(papers, counts[LineScan.TAGS]);
  }
}
