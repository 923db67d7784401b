package dev.paperdigest.maven;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.spi.MessageText;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;
import org.codehaus.plexus.build.BuildContext;

/**
 * Puts the problems found in digest files in Maven's log, one line each, as {@code
 * path:line:column: message} after Maven's {@code [ERROR]} or {@code [WARNING]}, the form IDEs and
 * CI systems annotate; inside Eclipse they also become markers on the files. It counts what it
 * reports, for the goal's verdict.
 */
final class ProblemLog {
  private final Log log;
  private final BuildContext buildContext;
  private final boolean markers;
  private int errors;
  private int warnings;

  /**
   * @param markers whether to report through {@code buildContext} too; on the command line its
   *     default implementation logs a second copy of each problem in its own form
   */
  ProblemLog(Log log, BuildContext buildContext, boolean markers) {
    this.log = log;
    this.buildContext = buildContext;
    this.markers = markers;
  }

  /** Forgets the markers of an earlier build on {@code file}, before it is read again. */
  void clear(Path file) {
    if (markers) {
      buildContext.removeMessages(file.toFile());
    }
  }

  /** Reports a diagnostic of {@code file}, the file it names. */
  void diagnostic(Path file, Diagnostic diagnostic) {
    String line =
        diagnostic.source()
            + ":"
            + diagnostic.line()
            + ":"
            + diagnostic.column()
            + ": "
            + diagnostic.message();
    if (diagnostic.isError()) {
      errors++;
      log.error(line);
    } else {
      warnings++;
      log.warn(line);
    }
    if (markers) {
      buildContext.addMessage(
          file.toFile(),
          (int) Math.min(diagnostic.line(), Integer.MAX_VALUE),
          (int) Math.min(diagnostic.column(), Integer.MAX_VALUE),
          diagnostic.message(),
          diagnostic.isError() ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING,
          null);
    }
  }

  /** Reports an error of {@code file} as a whole, {@code path: message}. */
  void error(Path file, String message) {
    errors++;
    log.error(MessageText.escapeControls(file + ": " + message));
    if (markers) {
      buildContext.addMessage(file.toFile(), 1, 1, message, BuildContext.SEVERITY_ERROR, null);
    }
  }

  /** Reports that {@code file} could not be read or written. */
  void error(Path file, IOException e) {
    error(file, describe(e));
  }

  /** How many errors have been reported. */
  int errors() {
    return errors;
  }

  /** How many warnings have been reported. */
  int warnings() {
    return warnings;
  }

  /** What went wrong with a file, in the words of the system rather than of Java. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
