package dev.paperdigest.core;

import java.util.List;

/**
 * A way of writing digests down: plain text, JSON, Markdown. A format module implements this
 * interface and names its class in {@code META-INF/services/dev.paperdigest.core.DigestFormat}, so
 * that {@link DigestFormats#load()} finds it on the class path.
 *
 * <pre>{@code
 * public final class TextFormat implements DigestFormat {
 *   public String name() { return "text"; }
 *   public List<String> extensions() { return List.of(".txt"); }
 *   public DigestReader reader() { return ...; }
 *   public DigestWriter writer() { return ...; }
 * }
 * }</pre>
 *
 * <p>Implementations need a public no-argument constructor that does no heavy work: every format on
 * the class path is instantiated when the registry loads.
 */
public interface DigestFormat {

  /** The short lower-case name users select the format by, such as {@code text} or {@code json}. */
  String name();

  /** The file name extensions of the format, lower case, with their dot, such as {@code .txt}. */
  List<String> extensions();

  /** The format's reader; reusable and thread-safe. */
  DigestReader reader();

  /** The format's writer; reusable and thread-safe. */
  DigestWriter writer();
}
