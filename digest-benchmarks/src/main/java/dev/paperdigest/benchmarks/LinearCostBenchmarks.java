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
 * No quadratic cost anywhere: every format reads and writes each of {@link LinearCostInputs}'
 * shapes at scales 1, 4 and 16. The runner turns throughput into nanoseconds per byte, which must
 * stay flat across the scales.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LinearCostBenchmarks {
  @Param({LinearCostInputs.ABSTRACT_LINE, LinearCostInputs.AUTHORS, LinearCostInputs.ARCHIVE})
  public String shape;

  @Param({"1", "4", "16"})
  public int scale;

  @Param({Corpus.TEXT, Corpus.JSON, Corpus.MARKDOWN})
  public String format;

  private List<Digest> digests;
  private byte[] document;
  private DigestReader reader;
  private DigestWriter writer;
  private ReusableOutput output;

  @Setup
  public void prepare() {
    digests = LinearCostInputs.digests(shape, scale);
    document = Corpus.written(format, digests);
    reader = Corpus.format(format).reader();
    writer = Corpus.format(format).writer();
    output = new ReusableOutput(document.length + (document.length >> 3));
  }

  @Benchmark
  public int read(Blackhole blackhole) {
    return Corpus.readAll(reader, document, blackhole::consume);
  }

  @Benchmark
  public int write() throws IOException {
    writer.writeAll(digests, output.reset());
    return output.size();
  }
}
