package dev.paperdigest.maven;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormats;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.build.BuildContext;
import org.codehaus.plexus.util.Scanner;

/**
 * What every goal shares: the digest files it reads, the {@code skip} and {@code encoding} checks,
 * and the formats of the plugin's class loader.
 */
abstract class AbstractDigestMojo extends AbstractMojo {

  /**
   * The directory that holds the digest files; its subdirectories are searched too. The build fails
   * if it does not exist.
   */
  @Parameter(
      property = "digest.sourceDirectory",
      defaultValue = "${project.basedir}/src/main/digests",
      required = true)
  File sourceDirectory;

  /**
   * Patterns of the files to read, relative to {@code sourceDirectory}, such as {@code
   * **&#47;*.txt}, as in maven-resources-plugin. By default every file whose extension names a
   * format on the plugin's class path; a file that an explicit pattern selects must have such an
   * extension.
   */
  @Parameter List<String> includes = new ArrayList<>();

  /**
   * Patterns of the files to leave out, relative to {@code sourceDirectory}, such as {@code
   * drafts/**}. Version-control files are always left out.
   */
  @Parameter List<String> excludes = new ArrayList<>();

  /**
   * The character encoding of the digest files. Digests are always UTF-8, so any other value fails
   * the build rather than be silently ignored; it defaults to {@code project.build.sourceEncoding},
   * and to UTF-8 when that is not set.
   */
  @Parameter(property = "digest.encoding", defaultValue = "${project.build.sourceEncoding}")
  String encoding;

  /** Skips the goal: nothing is read, written or checked. */
  @Parameter(property = "digest.skip", defaultValue = "false")
  boolean skip;

  /** The build session, to tell whether the build runs inside Eclipse. */
  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  /** Incremental builds and IDE refresh: m2e implements it; on the command line it is a no-op. */
  final BuildContext buildContext;

  AbstractDigestMojo(BuildContext buildContext) {
    this.buildContext = buildContext;
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping: digest.skip is true");
      return;
    }
    requireUtf8();
    long started = System.nanoTime();
    DigestFormats formats = DigestFormats.load(AbstractDigestMojo.class.getClassLoader());
    ProblemLog problems = new ProblemLog(getLog(), buildContext, runsInEclipse());
    execute(digestFiles(formats), formats, problems, started);
  }

  /**
   * Runs the goal on the digest files found.
   *
   * @param files the digest files under {@link #sourceDirectory}, ordered by relative path
   * @param formats the formats of the plugin's class loader
   * @param problems where problems with the files go
   * @param started {@link System#nanoTime()} when the goal began, for the time it reports
   */
  abstract void execute(
      List<DigestFile> files, DigestFormats formats, ProblemLog problems, long started)
      throws MojoExecutionException, MojoFailureException;

  /** Reads {@code file} only to check it, reporting every diagnostic of every digest. */
  static void checkEveryDigest(DigestFile file, ProblemLog problems) {
    try {
      file.format().reader().check(file.path()).forEach(d -> problems.diagnostic(file.path(), d));
    } catch (IOException e) {
      problems.error(file.path(), e);
    }
  }

  /** The names of {@code formats}, for a message: {@code json, jsonl, markdown, text}. */
  static String formatNames(DigestFormats formats) {
    return String.join(", ", formats.all().stream().map(DigestFormat::name).toList());
  }

  /** Milliseconds since {@code started}, a {@link System#nanoTime()} value. */
  static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** {@code count} and {@code noun}, with an {@code s} unless it is one. */
  static String count(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** The absolute, normalized source directory; the build fails when it does not exist. */
  Path sourceRoot() throws MojoExecutionException {
    Path root = sourceDirectory.toPath().toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new MojoExecutionException(
          "sourceDirectory "
              + root
              + (Files.exists(root) ? " is not a directory" : " does not exist")
              + "; create it, or set <sourceDirectory> to the directory that holds the digest"
              + " files.");
    }
    return root;
  }

  private void requireUtf8() throws MojoExecutionException {
    if (encoding == null || encoding.isBlank()) {
      return;
    }
    Charset charset;
    try {
      charset = Charset.forName(encoding.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      charset = null;
    }
    if (!StandardCharsets.UTF_8.equals(charset)) {
      throw new MojoExecutionException(
          "encoding is "
              + encoding
              + " (it defaults to project.build.sourceEncoding), but digest files are always"
              + " UTF-8; set <encoding>UTF-8</encoding> in the plugin's configuration.");
    }
  }

  private boolean runsInEclipse() {
    // m2e marks the builds it runs with this user property; there, problems also become markers.
    return session != null && session.getUserProperties().containsKey("m2e.version");
  }

  private List<DigestFile> digestFiles(DigestFormats formats) throws MojoExecutionException {
    Path root = sourceRoot();
    Scanner scanner = buildContext.newScanner(root.toFile(), true);
    boolean explicit = !includes.isEmpty();
    scanner.setIncludes(explicit ? includes.toArray(String[]::new) : null);
    scanner.setExcludes(excludes.isEmpty() ? null : excludes.toArray(String[]::new));
    scanner.addDefaultExcludes();
    scanner.scan();
    String[] found = scanner.getIncludedFiles();
    List<DigestFile> files = new ArrayList<>(found.length);
    for (String name : found) {
      Path file = root.resolve(name);
      String relative = name.replace(File.separatorChar, '/');
      Optional<DigestFormat> format = formats.byPath(file);
      if (format.isPresent()) {
        files.add(new DigestFile(file, relative, format.get()));
      } else if (explicit) {
        throw new MojoExecutionException(
            file
                + " matches <includes>, but its extension names no digest format (formats: "
                + formatNames(formats)
                + "); leave it out with <excludes>.");
      } else {
        getLog().debug("Not a digest file, by its extension: " + file);
      }
    }
    files.sort(Comparator.comparing(DigestFile::relativePath));
    return files;
  }
}
