package dev.paperdigest.benchmarks;

import static dev.paperdigest.benchmarks.BenchmarkRunner.number;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;

/**
 * The linear-cost table: nanoseconds per byte of each input shape, format and operation at every
 * scale, and the exponent of size that fits the growth of the total cost from the smallest scale to
 * the largest: 1 for linear cost (flat per byte), 2 for a quadratic step (per-byte cost times the
 * scale).
 */
final class LinearCostReport {
  /**
   * Above this exponent the cost is not linear. Below it lie noise and the cache: a 16 MB input
   * leaves the processor's caches that a 1 MB input fits in, which costs up to ×3 per byte.
   */
  private static final double EXPONENT_LIMIT = 1.4;

  private record Row(String shape, String format, String operation) {}

  private static final Comparator<Row> ROW_ORDER =
      Comparator.comparingInt((Row row) -> LinearCostInputs.SHAPES.indexOf(row.shape()))
          .thenComparingInt(row -> Corpus.FORMATS.indexOf(row.format()))
          .thenComparing(Row::operation);

  private final Collection<RunResult> results;
  private final Map<String, Double> documentBytes = new HashMap<>();

  LinearCostReport(Collection<RunResult> results) {
    this.results = results;
  }

  void print(PrintStream out, boolean markdown) {
    TreeSet<Integer> scales = new TreeSet<>();
    Map<Row, Map<Integer, Double>> costs = new TreeMap<>(ROW_ORDER);
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      String shape = params.getParam("shape");
      String format = params.getParam("format");
      int scale = Integer.parseInt(params.getParam("scale"));
      scales.add(scale);
      double bytes = bytes(shape, scale, format);
      double nanosPerByte = 1e9 / (result.getPrimaryResult().getScore() * bytes);
      Row row = new Row(shape, format, BenchmarkRunner.methodOf(result));
      costs.computeIfAbsent(row, k -> new TreeMap<>()).put(scale, nanosPerByte);
    }
    if (costs.isEmpty()) {
      return;
    }
    List<String> headers = new ArrayList<>(List.of("input", "format", "op"));
    for (int scale : scales) {
      headers.add("ns/byte ×" + scale);
    }
    headers.add("growth");
    headers.add("exponent");
    headers.add("verdict");
    TextTable table = new TextTable(headers.toArray(String[]::new));
    costs.forEach(
        (key, byScale) -> {
          List<String> row =
              new ArrayList<>(
                  List.of(
                      LinearCostInputs.label(key.shape())
                          + " "
                          + LinearCostInputs.size(key.shape(), scales.first())
                          + " → "
                          + LinearCostInputs.size(key.shape(), scales.last()),
                      key.format(),
                      key.operation()));
          for (int scale : scales) {
            Double cost = byScale.get(scale);
            row.add(cost == null ? "—" : number(cost, 2));
          }
          Double first = byScale.get(scales.first());
          Double last = byScale.get(scales.last());
          double growth = first == null || last == null ? Double.NaN : last / first;
          double exponent =
              1 + Math.log(growth) / Math.log((double) scales.last() / scales.first());
          row.add(Double.isNaN(growth) ? "—" : "×" + number(growth, 2));
          row.add(number(exponent, 2));
          row.add(
              Double.isNaN(exponent) ? "" : exponent <= EXPONENT_LIMIT ? "linear" : "SUPER-LINEAR");
          table.row(row.toArray(String[]::new));
        });
    out.println(
        "Linear cost (time ∝ size^exponent: 1 is linear, 2 quadratic; up to "
            + number(EXPONENT_LIMIT, 1)
            + " is linear within noise and cache effects)");
    table.print(out, markdown);
    out.println();
  }

  private double bytes(String shape, int scale, String format) {
    return documentBytes.computeIfAbsent(
        shape + "/" + scale + "/" + format,
        key -> (double) Corpus.written(format, LinearCostInputs.digests(shape, scale)).length);
  }
}
