package dev.paperdigest.lint;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.DigestFormats;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds what is legal in digests but probably wrong: the same author twice, a comment without its
 * translation, a tag spelled two ways across an archive, dates out of order. Configure a linter
 * once, then run it over one input or a whole archive of files; each finding is a {@link
 * Diagnostic} warning whose {@link Diagnostic#code() code} is the {@link LintRule rule}'s id,
 * placed at the paper, field or element it is about:
 *
 * <pre>{@code
 * DigestLinter linter = DigestLinter.builder()
 *     .configuration(LintConfiguration.discover(Path.of("digests")).map(LintConfiguration::read)
 *         .orElse(LintConfiguration.empty()))
 *     .ignore(List.of("title-full-stop"))
 *     .build();
 *
 * List<Diagnostic> found = linter.lint(List.of(Path.of("digests/2024-10-10.txt")));
 * found.forEach(System.out::println);
 * // digests/2024-10-10.txt:9:47: warning: author 5 `Kun Xu` repeats author 4; ... [duplicate-author]
 * }</pre>
 *
 * <p>For archives of any size, and to write findings as they come, start a {@link LintRun} and give
 * it the inputs in archive order; a {@link ReportFormat report} can be the sink:
 *
 * <pre>{@code
 * ReportWriter report = ReportFormat.SARIF.open(System.out, Path.of(""));
 * LintRun run = linter.start(report);
 * for (Path file : files) {
 *   run.lint(file);
 * }
 * report.finish();
 * System.exit(run.errors() + run.warnings() > 0 ? 1 : 0);
 * }</pre>
 *
 * <p>An input that does not read is reported as {@code digest validate} reports it: the reader's
 * errors pass through unchanged, and the input's readable digests are still checked. The readers'
 * own warnings pass through too, selected and silenced by their ids like lint's findings.
 *
 * <p>A linter is immutable and thread-safe; each run keeps its own state.
 */
public final class DigestLinter {
  /** The earliest offset in use: a date after today there has not begun anywhere on Earth. */
  private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

  private final DigestFormats formats;
  private final Optional<Set<String>> select;
  private final Set<String> ignore;
  private final List<Suppression> suppressions;
  private final Clock clock;

  private DigestLinter(Builder builder) {
    this.formats = builder.formats != null ? builder.formats : DigestFormats.load();
    this.select =
        builder.select != null ? Optional.of(builder.select) : builder.configuration.select();
    Set<String> ignored = new HashSet<>(builder.configuration.ignore());
    ignored.addAll(builder.ignore);
    this.ignore = Set.copyOf(ignored);
    this.suppressions = builder.configuration.suppressions();
    this.clock = builder.clock;
  }

  /**
   * A builder of a linter that runs every rule, reads with every format on the class path and takes
   * today's date from the system clock.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a run over an archive: the inputs given to it are checked in order, and the rules that
   * compare digests compare across all of them.
   *
   * @param sink receives each finding and each error, in input order, as soon as it is found
   * @return the run
   */
  public LintRun start(Consumer<? super Diagnostic> sink) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), EARLIEST_ZONE);
    return new LintRun(this, new ArchiveRules(today), Objects.requireNonNull(sink, "sink"));
  }

  /**
   * Checks {@code files} as one archive, in the order given, and returns what it found; each file's
   * format comes from its name.
   *
   * @param files digest files
   * @return the findings and errors, in input order
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if the format of a file cannot be told from its name
   */
  public List<Diagnostic> lint(List<Path> files) throws IOException {
    List<Diagnostic> found = new ArrayList<>();
    LintRun run = start(found::add);
    for (Path file : files) {
      run.lint(file);
    }
    return found;
  }

  DigestFormats formats() {
    return formats;
  }

  /** Whether {@code finding} is reported: its rule selected, not ignored and not suppressed. */
  boolean reports(Finding finding) {
    if (finding.diagnostic().isError()) {
      return true;
    }
    String rule = finding.ruleId();
    return select.map(ids -> ids.contains(rule)).orElse(true)
        && !ignore.contains(rule)
        && suppressions.stream().noneMatch(s -> s.silences(finding));
  }

  /** Sets up a {@link DigestLinter}. */
  public static final class Builder {
    private DigestFormats formats;
    private LintConfiguration configuration = LintConfiguration.empty();
    private Set<String> select;
    private final Set<String> ignore = new HashSet<>();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The formats to read with.
     *
     * @param formats the formats; by default {@link DigestFormats#load()}
     * @return this builder
     */
    public Builder formats(DigestFormats formats) {
      this.formats = Objects.requireNonNull(formats, "formats");
      return this;
    }

    /**
     * The configuration file's selection and suppressions.
     *
     * @param configuration usually {@link LintConfiguration#read} of the discovered file
     * @return this builder
     */
    public Builder configuration(LintConfiguration configuration) {
      this.configuration = Objects.requireNonNull(configuration, "configuration");
      return this;
    }

    /**
     * Runs only these rules, whatever the configuration selects ({@code --select}).
     *
     * @param ruleIds rule ids
     * @return this builder
     * @throws IllegalArgumentException naming the first id that is not a rule's
     */
    public Builder select(Collection<String> ruleIds) {
      this.select = Set.copyOf(known(ruleIds));
      return this;
    }

    /**
     * Skips these rules, in addition to those the configuration ignores ({@code --ignore}).
     *
     * @param ruleIds rule ids
     * @return this builder
     * @throws IllegalArgumentException naming the first id that is not a rule's
     */
    public Builder ignore(Collection<String> ruleIds) {
      ignore.addAll(known(ruleIds));
      return this;
    }

    /**
     * The clock by which {@code future-date} knows today.
     *
     * @param clock the clock; by default the system's
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The linter.
     *
     * @return a linter with this builder's settings
     */
    public DigestLinter build() {
      return new DigestLinter(this);
    }

    private static Collection<String> known(Collection<String> ruleIds) {
      for (String id : ruleIds) {
        if (!RuleIds.isKnown(id)) {
          throw new IllegalArgumentException(RuleIds.unknown(id));
        }
      }
      return ruleIds;
    }
  }
}
