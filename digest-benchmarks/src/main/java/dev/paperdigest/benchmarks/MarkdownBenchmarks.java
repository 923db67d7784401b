package dev.paperdigest.benchmarks;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;
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
 * The {@code markdown} format (digest-markdown) reading and writing the corpus, beside the peer:
 * commonmark-java parsing the same Markdown, and rendering the parsed tree back to Markdown, with
 * no mapping to the model. The peers start from and end at bytes, like the format.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MarkdownBenchmarks {
  /** Size of the generated text archive in megabytes; the Markdown holds the same digests. */
  @Param("16")
  public double corpusMegabytes;

  private byte[] markdown;
  private List<byte[]> markdownPerDigest;
  private List<Digest> digests;
  private DigestReader reader;
  private DigestWriter writer;
  private Parser parser;
  private MarkdownRenderer renderer;
  private Node document;
  private ReusableOutput output;

  @Setup
  public void prepare() {
    digests = Corpus.digests(corpusMegabytes);
    markdown = Corpus.written(Corpus.MARKDOWN, digests);
    markdownPerDigest = Corpus.writtenOneByOne(Corpus.MARKDOWN, digests);
    reader = Corpus.format(Corpus.MARKDOWN).reader();
    writer = Corpus.format(Corpus.MARKDOWN).writer();
    parser = Parser.builder().build();
    renderer = MarkdownRenderer.builder().build();
    document = parser.parse(new String(markdown, StandardCharsets.UTF_8));
    output = new ReusableOutput(markdown.length + (markdown.length >> 3));
  }

  @Benchmark
  public int markdownRead(Blackhole blackhole) {
    return Corpus.readAll(reader, markdown, blackhole::consume);
  }

  @Benchmark
  public int markdownWrite() throws IOException {
    writer.writeAll(digests, output.reset());
    return output.size();
  }

  /** Peer: commonmark-java's bare parse of the same bytes. */
  @Benchmark
  public Node commonmarkParse() {
    return parser.parse(new String(markdown, StandardCharsets.UTF_8));
  }

  /**
   * Peer, at its best: commonmark-java parsing each digest's Markdown as a document of its own, so
   * no tree outlives its digest — what a reader that cut the input at date headings would pay.
   */
  @Benchmark
  public int commonmarkParseEach(Blackhole blackhole) {
    for (byte[] digest : markdownPerDigest) {
      blackhole.consume(parser.parse(new String(digest, StandardCharsets.UTF_8)));
    }
    return markdownPerDigest.size();
  }

  /** Peer: commonmark-java's {@code MarkdownRenderer} writing the parsed document back out. */
  @Benchmark
  public int commonmarkRender() {
    byte[] rendered = renderer.render(document).getBytes(StandardCharsets.UTF_8);
    output.reset().write(rendered, 0, rendered.length);
    return output.size();
  }
}
