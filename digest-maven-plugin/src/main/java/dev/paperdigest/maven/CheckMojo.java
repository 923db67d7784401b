package dev.paperdigest.maven;

import dev.paperdigest.core.CanonicalForm;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.UnwritableDigestException;
import java.io.IOException;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.codehaus.plexus.build.BuildContext;

/**
 * Fails the build when a digest file under {@code sourceDirectory} is not in canonical form, the
 * form its format's writer gives it, and names each such file. It is the check {@code digest fmt
 * --check} makes ({@code CanonicalForm.isCanonical}), for a build that keeps an archive tidy. A
 * file that does not read is reported as {@code validate} reports it.
 *
 * <p>In a POM: {@code <goal>check</goal>}; <a
 * href="https://github.com/paperdigest/paperdigest/blob/main/docs/maven-plugin.md">docs/maven-plugin.md</a>
 * has the whole snippet.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractDigestMojo {

  /**
   * Made by Maven, which injects the build context.
   *
   * @param buildContext Maven's incremental build support
   */
  @Inject
  public CheckMojo(BuildContext buildContext) {
    super(buildContext);
  }

  @Override
  void execute(List<DigestFile> files, DigestFormats formats, ProblemLog problems, long started)
      throws MojoFailureException {
    int notCanonical = 0;
    for (DigestFile file : files) {
      problems.clear(file.path());
      try {
        if (!CanonicalForm.isCanonical(file.format(), file.path())) {
          notCanonical++;
          problems.error(
              file.path(),
              "not in canonical form; `digest fmt` rewrites it in the form the "
                  + file.format().name()
                  + " writer writes");
        }
      } catch (DigestFormatException e) {
        // The first broken digest stopped the comparison; reading again reports them all.
        checkEveryDigest(file, problems);
      } catch (UnwritableDigestException e) {
        problems.error(file.path(), e.getMessage());
      } catch (IOException e) {
        problems.error(file.path(), e);
      }
    }
    getLog()
        .info(
            "Checked "
                + count(files.size(), "digest file")
                + " in "
                + millisSince(started)
                + " ms: "
                + notCanonical
                + " not in canonical form");
    if (problems.errors() > 0) {
      throw new MojoFailureException(
          count(notCanonical, "digest file")
              + " not in canonical form and "
              + count(problems.errors() - notCanonical, "other error")
              + ", each listed above.");
    }
  }
}
