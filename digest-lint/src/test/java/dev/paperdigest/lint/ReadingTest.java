package dev.paperdigest.lint;

import static dev.paperdigest.lint.Linting.input;
import static dev.paperdigest.lint.Linting.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.DigestFormats;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How lint reads: the readers' errors and warnings pass through, findings point at what they
 * concern, and an archive streams.
 */
class ReadingTest {
  private static final DigestLinter LINTER = Linting.linter().build();

  @Test
  void anInputThatDoesNotReadIsReportedAsValidateReportsItAndTheRestIsStillLinted()
      throws IOException {
    String text =
        """
        2024년 10월 10일
        A Paper Whose Authors Line Is Missing
        Large Language Models have demonstrated remarkable capabilities.
        #llm
        2024년 10월 11일
        A Paper Without Authors
        ()
        #llm
        """;
    List<Diagnostic> validate =
        DigestFormats.load()
            .require("text")
            .reader()
            .check(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "a.txt");
    List<Diagnostic> found = new ArrayList<>();
    LintRun run = LINTER.start(found::add);
    run.lint(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "a.txt",
        DigestFormats.load().require("text"));

    List<Diagnostic> errors = found.stream().filter(Diagnostic::isError).toList();
    assertEquals(validate.stream().filter(Diagnostic::isError).toList(), errors);
    assertTrue(errors.size() >= 1);
    assertEquals(errors.size(), run.errors());
    assertEquals(
        List.of("no-authors"),
        found.stream().filter(d -> !d.isError()).map(Diagnostic::code).toList());
    assertEquals(1, run.warnings());
  }

  @Test
  void aReadersWarningPassesThroughAndLintDoesNotRepeatIt() {
    List<Diagnostic> found =
        lint(
            LINTER,
            input(
                "a.keyed",
                """
                @ 2024-10-10
                title: MoE Scaling Laws
                author: Wang, Siqi
                tag: moe
                """));

    assertEquals(
        List.of("a.keyed:3:9: warning: the author `Wang, Siqi` holds `, ` [author-comma]"),
        found.stream().map(Diagnostic::toString).toList());
  }

  @Test
  void aReadersWarningWithoutRuleIdIsAFormatWarning() {
    String keyed =
        """
        @ 2024-10-10
        title: MoE Scaling Laws
        author: Siqi Wang
        note: read it again
        tag: moe
        """;
    assertEquals(
        List.of("a.keyed:4:1: warning: notes are not kept [format-warning]"),
        lint(LINTER, input("a.keyed", keyed)).stream().map(Diagnostic::toString).toList());
    assertEquals(
        List.of(),
        lint(Linting.linter().ignore(List.of("format-warning")).build(), input("a.keyed", keyed)));
  }

  @Test
  void aReadersWarningBelongsToThePaperItIsIn() {
    String keyed =
        """
        @ 2024-10-10
        title: MoE Scaling Laws
        author: Wang, Siqi
        tag: moe
        title: Time Transfer
        author: Filatov, Oleg
        tag: hyperparameter
        """;
    DigestLinter linter =
        Linting.linter()
            .configuration(
                LintConfiguration.parse(
                    """
                    [[suppress]]
                    title = "Time Transfer"
                    rules = ["author-comma"]
                    """,
                    ".digestlint.toml"))
            .build();

    assertEquals(
        List.of("a.keyed:3:9: warning: the author `Wang, Siqi` holds `, ` [author-comma]"),
        lint(linter, input("a.keyed", keyed)).stream().map(Diagnostic::toString).toList());
  }

  @Test
  void findingsPointAtThePaperFieldOrElementTheyConcern() {
    List<Diagnostic> found =
        lint(
            LINTER,
            input(
                "a.keyed",
                """
                @ 2024-10-11
                title: Scaling Laws Across Model Architectures.
                author: Siqi Wang
                author: Bei Li
                author: Siqi Wang
                abstract: The scaling of large language models is a
                abstract: critical research area for
                tag: moe
                title: A Paper Without Authors
                tag: moe
                @ 2024-10-10
                """));

    assertEquals(
        List.of(
            "a.keyed:2:8: title-full-stop",
            "a.keyed:5:9: duplicate-author",
            "a.keyed:6:11: abstract-unfinished",
            "a.keyed:9:1: no-authors",
            "a.keyed:11:1: empty-digest",
            "a.keyed:11:1: date-order"),
        found.stream()
            .map(d -> d.source() + ":" + d.line() + ":" + d.column() + ": " + d.code())
            .toList());
  }

  @Test
  void aFileThatIsNotThereIsAnInputFailure(@TempDir Path dir) {
    assertThrows(
        NoSuchFileException.class, () -> LINTER.lint(List.of(dir.resolve("2024-10-10.txt"))));
  }

  @Test
  void aFileWhoseFormatCannotBeToldIsRefused(@TempDir Path dir) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> LINTER.lint(List.of(dir.resolve("notes.doc"))));
    assertTrue(
        e.getMessage()
            .endsWith(
                "notes.doc: cannot tell the format from the file name (formats: json, jsonl, keyed,"
                    + " markdown, text)"),
        e.getMessage());
  }

  @Test
  void findingsArriveWhileTheArchiveIsStillBeingRead() throws IOException {
    int digests = 2_000;
    AtomicLong delivered = new AtomicLong();
    List<InputStream> parts =
        IntStream.range(0, digests)
            .mapToObj(
                i -> {
                  byte[] digest =
                      "{\"date\":\"%s\",\"papers\":[]}\n"
                          .formatted(java.time.LocalDate.of(2000, 1, 1).plusDays(i))
                          .getBytes(StandardCharsets.UTF_8);
                  return (InputStream)
                      new ByteArrayInputStream(digest) {
                        @Override
                        public synchronized int read(byte[] b, int off, int len) {
                          int n = super.read(b, off, len);
                          delivered.addAndGet(Math.max(n, 0));
                          return n;
                        }
                      };
                })
            .toList();
    List<Long> deliveredAtFinding = new ArrayList<>();
    LintRun run = LINTER.start(d -> deliveredAtFinding.add(delivered.get()));

    run.lint(
        new SequenceInputStream(Collections.enumeration(parts)),
        "archive.jsonl",
        DigestFormats.load().require("jsonl"));

    assertEquals(digests, deliveredAtFinding.size(), "one empty-digest finding each");
    assertTrue(
        deliveredAtFinding.get(0) < delivered.get() / 10,
        "the first finding came after "
            + deliveredAtFinding.get(0)
            + " of "
            + delivered
            + " bytes");
  }
}
