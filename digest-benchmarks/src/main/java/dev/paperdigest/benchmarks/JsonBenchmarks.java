package dev.paperdigest.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.jackson.DigestModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JSON through digest-jackson, both ways a user meets it — the {@code json} format of the codec
 * registry and {@link DigestModule} on an {@code ObjectMapper} — beside the peer: Jackson databind
 * reading and writing the same JSON into plain records. One operation is one pass over the corpus,
 * written as one JSON array; every writer here writes the format's layout ({@link JsonLayout}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmarks {
  /** Size of the generated text archive in megabytes; the JSON holds the same digests. */
  @Param("16")
  public double corpusMegabytes;

  private byte[] json;
  private List<Digest> digests;
  private List<DigestRecord> records;
  private DigestReader formatReader;
  private DigestWriter formatWriter;
  private ObjectReader moduleReader;
  private ObjectWriter moduleWriter;
  private tools.jackson.databind.ObjectReader jackson3ModuleReader;
  private ObjectReader recordsReader;
  private ObjectWriter recordsWriter;
  private ReusableOutput output;

  @Setup
  public void prepare() {
    digests = Corpus.digests(corpusMegabytes);
    json = Corpus.written(Corpus.JSON, digests);
    records = digests.stream().map(DigestRecord::of).toList();
    formatReader = Corpus.format(Corpus.JSON).reader();
    formatWriter = Corpus.format(Corpus.JSON).writer();
    JsonMapper withModule = JsonMapper.builder().addModule(new DigestModule()).build();
    moduleReader = withModule.readerFor(new TypeReference<List<Digest>>() {});
    moduleWriter = JsonLayout.listWriter(withModule, Digest.class);
    jackson3ModuleReader =
        tools.jackson.databind.json.JsonMapper.builder()
            .addModule(new dev.paperdigest.jackson3.DigestModule())
            .build()
            .readerFor(new tools.jackson.core.type.TypeReference<List<Digest>>() {});
    JsonMapper plain = JsonMapper.builder().build();
    recordsReader = plain.readerFor(new TypeReference<List<DigestRecord>>() {});
    recordsWriter = JsonLayout.listWriter(plain, DigestRecord.class);
    output = new ReusableOutput(json.length + (json.length >> 3));
  }

  /** The {@code json} format reading the archive lazily, digest by digest. */
  @Benchmark
  public int jsonRead(Blackhole blackhole) {
    return Corpus.readAll(formatReader, json, blackhole::consume);
  }

  @Benchmark
  public int jsonWrite() throws IOException {
    formatWriter.writeAll(digests, output.reset());
    return output.size();
  }

  /** {@link DigestModule} on a user's mapper: the archive as a {@code List<Digest>}. */
  @Benchmark
  public List<Digest> moduleRead() throws IOException {
    return moduleReader.readValue(json);
  }

  /**
   * {@link DigestModule} reading the same bytes through an {@code InputStream}, as the {@code json}
   * format must to stream: the ceiling for {@link #jsonRead}, which also checks UTF-8 with the
   * library's rule and records where every value begins.
   */
  @Benchmark
  public List<Digest> moduleStreamRead() throws IOException {
    return moduleReader.readValue(new ByteArrayInputStream(json));
  }

  /** The Jackson 3 {@code DigestModule}, over the same shared reader as {@link #moduleRead}. */
  @Benchmark
  public List<Digest> module3Read() {
    return jackson3ModuleReader.readValue(json);
  }

  @Benchmark
  public int moduleWrite() throws IOException {
    moduleWriter.writeValue(output.reset(), digests);
    return output.size();
  }

  /** Peer: databind into plain records, the same bytes. */
  @Benchmark
  public List<DigestRecord> recordsRead() throws IOException {
    return recordsReader.readValue(json);
  }

  /** Peer: databind writing plain records holding the same digests. */
  @Benchmark
  public int recordsWrite() throws IOException {
    recordsWriter.writeValue(output.reset(), records);
    return output.size();
  }
}
