package dev.paperdigest.maven;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an execution of {@code convert} wrote, kept in the build directory until the next build: the
 * outputs, so that the next build removes those whose input is gone, the inputs of an archive, so
 * that an added or deleted input rewrites it, and a fingerprint of everything else that decides the
 * outputs' content (the format, the archive's name, the code of the plugin and its formats), so
 * that changing any of it converts everything again.
 *
 * @param fingerprint the fingerprint; empty when the build failed, so that the next one converts
 *     everything
 * @param outputDirectory the output directory, absolute; outputs are removed only from the one they
 *     were written to
 * @param outputs the outputs, relative to the output directory
 * @param archiveInputs the inputs of an archive, relative to the source directory, in order
 */
record ConversionState(
    String fingerprint, String outputDirectory, Set<String> outputs, List<String> archiveInputs) {
  /** The state before any build. */
  static final ConversionState NONE = new ConversionState("", "", Set.of(), List.of());

  private static final String FINGERPRINT = "fingerprint ";
  private static final String DIRECTORY = "directory ";
  private static final String OUTPUT = "output ";
  private static final String INPUT = "input ";

  /**
   * The state stored in {@code file}; {@link #NONE} when there is none or it cannot be read, which
   * only costs a full conversion.
   */
  static ConversionState read(Path file) {
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    String fingerprint = "";
    String outputDirectory = "";
    Set<String> outputs = new LinkedHashSet<>();
    List<String> inputs = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith(FINGERPRINT)) {
          fingerprint = line.substring(FINGERPRINT.length());
        } else if (line.startsWith(DIRECTORY)) {
          outputDirectory = decode(line.substring(DIRECTORY.length()));
        } else if (line.startsWith(OUTPUT)) {
          outputs.add(decode(line.substring(OUTPUT.length())));
        } else if (line.startsWith(INPUT)) {
          inputs.add(decode(line.substring(INPUT.length())));
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return NONE;
    }
    return new ConversionState(fingerprint, outputDirectory, outputs, inputs);
  }

  /** Stores the state in {@code file}, replacing what it held. */
  void write(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(FINGERPRINT + fingerprint);
    lines.add(DIRECTORY + encode(outputDirectory));
    outputs.forEach(output -> lines.add(OUTPUT + encode(output)));
    archiveInputs.forEach(input -> lines.add(INPUT + encode(input)));
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  // Paths are encoded so that any file name, line breaks included, fits on one line.
  private static String encode(String path) {
    return URLEncoder.encode(path, StandardCharsets.UTF_8);
  }

  private static String decode(String encoded) {
    return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
  }
}
