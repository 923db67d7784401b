package dev.paperdigest.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line arguments exactly as the operating system passed them.
 *
 * <p>The JVM decodes {@code main}'s arguments with the locale's character set, and a byte it cannot
 * decode becomes U+FFFD: a file name that is not UTF-8, or any non-ASCII name under {@code
 * LC_ALL=C}, arrives damaged and names no file. Linux keeps the original bytes in {@code
 * /proc/self/cmdline}, whose last entries are the program's arguments. They are used only when they
 * provably are those arguments: as many, and each decoding, in the JVM's own character set, to
 * exactly the argument the JVM gave. Otherwise (another system, an {@code @argfile} given to {@code
 * java}) the arguments stay as given.
 *
 * <pre>{@code
 * String[] exact = NativeArguments.recover(args);   // "caf\uDCE9.txt" for the bytes c a f 0xE9 ...
 * }</pre>
 */
final class NativeArguments {
  private static final Path COMMAND_LINE = Path.of("/proc/self/cmdline");

  private NativeArguments() {}

  /**
   * {@code args} with each damaged argument replaced by its bytes, decoded as {@link
   * FileNames#decode} does; {@code args} itself when none is damaged or the bytes cannot be had.
   */
  static String[] recover(String[] args) {
    if (Arrays.stream(args).noneMatch(arg -> arg.indexOf('\uFFFD') >= 0)) {
      return args;
    }
    byte[] commandLine;
    try {
      commandLine = Files.readAllBytes(COMMAND_LINE);
    } catch (IOException | UnsupportedOperationException e) {
      return args;
    }
    return recover(args, commandLine, FileNames.jnuCharset());
  }

  /**
   * {@code args} recovered from {@code commandLine}, NUL-terminated entries decoded by {@code jnu}.
   */
  static String[] recover(String[] args, byte[] commandLine, Charset jnu) {
    List<byte[]> entries = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < commandLine.length; i++) {
      if (commandLine[i] == 0) {
        entries.add(Arrays.copyOfRange(commandLine, start, i));
        start = i + 1;
      }
    }
    if (entries.size() < args.length) {
      return args;
    }
    List<byte[]> tail = entries.subList(entries.size() - args.length, entries.size());
    String[] recovered = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      if (!new String(tail.get(i), jnu).equals(args[i])) {
        return args;
      }
      recovered[i] = FileNames.decode(tail.get(i));
    }
    return recovered;
  }
}
