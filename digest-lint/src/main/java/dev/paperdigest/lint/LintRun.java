package dev.paperdigest.lint;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestLocations;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One run of a {@link DigestLinter} over an archive: the inputs given to it, in order, are one
 * archive, so that dates, titles and tags are compared across all of them. Each input is read one
 * digest at a time and its findings go to the sink before the next digest is read.
 *
 * <pre>{@code
 * LintRun run = linter.start(System.out::println);
 * run.lint(Path.of("2024-10-10.txt"));
 * run.lint(System.in, "<stdin>", DigestFormats.load().require("json"));
 * boolean clean = run.warnings() == 0 && run.errors() == 0;
 * }</pre>
 *
 * <p>A run is not thread-safe; start one per archive.
 */
public final class LintRun {
  private final DigestLinter linter;
  private final ArchiveRules archive;
  private final Consumer<? super Diagnostic> sink;
  private long warnings;
  private long errors;

  LintRun(DigestLinter linter, ArchiveRules archive, Consumer<? super Diagnostic> sink) {
    this.linter = linter;
    this.archive = archive;
    this.sink = sink;
  }

  /**
   * Checks a file in the format its name says.
   *
   * @param file a digest file
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if no format on the class path has the file's extension
   */
  public void lint(Path file) throws IOException {
    DigestFormat format =
        linter
            .formats()
            .byPath(file)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        file
                            + ": cannot tell the format from the file name (formats: "
                            + String.join(
                                ", ",
                                linter.formats().all().stream().map(DigestFormat::name).toList())
                            + ")"));
    lint(file, format);
  }

  /**
   * Checks a file in {@code format}.
   *
   * @param file a digest file
   * @param format its format
   * @throws IOException if the file cannot be read
   */
  public void lint(Path file, DigestFormat format) throws IOException {
    try (DigestIterator digests = format.reader().open(file)) {
      lintRest(digests, file.toString());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Checks an input in {@code format}.
   *
   * @param in the input, closed when done
   * @param sourceName the name findings give it, usually its path
   * @param format its format
   * @throws IOException if the input fails
   */
  public void lint(InputStream in, String sourceName, DigestFormat format) throws IOException {
    try (DigestIterator digests = format.reader().open(in, sourceName)) {
      lintRest(digests, sourceName);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * How many warnings this run has reported so far, after selection and suppression.
   *
   * @return the count
   */
  public long warnings() {
    return warnings;
  }

  /**
   * How many errors this run has reported so far: inputs, or parts of them, that do not read.
   *
   * @return the count
   */
  public long errors() {
    return errors;
  }

  private void lintRest(DigestIterator digests, String source) {
    boolean any = false;
    while (digests.hasNext()) {
      any = true;
      Digest digest;
      try {
        digest = digests.next();
      } catch (DigestFormatException e) {
        digests.warnings().forEach(w -> report(new Finding(Finding.identified(w), null, null)));
        e.diagnostics().forEach(d -> report(new Finding(d, null, null)));
        continue;
      }
      lintDigest(source, digest, digests.locations(), digests.warnings());
    }
    if (!any) {
      report(new Finding(DigestReader.noDigestWarning(source), null, null));
    }
  }

  private void lintDigest(
      String source, Digest digest, DigestLocations where, List<Diagnostic> readerWarnings) {
    DigestFindings found = new DigestFindings(source, digest);
    Set<String> readerCodes = new HashSet<>();
    for (Diagnostic warning : readerWarnings) {
      Diagnostic identified = Finding.identified(warning);
      readerCodes.add(identified.code());
      found.addFromReader(identified, paperOf(warning, where, digest.papers().size()));
    }
    for (int i = 0; i < digest.papers().size(); i++) {
      PaperRules.check(digest.papers().get(i), i, where, readerCodes, found);
    }
    archive.check(source, digest, where, found);
    found.inInputOrder().forEach(this::report);
  }

  /**
   * The paper a reader's warning is about: the last one that begins at or before it. A paper whose
   * place the reader did not record (it falls back to the digest's) tells nothing; when no paper
   * does, the warning is about the digest as a whole (-1).
   */
  private static int paperOf(Diagnostic warning, DigestLocations where, int papers) {
    SourcePosition digestAt = where.digest();
    int found = -1;
    for (int i = 0; i < papers; i++) {
      SourcePosition at = where.paper(i);
      if (at.equals(digestAt)) {
        continue;
      }
      if (at.line() > warning.line()
          || (at.line() == warning.line() && at.column() > warning.column())) {
        break;
      }
      found = i;
    }
    return found;
  }

  private void report(Finding finding) {
    if (!linter.reports(finding)) {
      return;
    }
    if (finding.diagnostic().isError()) {
      errors++;
    } else {
      warnings++;
    }
    sink.accept(finding.diagnostic());
  }
}
