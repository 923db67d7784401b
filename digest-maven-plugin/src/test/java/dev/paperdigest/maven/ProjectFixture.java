package dev.paperdigest.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.build.BuildContext;
import org.codehaus.plexus.build.DefaultBuildContext;

/**
 * A project directory with digest files, and the goals configured for it the way Maven configures
 * them from their defaults, with the build context of a command-line build.
 */
final class ProjectFixture {
  /** A digest as a person types it, in canonical form (the text writer ends without a newline). */
  static final String TEXT =
      """
      2024년 10월 11일
      Attention Is All You Need
      (Ashish Vaswani, Noam Shazeer, Niki Parmar)
      The dominant sequence transduction models are based on complex recurrent networks.
      순환 신경망 없이 어텐션만으로 번역 품질을 높였다는 논문.
      A paper showing that attention alone, without recurrence, improves translation.
      #transformer #attention
      """
          .stripIndent();

  /** Another digest, in Markdown as a person writes it. */
  static final String MARKDOWN =
      """
      # 2024-10-12

      ## Scaling Laws for Neural Language Models

      *Jared Kaplan*, *Sam McCandlish*

      > We study empirical scaling laws for language model performance.

      `#scaling-law`
      """;

  /** A paper whose tag line was forgotten. */
  static final String MISSING_TAGS =
      """
      2024년 10월 13일
      Scaling Laws for Neural Language Models
      (Jared Kaplan, Sam McCandlish)
      We study empirical scaling laws for language model performance.
      """;

  final Path root;
  final Path sources;
  final Path target;
  final RecordingLog log = new RecordingLog();
  final MavenProject project = new MavenProject();
  BuildContext buildContext =
      new DefaultBuildContext(new org.sonatype.plexus.build.incremental.DefaultBuildContext());

  ProjectFixture(Path root) {
    this.root = root;
    this.sources = root.resolve("src/main/digests");
    this.target = root.resolve("target");
  }

  /** Writes {@code content} as UTF-8 to {@code relative} below the source directory. */
  Path write(String relative, String content) throws IOException {
    return write(relative, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code content} to {@code relative} below the source directory, dated a minute ago, as a
   * file written before the build is: an output written in the same millisecond as its input could
   * not be told to be newer, and would be converted again.
   */
  Path write(String relative, byte[] content) throws IOException {
    Path file = sources.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    return file;
  }

  /** The output directory's file {@code relative}. */
  Path output(String relative) {
    return target.resolve("generated-resources/digests").resolve(relative);
  }

  ConvertMojo convert(String outputFormat) {
    ConvertMojo mojo = configure(new ConvertMojo(buildContext));
    mojo.outputFormat = outputFormat;
    mojo.outputDirectory = target.resolve("generated-resources/digests").toFile();
    mojo.project = project;
    mojo.mojoExecution =
        new MojoExecution(new MojoDescriptor(), "default", MojoExecution.Source.LIFECYCLE);
    mojo.buildDirectory = target.toFile();
    return mojo;
  }

  ValidateMojo validate() {
    return configure(new ValidateMojo(buildContext));
  }

  CheckMojo check() {
    return configure(new CheckMojo(buildContext));
  }

  private <T extends AbstractDigestMojo> T configure(T mojo) {
    mojo.sourceDirectory = sources.toFile();
    mojo.encoding = "UTF-8";
    mojo.setLog(log);
    return mojo;
  }

  /** Maven's log, kept. */
  static final class RecordingLog extends SystemStreamLog {
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> infos = new ArrayList<>();

    @Override
    public void debug(CharSequence content) {}

    @Override
    public void error(CharSequence content) {
      errors.add(content.toString());
    }

    @Override
    public void warn(CharSequence content) {
      warnings.add(content.toString());
    }

    @Override
    public void info(CharSequence content) {
      infos.add(content.toString());
    }

    String lastInfo() {
      return infos.get(infos.size() - 1);
    }

    /** The goal's summary, its last line, without the time it took. */
    String summary() {
      return lastInfo().replaceFirst(" in \\d+ ms", "");
    }
  }
}
