package dev.paperdigest.benchmarks;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
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
 * The {@code text} format (digest-antlr) reading and writing the corpus, beside its floor: a bare
 * line scan of the same bytes. Its other peer, Jackson reading the same digests as JSON, is {@link
 * JsonBenchmarks#jsonRead}. One operation is one pass over the whole corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TextBenchmarks {
  /** Size of the generated archive in megabytes (1,000,000 bytes). */
  @Param("16")
  public double corpusMegabytes;

  private byte[] text;
  private List<Digest> digests;
  private DigestReader reader;
  private DigestWriter writer;
  private ReusableOutput output;

  @Setup
  public void prepare() {
    text = Corpus.text(corpusMegabytes);
    digests = Corpus.digests(corpusMegabytes);
    reader = Corpus.format(Corpus.TEXT).reader();
    writer = Corpus.format(Corpus.TEXT).writer();
    output = new ReusableOutput(text.length + (text.length >> 3));
  }

  @Benchmark
  public int textRead(Blackhole blackhole) {
    return Corpus.readAll(reader, text, blackhole::consume);
  }

  @Benchmark
  public int textWrite() throws IOException {
    writer.writeAll(digests, output.reset());
    return output.size();
  }

  /** Peer: the floor for any line-oriented parser. */
  @Benchmark
  public int[] lineScan() {
    return LineScan.scan(text);
  }
}
