package dev.paperdigest.maven;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.core.spi.MessageText;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.build.BuildContext;

/**
 * Converts every digest file under {@code sourceDirectory} to {@code outputFormat}, into {@code
 * outputDirectory}, which becomes a resource directory of the project: the converted files end up
 * in the jar with no further configuration. Each file keeps its path below {@code sourceDirectory},
 * with the extension of {@code outputFormat}: {@code 2024/2024-10-10.txt} becomes {@code
 * 2024/2024-10-10.json}. With {@code archive}, every digest of every file goes into that one file
 * instead.
 *
 * <p>In a POM: {@code <goal>convert</goal>} with {@code <outputFormat>json</outputFormat>}; <a
 * href="https://github.com/paperdigest/paperdigest/blob/main/docs/maven-plugin.md">docs/maven-plugin.md</a>
 * has the whole snippet.
 *
 * <p>The build is incremental: a file whose output is newer is not converted again, and the output
 * of a file that is gone is removed. An output is written under a temporary name and takes the
 * place of the previous one only when complete, so a file that does not read leaves its previous
 * output as it was. Every problem is reported as {@code path:line:column: message}, and any fails
 * the build.
 */
@Mojo(name = "convert", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class ConvertMojo extends AbstractDigestMojo {

  /**
   * The format to write, by name: {@code json}, {@code jsonl}, {@code markdown}, {@code text}, or
   * one that a format module added under the plugin's {@code <dependencies>} provides.
   */
  @Parameter(property = "digest.outputFormat", required = true)
  String outputFormat;

  /**
   * The directory the converted files go to. It is added to the project's resource directories, so
   * the files are packaged with the project's other resources.
   */
  @Parameter(
      property = "digest.outputDirectory",
      defaultValue = "${project.build.directory}/generated-resources/digests",
      required = true)
  File outputDirectory;

  /**
   * The file, relative to {@code outputDirectory}, to write every digest of every input into, in
   * the order of the inputs' paths, instead of one output per input: {@code digests.json}, or
   * {@code static/digests.json} for a web application that serves its {@code static} resources.
   */
  @Parameter(property = "digest.archive")
  String archive;

  /** The project, whose resource directories the output directory joins. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** This execution, whose id names the state kept between builds. */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  /** Where the state kept between builds goes. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  /**
   * Made by Maven, which injects the build context.
   *
   * @param buildContext Maven's incremental build support
   */
  @Inject
  public ConvertMojo(BuildContext buildContext) {
    super(buildContext);
  }

  @Override
  void execute(List<DigestFile> files, DigestFormats formats, ProblemLog problems, long started)
      throws MojoExecutionException, MojoFailureException {
    DigestFormat to = outputFormat(formats);
    Path output = outputDirectory.toPath().toAbsolutePath().normalize();
    Path source = sourceRoot();
    if (output.startsWith(source)) {
      throw new MojoExecutionException(
          "outputDirectory "
              + output
              + " is inside sourceDirectory "
              + source
              + ", where the converted files would be read as digests on the next build; set"
              + " <outputDirectory> to a directory outside it.");
    }
    Map<Path, List<DigestFile>> plan =
        archive == null ? outputPerFile(files, to, output) : Map.of(archiveFile(output), files);
    addResourceRoot(output);

    Path stateFile =
        buildDirectory
            .toPath()
            .resolve("digest-maven-plugin")
            .resolve("convert-" + mojoExecution.getExecutionId() + ".state");
    ConversionState previous = ConversionState.read(stateFile);
    String fingerprint = fingerprint(to, formats);
    int converted = 0;
    int upToDate = 0;
    for (Map.Entry<Path, List<DigestFile>> step : plan.entrySet()) {
      Path target = step.getKey();
      List<DigestFile> inputs = step.getValue();
      if (isUpToDate(target, inputs, output, previous, fingerprint)) {
        upToDate++;
      } else {
        inputs.forEach(input -> problems.clear(input.path()));
        if (convert(inputs, to, target, problems)) {
          converted++;
        }
      }
    }
    int removed =
        previous.outputDirectory().equals(output.toString())
            ? removeStale(previous.outputs(), plan.keySet(), output, problems)
            : 0;
    saveState(stateFile, plan, output, problems.errors() == 0 ? fingerprint : "", problems);

    long millis = millisSince(started);
    if (archive != null) {
      getLog()
          .info(
              (converted > 0 ? "Wrote " : upToDate > 0 ? "Up to date: " : "Not written: ")
                  + output.relativize(plan.keySet().iterator().next())
                  + ", "
                  + to.name()
                  + " from "
                  + count(files.size(), "digest file")
                  + " in "
                  + millis
                  + " ms");
    } else {
      getLog()
          .info(
              "Converted "
                  + count(converted, "digest file")
                  + " to "
                  + to.name()
                  + " in "
                  + millis
                  + " ms ("
                  + upToDate
                  + " up to date, "
                  + count(removed, "stale output")
                  + " removed)");
    }
    if (problems.errors() > 0) {
      throw new MojoFailureException(
          count(problems.errors(), "error")
              + " in the digest files, each listed above as path:line:column; the outputs of"
              + " the files concerned were left as they were.");
    }
  }

  private DigestFormat outputFormat(DigestFormats formats) throws MojoExecutionException {
    DigestFormat to =
        formats
            .byName(outputFormat)
            .orElseThrow(
                () ->
                    new MojoExecutionException(
                        "outputFormat "
                            + MessageText.quote(outputFormat)
                            + " is not a format on the plugin's class path (formats: "
                            + formatNames(formats)
                            + "); add the module that provides it under the plugin's"
                            + " <dependencies>."));
    if (archive == null && to.extensions().isEmpty()) {
      throw new MojoExecutionException(
          "outputFormat "
              + to.name()
              + " has no file extension to give the converted files; name the one output file"
              + " with <archive>.");
    }
    return to;
  }

  private Path archiveFile(Path output) throws MojoExecutionException {
    Path file = archive.isBlank() ? null : output.resolve(archive).normalize();
    if (file == null || !file.startsWith(output) || file.equals(output)) {
      throw new MojoExecutionException(
          "archive "
              + MessageText.quote(archive)
              + " is not a file name inside outputDirectory; give one such as digests.json.");
    }
    return file;
  }

  /** Each input's output: its path below the source directory, with the target's extension. */
  private static Map<Path, List<DigestFile>> outputPerFile(
      List<DigestFile> files, DigestFormat to, Path output) throws MojoExecutionException {
    Map<Path, List<DigestFile>> plan = new LinkedHashMap<>();
    for (DigestFile file : files) {
      String relative = file.relativePath();
      String extension =
          file.format().extensionOf(file.path().getFileName().toString()).orElseThrow();
      Path target =
          output.resolve(
              relative.substring(0, relative.length() - extension.length())
                  + to.extensions().get(0));
      List<DigestFile> earlier = plan.putIfAbsent(target, List.of(file));
      if (earlier != null) {
        throw new MojoExecutionException(
            earlier.get(0).path()
                + " and "
                + file.path()
                + " would both be converted to "
                + target
                + "; leave one of them out with <excludes>.");
      }
    }
    return plan;
  }

  private void addResourceRoot(Path output) {
    String directory = output.toString();
    if (project.getResources().stream().noneMatch(r -> directory.equals(r.getDirectory()))) {
      Resource resource = new Resource();
      resource.setDirectory(directory);
      project.addResource(resource);
    }
  }

  /**
   * Whether the last build wrote {@code target} from the same inputs with the same configuration
   * and code, and it is newer than each input.
   */
  private boolean isUpToDate(
      Path target,
      List<DigestFile> inputs,
      Path output,
      ConversionState previous,
      String fingerprint) {
    if (!previous.fingerprint().equals(fingerprint)
        || !previous.outputs().contains(relativeName(output, target))) {
      return false;
    }
    if (archive != null
        && !previous
            .archiveInputs()
            .equals(inputs.stream().map(DigestFile::relativePath).toList())) {
      return false;
    }
    return inputs.stream()
        .allMatch(input -> buildContext.isUptodate(target.toFile(), input.path().toFile()));
  }

  /** Writes the digests of {@code inputs} to {@code target}; whether it was replaced. */
  private boolean convert(
      List<DigestFile> inputs, DigestFormat to, Path target, ProblemLog problems) {
    try {
      boolean replaced =
          ReplacedFile.write(
              target,
              out -> {
                try (DigestChain digests = new DigestChain(inputs, problems)) {
                  try {
                    to.writer().writeAll(digests, out);
                  } catch (UnwritableDigestException e) {
                    digests.refused(e);
                  }
                  return !digests.failed();
                }
              });
      if (replaced) {
        buildContext.refresh(target.toFile());
      }
      return replaced;
    } catch (IOException e) {
      problems.error(target, e);
      return false;
    }
  }

  /** Deletes the outputs of the last build that this one has no input for; how many. */
  private int removeStale(
      Set<String> previousOutputs, Set<Path> outputs, Path output, ProblemLog problems) {
    int removed = 0;
    for (String name : previousOutputs) {
      Path stale = output.resolve(name).normalize();
      if (!stale.startsWith(output) || outputs.contains(stale)) {
        continue;
      }
      try {
        if (Files.deleteIfExists(stale)) {
          removed++;
          buildContext.refresh(stale.toFile());
        }
        removeEmptyDirectories(stale.getParent(), output);
      } catch (IOException e) {
        problems.error(stale, e);
      }
    }
    return removed;
  }

  private static void removeEmptyDirectories(Path directory, Path output) throws IOException {
    for (Path d = directory; d.startsWith(output) && !d.equals(output); d = d.getParent()) {
      try {
        Files.deleteIfExists(d);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
    }
  }

  private void saveState(
      Path stateFile,
      Map<Path, List<DigestFile>> plan,
      Path output,
      String fingerprint,
      ProblemLog problems) {
    Set<String> outputs = new LinkedHashSet<>();
    plan.keySet().forEach(target -> outputs.add(relativeName(output, target)));
    List<String> inputs = new ArrayList<>();
    if (archive != null) {
      plan.values().forEach(files -> files.forEach(file -> inputs.add(file.relativePath())));
    }
    try {
      new ConversionState(fingerprint, output.toString(), outputs, inputs).write(stateFile);
    } catch (IOException e) {
      problems.error(stateFile, e);
    }
  }

  private static String relativeName(Path output, Path target) {
    return output.relativize(target).toString().replace(File.separatorChar, '/');
  }

  /**
   * What decides the content of the outputs besides the inputs: the format written, the archive's
   * name, and the jars of the plugin and of every format, which change when the plugin or a format
   * module is upgraded or rebuilt.
   */
  private String fingerprint(DigestFormat to, DigestFormats formats) {
    StringBuilder what = new StringBuilder();
    what.append("outputFormat=").append(to.name()).append('\n');
    what.append("archive=").append(archive).append('\n');
    Set<String> code = new TreeSet<>();
    code.add(codeOf(ConvertMojo.class));
    formats.all().forEach(format -> code.add(codeOf(format.getClass())));
    code.forEach(jar -> what.append(jar).append('\n'));
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(what.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The jar or directory {@code type} was loaded from, with its size and modification time. */
  private static String codeOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return type.getName();
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      return location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location);
    } catch (URISyntaxException | IOException | IllegalArgumentException e) {
      return source.getLocation().toString();
    }
  }
}
