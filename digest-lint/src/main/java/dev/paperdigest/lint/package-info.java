/**
 * Finds what is legal in digests but probably wrong, and reports it.
 *
 * <pre>{@code
 * DigestLinter linter = DigestLinter.builder()
 *     .configuration(LintConfiguration.read(Path.of(".digestlint.toml")))
 *     .build();
 * ReportWriter report = ReportFormat.GNU.open(System.out, Path.of(""));
 * LintRun run = linter.start(report);
 * run.lint(Path.of("examples/2024-10-10.txt"));
 * report.finish();
 * }</pre>
 *
 * <p>{@link dev.paperdigest.lint.LintRule} lists the rules; <a
 * href="https://github.com/paperdigest/paperdigest/blob/main/docs/lint.md">docs/lint.md</a>
 * describes each one, the configuration file and the reports.
 */
package dev.paperdigest.lint;
