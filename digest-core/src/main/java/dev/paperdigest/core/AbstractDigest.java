package dev.paperdigest.core;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * One day's digest: a date and its papers, in order. The generated {@link Digest} is the type to
 * use:
 *
 * <pre>{@code
 * Digest digest = Digest.builder()
 *     .date(LocalDate.of(2024, 10, 10))
 *     .addPapers(paper)
 *     .build();
 * Digest later = digest.withDate(LocalDate.of(2024, 10, 11));
 * }</pre>
 *
 * <p>A digest with no papers is valid.
 */
@Value.Immutable
abstract class AbstractDigest {

  /** {@return the day the digest is for} */
  public abstract LocalDate date();

  /** {@return the papers in the order the digest lists them} */
  public abstract List<Paper> papers();
}
