package dev.paperdigest.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The unified diff between two versions of a file, as {@code diff -u} prints it, for {@code digest
 * fmt --diff}:
 *
 * <pre>{@code
 * UnifiedDiff.write("2024-10-10.txt", original, canonical, System.out);
 * // --- 2024-10-10.txt
 * // +++ 2024-10-10.txt
 * // @@ -53,4 +53,4 @@
 * //  ...
 * // -#reward-model
 * // \ No newline at end of file
 * // +#reward-model
 * }</pre>
 *
 * <p>Lines are compared with their line ends, so that a missing final line end or a Windows line
 * end shows as a change, and the last line of a file without a final line end is marked as {@code
 * diff} marks it. The diff is made of bytes, not characters: each line is printed exactly as it is
 * in the file, {@code \r} included, so that {@code patch -p0} and {@code git apply} turn the file
 * into its new version.
 */
final class UnifiedDiff {
  private static final int CONTEXT_LINES = 3;
  private static final int HEADER_LINES = 2;
  private static final byte[] NO_LINE_END = "\n\\ No newline at end of file\n".getBytes(UTF_8);

  private UnifiedDiff() {}

  /**
   * Writes the diff that turns {@code original} into {@code revised}, both called {@code name};
   * nothing when they are equal.
   */
  static void write(String name, byte[] original, byte[] revised, OutputStream out)
      throws IOException {
    List<String> before = lines(original);
    // Linear in memory, where the classic algorithm needs memory that grows with the square of the
    // lines changed: a file saved with Windows line ends changes every line.
    Patch<String> patch = DiffUtils.diff(before, lines(revised), new MyersDiffWithLinearSpace<>());
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(name, name, before, patch, CONTEXT_LINES);
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    for (int i = 0; i < diff.size(); i++) {
      String line = diff.get(i);
      if (i < HEADER_LINES || line.startsWith("@@")) {
        // The file name, and the line numbers of a hunk.
        writeChanges(removed, added, out);
        out.write((line + "\n").getBytes(UTF_8));
      } else if (line.startsWith("-")) {
        removed.add(line);
      } else if (line.startsWith("+")) {
        added.add(line);
      } else {
        writeChanges(removed, added, out);
        writeLine(line, out);
      }
    }
    writeChanges(removed, added, out);
  }

  /**
   * Writes a run of changed lines as diff and git do, the lines removed before those added. The
   * algorithm may give an insertion before a deletion at the same place; either order means the
   * same change.
   */
  private static void writeChanges(List<String> removed, List<String> added, OutputStream out)
      throws IOException {
    for (String line : removed) {
      writeLine(line, out);
    }
    for (String line : added) {
      writeLine(line, out);
    }
    removed.clear();
    added.clear();
  }

  private static void writeLine(String line, OutputStream out) throws IOException {
    out.write(line.getBytes(ISO_8859_1));
    if (!line.endsWith("\n")) {
      out.write(NO_LINE_END);
    }
  }

  /**
   * The lines of {@code content}, each with its {@code \n} if it has one, one character per byte:
   * ISO-8859-1 maps bytes to characters and back one to one, whatever the file's encoding.
   */
  private static List<String> lines(byte[] content) {
    String text = new String(content, ISO_8859_1);
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end + 1;
      lines.add(text.substring(start, end));
      start = end;
    }
    return lines;
  }
}
