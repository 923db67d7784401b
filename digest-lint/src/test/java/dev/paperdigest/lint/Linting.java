package dev.paperdigest.lint;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormats;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lints digests held as strings, named like files, with a clock stopped on 1 December 2024. */
final class Linting {
  /** Every format on the class path, and {@link KeyedLinesFormat}. */
  static final DigestFormats FORMATS =
      DigestFormats.of(
          Stream.concat(DigestFormats.load().all().stream(), Stream.of(new KeyedLinesFormat()))
              .toArray(DigestFormat[]::new));

  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-01T00:00:00Z"), ZoneOffset.UTC);

  private Linting() {}

  /** A linter with every rule, the test formats and the stopped clock. */
  static DigestLinter.Builder linter() {
    return DigestLinter.builder().formats(FORMATS).clock(CLOCK);
  }

  /** An input: its name, whose extension says its format, and its content. */
  record Input(String name, String content) {}

  static Input input(String name, String content) {
    return new Input(name, content);
  }

  /** What a linter with every rule finds in one input. */
  static List<Diagnostic> lint(String name, String content) {
    return lint(linter().build(), input(name, content));
  }

  /** What {@code linter} finds in {@code inputs}, taken as one archive in the order given. */
  static List<Diagnostic> lint(DigestLinter linter, Input... inputs) {
    List<Diagnostic> found = new ArrayList<>();
    LintRun run = linter.start(found::add);
    for (Input input : inputs) {
      DigestFormat format = FORMATS.byFileName(input.name()).orElseThrow();
      try {
        run.lint(
            new ByteArrayInputStream(input.content().getBytes(StandardCharsets.UTF_8)),
            input.name(),
            format);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }

  /** The findings of {@code rule} only. */
  static List<Diagnostic> of(String rule, List<Diagnostic> found) {
    return found.stream().filter(d -> rule.equals(d.code())).toList();
  }

  /** The rule ids of {@code found}, in order; {@code error} for an error. */
  static List<String> rules(List<Diagnostic> found) {
    return found.stream().map(d -> d.isError() ? "error" : d.code()).toList();
  }
}
