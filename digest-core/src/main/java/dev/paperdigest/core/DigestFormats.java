package dev.paperdigest.core;

import dev.paperdigest.core.spi.MessageText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The digest formats available, found by name or by file extension.
 *
 * <pre>{@code
 * DigestFormats formats = DigestFormats.load();
 * DigestFormat text = formats.byName("text").orElseThrow();
 * Optional<DigestFormat> forFile = formats.byPath(Path.of("digest.json"));
 * }</pre>
 *
 * <p>{@link #load()} asks {@link ServiceLoader} for every {@link DigestFormat} on the class path,
 * so adding a format module as a dependency is all it takes to make it available.
 */
public final class DigestFormats {
  /** The modules of this project that provide each format, for {@link #require}'s message. */
  private static final Map<String, String> MODULE_OF_FORMAT =
      Map.of(
          "text", "digest-antlr",
          "json", "digest-jackson",
          "jsonl", "digest-jackson",
          "markdown", "digest-markdown");

  private final List<DigestFormat> formats;

  private DigestFormats(List<DigestFormat> formats) {
    List<DigestFormat> sorted = new ArrayList<>(formats);
    sorted.sort(Comparator.comparing(DigestFormat::name));
    for (int i = 1; i < sorted.size(); i++) {
      DigestFormat previous = sorted.get(i - 1);
      DigestFormat current = sorted.get(i);
      if (previous.name().equals(current.name())) {
        throw new IllegalStateException(
            "two formats are both named \""
                + current.name()
                + "\": "
                + previous.getClass().getName()
                + " and "
                + current.getClass().getName());
      }
    }
    this.formats = List.copyOf(sorted);
  }

  /** {@return the formats on the class path of the current thread's context class loader} */
  public static DigestFormats load() {
    return load(Thread.currentThread().getContextClassLoader());
  }

  /**
   * Loads the formats a class loader sees, through {@link java.util.ServiceLoader}.
   *
   * @param classLoader where to look for {@code DigestFormat} service entries
   * @return the formats found
   */
  public static DigestFormats load(ClassLoader classLoader) {
    List<DigestFormat> found = new ArrayList<>();
    ServiceLoader.load(DigestFormat.class, classLoader).forEach(found::add);
    return new DigestFormats(found);
  }

  /**
   * A registry of exactly the formats given, for tests and for applications that pick their own.
   *
   * @param formats the formats, with distinct names
   * @return the registry
   */
  public static DigestFormats of(DigestFormat... formats) {
    return new DigestFormats(List.of(formats));
  }

  /** {@return every format, ordered by name} */
  public List<DigestFormat> all() {
    return formats;
  }

  /**
   * The format called {@code name}, ignoring case.
   *
   * @param name a format name such as {@code json}
   * @return the format, or empty when none on the class path has that name
   */
  public Optional<DigestFormat> byName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return formats.stream().filter(f -> f.name().equals(wanted)).findFirst();
  }

  /**
   * The format called {@code name}, ignoring case, or an exception that says which module to add.
   *
   * <pre>{@code
   * DigestFormat json = DigestFormats.load().require("json");
   * // without digest-jackson: IllegalStateException: no format `json` on the class path;
   * // add the dependency dev.paperdigest:digest-jackson (formats found: markdown, text)
   * }</pre>
   *
   * @param name a format name such as {@code json}
   * @return the format
   * @throws IllegalStateException when no format on the class path has that name
   */
  public DigestFormat require(String name) {
    return byName(name)
        .orElseThrow(
            () -> {
              String module = MODULE_OF_FORMAT.get(name.toLowerCase(Locale.ROOT));
              String names =
                  formats.isEmpty()
                      ? "none"
                      : String.join(", ", formats.stream().map(DigestFormat::name).toList());
              return new IllegalStateException(
                  "no format "
                      + MessageText.quote(name)
                      + " on the class path"
                      + (module == null ? "" : "; add the dependency dev.paperdigest:" + module)
                      + " (formats found: "
                      + names
                      + ")");
            });
  }

  /**
   * The format whose extension ends {@code fileName}, ignoring case; when several match (say {@code
   * .json} and {@code .digest.json}), the longest extension wins ({@link
   * DigestFormat#extensionOf}).
   *
   * @param fileName a file name, without directories
   * @return the format, or empty when no extension matches
   */
  public Optional<DigestFormat> byFileName(String fileName) {
    DigestFormat best = null;
    int bestLength = 0;
    for (DigestFormat format : formats) {
      int length = format.extensionOf(fileName).map(String::length).orElse(0);
      if (length > bestLength) {
        best = format;
        bestLength = length;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Finds the format of a file, judged by its extension.
   *
   * @param file the file; only its name is looked at
   * @return the format, or empty when no format claims the extension
   */
  public Optional<DigestFormat> byPath(Path file) {
    Path name = file.getFileName();
    return name == null ? Optional.empty() : byFileName(name.toString());
  }
}
