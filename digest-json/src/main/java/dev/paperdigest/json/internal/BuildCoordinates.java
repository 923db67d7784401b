package dev.paperdigest.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What the build of a Jackson adapter wrote into its {@code version.properties}, for the version
 * its {@code DigestModule} reports in each Jackson's own {@code Version} type.
 *
 * @param version the version, such as {@code 0.1.0}
 * @param groupId the Maven group
 * @param artifactId the Maven artifact
 */
public record BuildCoordinates(String version, String groupId, String artifactId) {
  /**
   * Reads the coordinates from the adapter's resource, which the adapter opens itself: a module's
   * resources are its own.
   *
   * @param in the resource, or {@code null} when it is missing
   * @param module the adapter, for the message when it is missing
   * @return the coordinates
   */
  public static BuildCoordinates read(InputStream in, String module) {
    if (in == null) {
      throw new IllegalStateException("version.properties is missing from " + module);
    }
    Properties build = new Properties();
    try (in) {
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BuildCoordinates(
        build.getProperty("version"),
        build.getProperty("groupId"),
        build.getProperty("artifactId"));
  }
}
