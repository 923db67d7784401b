package dev.paperdigest.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects the problems of one digest as {@link Diagnostic}s for the {@code json} and {@code jsonl}
 * readers: {@code FILE:LINE:COLUMN: error: JSONPATH: MESSAGE}, the column in code points.
 */
final class DiagnosticCollector extends ReadProblems {
  private final String source;
  private final Function<JsonLocation, SourcePosition> positions;
  private final List<Diagnostic> found = new ArrayList<>();

  /**
   * @param source the input's name
   * @param positions turns Jackson's location (its column counted in bytes) into line and column in
   *     code points
   */
  DiagnosticCollector(String source, Function<JsonLocation, SourcePosition> positions) {
    this.source = source;
    this.positions = positions;
  }

  @Override
  void report(JsonParser parser, Problem problem) {
    add(
        problem.at(),
        JsonPaths.steps(parser.getParsingContext(), null, problem.key(), problem.index()),
        problem.message());
  }

  /** Reports a problem at {@code at}, its path where {@code parser} is now. */
  void reportHere(JsonParser parser, JsonLocation at, String message) {
    add(at, JsonPaths.steps(parser.getParsingContext(), null, null, -1), message);
  }

  /**
   * Reports broken JSON (or a limit exceeded) that {@code parser} threw, or that creating it threw
   * when {@code parser} is {@code null}.
   */
  void reportSyntax(JsonParser parser, JsonProcessingException e) {
    if (parser == null) {
      add(e.getLocation() != null ? e.getLocation() : JsonLocation.NA, List.of(), describe(e));
    } else {
      reportHere(
          parser,
          e.getLocation() != null ? e.getLocation() : parser.currentLocation(),
          describe(e));
    }
  }

  private void add(JsonLocation at, List<Object> path, String message) {
    SourcePosition position = positions.apply(at);
    found.add(
        Diagnostic.error(
            source, position.line(), position.column(), JsonPaths.render(path) + ": " + message));
  }

  @Override
  int count() {
    return found.size();
  }

  /** The diagnostics collected since the last call, in input order; empties the collector. */
  List<Diagnostic> drain() {
    List<Diagnostic> drained = List.copyOf(found);
    found.clear();
    return drained;
  }

  /** Jackson's message without its Java-isms and its second, byte-counted location. */
  static String describe(JsonProcessingException e) {
    String message =
        e.getOriginalMessage()
            .replaceAll(" \\(start marker at \\[Source: [^\\]]*\\]\\)", "")
            .replaceAll(", from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`", "");
    if (e instanceof JsonEOFException) {
      return "the input ends too early (is it truncated?): " + message;
    }
    if (e instanceof StreamConstraintsException) {
      return "over a limit of the format (see docs/json.md, Limits): " + message;
    }
    return message;
  }
}
