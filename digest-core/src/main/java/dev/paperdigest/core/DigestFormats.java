package dev.paperdigest.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

  /** The formats on the class path of the current thread's context class loader. */
  public static DigestFormats load() {
    return load(Thread.currentThread().getContextClassLoader());
  }

  /** The formats visible to {@code classLoader}. */
  public static DigestFormats load(ClassLoader classLoader) {
    List<DigestFormat> found = new ArrayList<>();
    ServiceLoader.load(DigestFormat.class, classLoader).forEach(found::add);
    return new DigestFormats(found);
  }

  /** Exactly the formats given, for tests and for applications that pick their own. */
  public static DigestFormats of(DigestFormat... formats) {
    return new DigestFormats(List.of(formats));
  }

  /** Every format, ordered by name. */
  public List<DigestFormat> all() {
    return formats;
  }

  /** The format called {@code name}, ignoring case. */
  public Optional<DigestFormat> byName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return formats.stream().filter(f -> f.name().equals(wanted)).findFirst();
  }

  /**
   * The format whose extension ends {@code fileName}, ignoring case; when several match (say {@code
   * .json} and {@code .digest.json}), the longest extension wins.
   */
  public Optional<DigestFormat> byFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    DigestFormat best = null;
    int bestLength = 0;
    for (DigestFormat format : formats) {
      for (String extension : format.extensions()) {
        if (lower.endsWith(extension) && extension.length() > bestLength) {
          best = format;
          bestLength = extension.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The format of {@code file}, judged by its extension. */
  public Optional<DigestFormat> byPath(Path file) {
    Path name = file.getFileName();
    return name == null ? Optional.empty() : byFileName(name.toString());
  }
}
