package dev.paperdigest.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

  /**
   * {@return the short lower-case name users select the format by, such as {@code text} or {@code
   * json}}
   */
  String name();

  /**
   * {@return the file name extensions of the format, lower case, with their dot, such as {@code
   * .txt}}
   */
  List<String> extensions();

  /** {@return the format's reader; reusable and thread-safe} */
  DigestReader reader();

  /** {@return the format's writer; reusable and thread-safe} */
  DigestWriter writer();

  /**
   * The extension of this format that ends {@code fileName}, ignoring case; when several do (say
   * {@code .json} and {@code .digest.json}), the longest. This is the one rule by which a file name
   * selects a format and by which an output name replaces an input's extension.
   *
   * <pre>{@code
   * json.extensionOf("2024-10-10.JSON");   // Optional[.json]
   * json.extensionOf("notes.txt");         // Optional.empty
   * }</pre>
   *
   * @param fileName a file name, without directories
   * @return the extension as {@link #extensions()} spells it, or empty
   */
  default Optional<String> extensionOf(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    String longest = null;
    for (String extension : extensions()) {
      if (lower.endsWith(extension) && (longest == null || extension.length() > longest.length())) {
        longest = extension;
      }
    }
    return Optional.ofNullable(longest);
  }
}
