package dev.paperdigest.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.SourcePosition;
import dev.paperdigest.core.spi.AbstractDigestIterator;
import dev.paperdigest.core.spi.LocationRecorder;
import dev.paperdigest.core.spi.ProblemList;
import dev.paperdigest.json.internal.DigestTokenReader;
import dev.paperdigest.json.internal.JsonPaths;
import dev.paperdigest.json.internal.ReadEvents;
import java.util.List;

/**
 * What the {@code json} and {@code jsonl} iterators share: the digests' {@link DigestTokenReader},
 * whose problems become diagnostics {@code FILE:LINE:COLUMN: error: JSONPATH: MESSAGE} (the column
 * in code points), whose warnings become warnings of the same form, and whose places become the
 * digest's locations. A format supplies how Jackson's locations become lines and columns.
 */
abstract class JsonDigestIterator extends AbstractDigestIterator
    implements ReadEvents<ParserTokens, SourcePosition> {
  private final ProblemList problems;

  /** Reads each digest, reporting to this iterator. */
  final DigestTokenReader<ParserTokens, SourcePosition> tokens = new DigestTokenReader<>(this);

  JsonDigestIterator(String sourceName) {
    super(sourceName);
    this.problems = new ProblemList(sourceName);
  }

  /**
   * The line and column in code points of a location in the input, given as Jackson's location
   * gives it.
   *
   * @param byteOffset the location's byte offset, or -1 if Jackson has none
   * @param lineNr Jackson's line, the fallback without an offset
   * @param columnNr Jackson's column, likewise
   */
  abstract SourcePosition positionOf(long byteOffset, int lineNr, int columnNr);

  /** The line and column in code points of a location in the input that Jackson gives. */
  final SourcePosition positionOf(JsonLocation at) {
    return positionOf(at.getByteOffset(), at.getLineNr(), at.getColumnNr());
  }

  @Override
  public final SourcePosition place(ParserTokens source) {
    return place(source.parser);
  }

  /** Where the parser's current token begins. */
  final SourcePosition place(JsonParser parser) {
    // Taken apart here, so that Jackson's location, made for every value read, stays off the heap
    // whether or not the JIT inlines positionOf (docs/performance.md).
    JsonLocation at = parser.currentTokenLocation();
    return positionOf(at.getByteOffset(), at.getLineNr(), at.getColumnNr());
  }

  @Override
  public final void problem(ParserTokens source, Problem<SourcePosition> problem) {
    SourcePosition at = problem.at();
    problems.error(at.line(), at.column(), path(source.parser, problem) + ": " + problem.message());
  }

  @Override
  public final void warning(ParserTokens source, Problem<SourcePosition> warning, String code) {
    SourcePosition at = warning.at();
    warn(at.line(), at.column(), code, path(source.parser, warning) + ": " + warning.message());
  }

  @Override
  public final void paperBegins(int paper, SourcePosition at) {
    recorder().recordPaper(paper, at.line(), at.column());
  }

  @Override
  public final void valueBegins(int paper, PaperField field, int element, SourcePosition at) {
    LocationRecorder recorder = recorder();
    if (element < 0) {
      recorder.recordField(paper, field, at.line(), at.column());
    } else {
      recorder.recordElement(paper, field, element, at.line(), at.column());
    }
  }

  /** Says that the digest being read, or what stands in its place, begins at {@code at}. */
  final void begins(SourcePosition at) {
    beginsAt(at.line(), at.column());
  }

  /**
   * Reports a problem at {@code at}, its path where {@code parser} is now: the document's root
   * {@code $} when there is no parser.
   */
  final void error(JsonParser parser, SourcePosition at, String message) {
    List<Object> steps = parser == null ? List.of() : ParserTokens.steps(parser, null, null, -1);
    problems.error(at.line(), at.column(), JsonPaths.render(steps) + ": " + message);
  }

  /** Throws the problems of the digest being read, if there are any. */
  final void throwIfAny() {
    problems.throwIfAny();
  }

  private static String path(JsonParser parser, Problem<SourcePosition> problem) {
    return JsonPaths.render(ParserTokens.steps(parser, null, problem.key(), problem.index()));
  }
}
