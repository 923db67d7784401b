package dev.paperdigest.jackson3;

import dev.paperdigest.json.internal.BuildCoordinates;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

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
            PackageVersion.class.getResourceAsStream("version.properties"), "digest-jackson3");
    return VersionUtil.parseVersion(build.version(), build.groupId(), build.artifactId());
  }
}
