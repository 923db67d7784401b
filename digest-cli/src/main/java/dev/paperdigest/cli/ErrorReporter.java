package dev.paperdigest.cli;

import dev.paperdigest.core.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import picocli.CommandLine.ParameterException;

/**
 * Prints the problems of one run of a command to standard error, one line each, and remembers
 * whether there were any. An ordinary mistake gets a message that says all the user needs; the
 * stack trace behind it is printed only with {@code --debug}.
 */
final class ErrorReporter {
  private final PrintWriter err;
  private final boolean debug;
  private boolean failed;

  ErrorReporter(PrintWriter err, boolean debug) {
    this.err = err;
    this.debug = debug;
  }

  /** Prints each diagnostic in the GNU form {@code FILE:LINE:COLUMN: error: MESSAGE}. */
  void diagnostics(List<Diagnostic> diagnostics, Throwable cause) {
    failed = true;
    diagnostics.forEach(err::println);
    trace(cause);
  }

  /** Prints {@code digest: SUBJECT: MESSAGE}, where the subject is usually a file name. */
  void error(String subject, String message, Throwable cause) {
    failed = true;
    err.println("digest: " + subject + ": " + message);
    trace(cause);
  }

  /** Prints what went wrong with the file {@code subject}, in the words of the system. */
  void ioError(String subject, IOException e) {
    error(subject, describe(e), e);
  }

  /** Prints a mistake in the command's arguments; it is not a failure of the inputs. */
  void usageError(ParameterException e) {
    err.println("digest: " + e.getMessage());
    trace(e);
  }

  /** Prints an exception that only a bug explains. */
  void unexpected(Exception e) {
    failed = true;
    err.println("digest: unexpected error: " + e);
    if (debug) {
      trace(e);
    } else {
      err.println("digest: run again with --debug to see where it happened, and report it.");
    }
  }

  /** 1 when anything was reported as failed, else 0. */
  int exitStatus() {
    return failed ? 1 : 0;
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "No such file or directory";
    } else if (e instanceof AccessDeniedException) {
      return "Permission denied";
    } else if (e instanceof FileAlreadyExistsException) {
      return "File exists";
    } else if (e instanceof NotDirectoryException) {
      return "Not a directory";
    } else if (e instanceof DirectoryNotEmptyException) {
      return "Directory not empty";
    } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    } else if (e.getMessage() != null) {
      return e.getMessage();
    }
    return e.getClass().getSimpleName();
  }

  /** The stack trace behind a message, for bug reports: only with {@code --debug}. */
  private void trace(Throwable t) {
    if (debug && t != null) {
      t.printStackTrace(err);
      err.flush();
    }
  }
}
