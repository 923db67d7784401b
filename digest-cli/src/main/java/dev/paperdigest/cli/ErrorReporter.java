package dev.paperdigest.cli;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.spi.MessageText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.function.Consumer;
import picocli.CommandLine.ParameterException;

/**
 * Prints the problems of one run of a command to standard error, one line each, and remembers
 * whether any was an error. An ordinary mistake gets a message that says all the user needs; the
 * stack trace behind it is printed only with {@code --debug}. Every line is made safe and legible
 * to print: control characters escaped, bytes of file names that are not UTF-8 shown as {@code
 * \xFF}.
 */
final class ErrorReporter {
  /** How many diagnostics of one input are printed; the rest are counted in one line. */
  static final int MAX_DIAGNOSTICS_PER_INPUT = 100;

  private static final long MEBIBYTE = 1L << 20;

  private final PrintWriter err;
  private final boolean debug;
  private boolean failed;

  /**
   * Room set aside at the start, and given back when memory runs out, so that the message saying so
   * can still be made when the heap is full of what could not be read.
   */
  private static byte[] memoryReserve = new byte[(int) MEBIBYTE];

  ErrorReporter(PrintWriter err, boolean debug) {
    this.err = err;
    this.debug = debug;
  }

  /** A sink for the diagnostics of {@code input}; {@link InputReport#close() close} it after. */
  InputReport about(Input input) {
    return new InputReport(input.name());
  }

  /** Prints {@code digest: SUBJECT: MESSAGE}, where the subject is usually a file name. */
  void error(String subject, String message, Throwable cause) {
    failed = true;
    print("digest: " + MessageText.escapeControls(subject) + ": " + message);
    trace(cause);
  }

  /** Prints what went wrong with the file {@code subject}, in the words of the system. */
  void ioError(String subject, IOException e) {
    error(subject, describe(e), e);
  }

  /**
   * Prints that {@code input} could not be read or written in the memory Java has, and how to give
   * it more: four times the heap, or eight times the input's size if that is more. The caller has
   * let go of what the failed read held.
   *
   * @param input the input, or null when the failure concerns no input
   */
  void outOfMemory(Input input, VirtualMachineError e) {
    memoryReserve = null;
    String subject = input == null ? "digest" : input.name();
    if (e instanceof StackOverflowError) {
      error(
          subject,
          "it nests too deeply for Java's stack; give Java a larger stack, e.g."
              + " DIGEST_JAVA_OPTS=-Xss64m",
          e);
    } else {
      long heap = Runtime.getRuntime().maxMemory();
      long inputSize = input == null ? -1 : input.size();
      error(
          subject,
          "not enough memory: a digest, line or string in it is too large for Java's heap of "
              + heap / MEBIBYTE
              + " MB; give Java more memory, e.g. DIGEST_JAVA_OPTS=-Xmx"
              + suggestedHeap(Math.max(4 * heap, 8 * inputSize)),
          e);
    }
    try {
      memoryReserve = new byte[(int) MEBIBYTE];
    } catch (OutOfMemoryError stillFull) {
      // The next input goes without a reserve.
    }
  }

  /** Prints a mistake in the command's arguments; it is not a failure of the inputs. */
  void usageError(ParameterException e) {
    print("digest: " + e.getMessage());
    trace(e);
  }

  /** Prints an exception that only a bug explains. */
  void unexpected(Exception e) {
    failed = true;
    print("digest: unexpected error: " + e);
    if (debug) {
      trace(e);
    } else {
      print("digest: run again with --debug to see where it happened, and report it.");
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

  /** The power of two at or above {@code bytes}, at least 256 MB, as {@code -Xmx} writes it. */
  private static String suggestedHeap(long bytes) {
    long mebibytes = Long.highestOneBit(Math.max(256, bytes / MEBIBYTE) - 1) << 1;
    return mebibytes >= 1024 ? mebibytes / 1024 + "g" : mebibytes + "m";
  }

  private void print(String line) {
    err.println(FileNames.legible(line));
  }

  /** The stack trace behind a message, for bug reports: only with {@code --debug}. */
  private void trace(Throwable t) {
    if (debug && t != null) {
      t.printStackTrace(err);
      err.flush();
    }
  }

  /**
   * The diagnostics of one input, printed in the GNU form {@code FILE:LINE:COLUMN: SEVERITY:
   * MESSAGE} under the name the user gave the input, at most {@link #MAX_DIAGNOSTICS_PER_INPUT} of
   * them; {@link #close()} sums up the rest in one line. An error among them, printed or not, makes
   * the run fail; warnings alone do not.
   */
  final class InputReport implements Consumer<Diagnostic>, AutoCloseable {
    private final String name;
    private long printed;
    private long errorsLeftOut;
    private long warningsLeftOut;

    private InputReport(String name) {
      this.name = name;
    }

    @Override
    public void accept(Diagnostic diagnostic) {
      if (diagnostic.isError()) {
        failed = true;
      }
      if (printed == MAX_DIAGNOSTICS_PER_INPUT) {
        if (diagnostic.isError()) {
          errorsLeftOut++;
        } else {
          warningsLeftOut++;
        }
      } else {
        printed++;
        // Formats name a file by its path's string, which loses bytes that are not UTF-8.
        print(
            diagnostic.source().equals(name)
                ? diagnostic.toString()
                : new Diagnostic(
                        name,
                        diagnostic.line(),
                        diagnostic.column(),
                        diagnostic.severity(),
                        diagnostic.message())
                    .toString());
      }
    }

    /** Reports the diagnostics of a failure, and the stack trace behind them with --debug. */
    void failure(Iterable<Diagnostic> diagnostics, Throwable cause) {
      diagnostics.forEach(this);
      trace(cause);
    }

    /** Warns that the input held no digest at all. */
    void noDigest() {
      accept(DigestReader.noDigestWarning(name));
    }

    /** Prints {@code FILE: … and N more errors} when diagnostics were left out. */
    @Override
    public void close() {
      if (errorsLeftOut + warningsLeftOut > 0) {
        String what =
            errorsLeftOut == 0 ? "warnings" : warningsLeftOut == 0 ? "errors" : "problems";
        print(
            MessageText.escapeControls(name)
                + ": … and "
                + (errorsLeftOut + warningsLeftOut)
                + " more "
                + what);
      }
    }
  }
}
