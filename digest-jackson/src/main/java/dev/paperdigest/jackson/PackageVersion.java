package dev.paperdigest.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import dev.paperdigest.json.internal.BuildCoordinates;

/**
 * The version of this jar, as Jackson modules report theirs: from {@code version.properties}, which
 * the build fills in from the POM.
 */
final class PackageVersion {
  static final Version VERSION = read();

  private PackageVersion() {}

  private static Version read() {
    BuildCoordinates build =
        BuildCoordinates.read(
            PackageVersion.class.getResourceAsStream("version.properties"), "digest-jackson");
    return VersionUtil.parseVersion(build.version(), build.groupId(), build.artifactId());
  }
}
