package dev.paperdigest.lint;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestLocations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a format's reader says the parts of the first digest of an input are: what a finding must
 * point at, however much the reader records.
 */
final class Locations {
  private Locations() {}

  static DigestLocations of(DigestFormat format, Path file) throws IOException {
    try (DigestIterator digests = format.reader().open(file)) {
      digests.next();
      return digests.locations();
    }
  }

  static DigestLocations of(DigestFormat format, String content) {
    try (DigestIterator digests =
        format
            .reader()
            .open(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "in")) {
      digests.next();
      return digests.locations();
    } catch (UncheckedIOException e) {
      throw e;
    }
  }
}
