package dev.paperdigest.maven;

import dev.paperdigest.core.DigestFormat;
import java.nio.file.Path;

/**
 * A digest file a goal reads.
 *
 * @param path the file, absolute; diagnostics name the file by it
 * @param relativePath the path below the source directory, with {@code /} between names
 * @param format the format its extension names
 */
record DigestFile(Path path, String relativePath, DigestFormat format) {}
