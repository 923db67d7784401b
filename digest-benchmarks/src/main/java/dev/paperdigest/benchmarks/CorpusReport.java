package dev.paperdigest.benchmarks;

import static dev.paperdigest.benchmarks.BenchmarkRunner.number;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;

/**
 * The two corpus tables: every benchmark's throughput and allocation, then each subject beside its
 * peer with the ratio and where it stands against the issue's target.
 */
final class CorpusReport {
  /** How a pair is compared: MB/s when both handle the same bytes, digests/s across formats. */
  private enum Metric {
    MB_PER_S("MB/s"),
    DIGESTS_PER_S("digests/s");

    final String label;

    Metric(String label) {
      this.label = label;
    }
  }

  /** A subject, its peer, and the least ratio (subject ÷ peer) the issue asks for; NaN if none. */
  private record Comparison(
      String subject, String peer, Metric metric, double target, String goal) {}

  private static final List<Comparison> COMPARISONS =
      List.of(
          new Comparison("textRead", "lineScan", Metric.MB_PER_S, 1.0 / 3, "≥ 0.333 (1/3)"),
          new Comparison("textRead", "jsonRead", Metric.DIGESTS_PER_S, Double.NaN, "towards 1"),
          new Comparison("textRead", "moduleRead", Metric.DIGESTS_PER_S, Double.NaN, "towards 1"),
          new Comparison("textWrite", "jsonWrite", Metric.DIGESTS_PER_S, Double.NaN, ""),
          new Comparison("jsonRead", "recordsRead", Metric.MB_PER_S, 1 / 1.3, "≥ 0.769 (1/1.3)"),
          new Comparison("moduleRead", "recordsRead", Metric.MB_PER_S, 1 / 1.3, "≥ 0.769 (1/1.3)"),
          new Comparison(
              "moduleStreamRead", "recordsRead", Metric.MB_PER_S, Double.NaN, "jsonRead's ceiling"),
          new Comparison("jsonRead", "moduleStreamRead", Metric.MB_PER_S, Double.NaN, "towards 1"),
          new Comparison("module3Read", "moduleRead", Metric.MB_PER_S, Double.NaN, "towards 1"),
          new Comparison("jsonWrite", "recordsWrite", Metric.DIGESTS_PER_S, Double.NaN, ""),
          new Comparison("moduleWrite", "recordsWrite", Metric.DIGESTS_PER_S, Double.NaN, ""),
          new Comparison(
              "markdownRead", "commonmarkParse", Metric.MB_PER_S, 1 / 1.5, "≥ 0.667 (1/1.5)"),
          new Comparison(
              "markdownRead", "commonmarkParseEach", Metric.MB_PER_S, 1 / 1.5, "≥ 0.667 (1/1.5)"),
          new Comparison(
              "markdownWrite", "commonmarkRender", Metric.DIGESTS_PER_S, Double.NaN, ""));

  /** The table's order: each format's read and write beside their peers. */
  private static final List<String> ORDER =
      List.of(
          "textRead",
          "lineScan",
          "textWrite",
          "jsonRead",
          "moduleRead",
          "moduleStreamRead",
          "module3Read",
          "recordsRead",
          "jsonWrite",
          "moduleWrite",
          "recordsWrite",
          "markdownRead",
          "commonmarkParse",
          "commonmarkParseEach",
          "markdownWrite",
          "commonmarkRender");

  /** The peers' figures stated in the issue for a 67 MB corpus on a 2-core machine, in MB/s. */
  private static final Map<String, String> ISSUE_FIGURES =
      Map.of(
          "lineScan", "805",
          "recordsRead", "1,038",
          "recordsWrite", "424",
          "commonmarkParse", "116",
          "commonmarkRender", "197");

  private final CorpusDocuments documents;
  private final Map<String, RunResult> results;

  CorpusReport(CorpusDocuments documents, Map<String, RunResult> results) {
    this.documents = documents;
    this.results = results;
  }

  void print(PrintStream out, boolean markdown) {
    TextTable throughput =
        new TextTable(
            "benchmark",
            "ops/s",
            "sd %",
            "MB/s",
            "digests/s",
            "alloc B/byte",
            "alloc kB/digest",
            "issue's MB/s");
    for (String method : ORDER) {
      RunResult result = results.get(method);
      if (result == null) {
        continue;
      }
      double ops = result.getPrimaryResult().getScore();
      double deviation = result.getPrimaryResult().getStatistics().getStandardDeviation();
      double bytes = documents.bytesFor(method);
      double allocated = BenchmarkRunner.allocatedPerOperation(result);
      throughput.row(
          method,
          number(ops, 2),
          number(100 * deviation / ops, 1),
          number(megabytesPerSecond(method), 1),
          number(ops * documents.digests(), 0),
          number(allocated / bytes, 2),
          number(allocated / documents.digests() / 1000, 1),
          ISSUE_FIGURES.getOrDefault(method, ""));
    }
    out.println(
        "Throughput (one operation = one pass over the corpus; sd = standard deviation of the"
            + " measured iterations; allocation from -prof gc)");
    throughput.print(out, markdown);
    out.println();

    TextTable peers =
        new TextTable(
            "subject", "peer", "compared by", "subject", "peer", "ratio", "target", "status");
    for (Comparison comparison : COMPARISONS) {
      if (!results.containsKey(comparison.subject()) || !results.containsKey(comparison.peer())) {
        continue;
      }
      double subject = figure(comparison.subject(), comparison.metric());
      double peer = figure(comparison.peer(), comparison.metric());
      double ratio = subject / peer;
      String status =
          Double.isNaN(comparison.target()) || Double.isNaN(ratio)
              ? ""
              : ratio >= comparison.target() ? "met" : "missed";
      peers.row(
          comparison.subject(),
          comparison.peer(),
          comparison.metric().label,
          number(subject, comparison.metric() == Metric.MB_PER_S ? 1 : 0),
          number(peer, comparison.metric() == Metric.MB_PER_S ? 1 : 0),
          number(ratio, 3),
          comparison.goal(),
          status);
    }
    if (!peers.isEmpty()) {
      out.println("Against the peers (ratio = subject ÷ peer; above 1 the subject is faster)");
      peers.print(out, markdown);
      out.println();
    }
  }

  private double figure(String method, Metric metric) {
    return metric == Metric.MB_PER_S
        ? megabytesPerSecond(method)
        : results.get(method).getPrimaryResult().getScore() * documents.digests();
  }

  private double megabytesPerSecond(String method) {
    return results.get(method).getPrimaryResult().getScore() * documents.bytesFor(method) / 1e6;
  }
}
