package dev.paperdigest.jackson3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this jar, as Jackson modules report theirs: read from {@code version.properties},
 * which the build fills in from the POM.
 */
final class PackageVersion {
  static final Version VERSION = read();

  private PackageVersion() {}

  private static Version read() {
    Properties build = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from digest-jackson3");
      }
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        build.getProperty("version"),
        build.getProperty("groupId"),
        build.getProperty("artifactId"));
  }
}
