package dev.paperdigest.maven;

import dev.paperdigest.core.DigestFormats;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.codehaus.plexus.build.BuildContext;

/**
 * Reads every digest file under {@code sourceDirectory} and fails the build on any error. Each
 * problem appears in Maven's log as {@code [ERROR] path:line:column: message} (warnings as {@code
 * [WARNING] ...}), the form IDEs and CI systems annotate. A broken digest does not stop the
 * reading: one build reports every problem of every file.
 *
 * <p>In a POM: {@code <goal>validate</goal>}; <a
 * href="https://github.com/paperdigest/paperdigest/blob/main/docs/maven-plugin.md">docs/maven-plugin.md</a>
 * has the whole snippet.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends AbstractDigestMojo {

  /**
   * Made by Maven, which injects the build context.
   *
   * @param buildContext Maven's incremental build support
   */
  @Inject
  public ValidateMojo(BuildContext buildContext) {
    super(buildContext);
  }

  @Override
  void execute(List<DigestFile> files, DigestFormats formats, ProblemLog problems, long started)
      throws MojoFailureException {
    int broken = 0;
    for (DigestFile file : files) {
      int errorsBefore = problems.errors();
      problems.clear(file.path());
      checkEveryDigest(file, problems);
      if (problems.errors() > errorsBefore) {
        broken++;
      }
    }
    getLog()
        .info(
            "Validated "
                + count(files.size(), "digest file")
                + " in "
                + millisSince(started)
                + " ms: "
                + count(problems.errors(), "error")
                + ", "
                + count(problems.warnings(), "warning"));
    if (broken > 0) {
      throw new MojoFailureException(
          count(problems.errors(), "error")
              + " in "
              + count(broken, "digest file")
              + ", each listed above as path:line:column.");
    }
  }
}
