package dev.paperdigest.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.paperdigest.core.spi.Utf8;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * File names as the operating system holds them: bytes, nearly always UTF-8, but not necessarily.
 *
 * <p>Java holds names as strings, decoded with the locale's character set ({@code
 * sun.jnu.encoding}). A byte that is not UTF-8 becomes U+FFFD, and under {@code LC_ALL=C} every
 * byte above 127 does, so such a name can neither be opened nor printed. This class keeps every
 * name exact:
 *
 * <ul>
 *   <li>In a string, a byte that is not part of valid UTF-8 is carried as the lone surrogate U+DC80
 *       to U+DCFF, as Python's {@code surrogateescape} does (PEP 383); {@link #decode} and {@link
 *       #encode} convert without loss.
 *   <li>A path whose name the JVM's character set cannot carry is built from its bytes through a
 *       {@code file:} URI, whose percent escapes the JDK turns into the bytes themselves; a name
 *       listed from a directory keeps its bytes in the same way, and {@link #bytes} reads them
 *       back.
 *   <li>{@link #legible} shows each such byte as {@code \xFF} in messages.
 * </ul>
 *
 * <pre>{@code
 * Path file = FileNames.path("caf\uDCE9.txt");          // the 8 bytes c a f 0xE9 . t x t
 * String shown = FileNames.display(file);               // caf\xE9.txt
 * }</pre>
 */
final class FileNames {
  private static final Path ROOT = Path.of("/");
  private static final Charset JNU = jnuCharset();
  private static final boolean JNU_IS_UTF8 = JNU.equals(UTF_8);
  private static final char FIRST_ESCAPE = '\uDC80';
  private static final char LAST_ESCAPE = '\uDCFF';
  private static final char REPLACEMENT = '\uFFFD';

  /**
   * The working directory by its exact bytes, when the JVM's own cannot be trusted; else null. The
   * JDK resolves relative names against {@code user.dir}, which under {@code LC_ALL=C} in a
   * directory named in Korean is decoded to question marks and names no directory at all.
   */
  private static final Path WORKING_DIRECTORY = exactWorkingDirectory();

  private FileNames() {}

  /**
   * The path named by {@code name}, an argument of the command, which may carry escaped bytes.
   *
   * @throws java.nio.file.InvalidPathException if the name holds a NUL character
   */
  static Path path(String name) {
    Path path =
        (JNU_IS_UTF8 ? !hasEscapes(name) : isAscii(name)) ? Path.of(name) : path(encode(name));
    return WORKING_DIRECTORY == null || path.isAbsolute() ? path : WORKING_DIRECTORY.resolve(path);
  }

  /** The path whose name is exactly {@code bytes}; relative unless they begin with {@code /}. */
  static Path path(byte[] bytes) {
    boolean absolute = bytes.length > 0 && bytes[0] == '/';
    StringBuilder uri =
        new StringBuilder(bytes.length + 16).append(absolute ? "file://" : "file:///");
    for (byte b : bytes) {
      char c = (char) (b & 0xFF);
      if (isUriSafe(c)) {
        uri.append(c);
      } else {
        uri.append('%')
            .append(Character.forDigit(c >> 4, 16))
            .append(Character.forDigit(c & 15, 16));
      }
    }
    Path fromRoot = Path.of(URI.create(uri.toString()));
    return absolute ? fromRoot : ROOT.relativize(fromRoot);
  }

  /** The bytes of {@code path}'s name, exactly as the operating system holds them. */
  static byte[] bytes(Path path) {
    String shown = path.toString();
    if (JNU_IS_UTF8 ? shown.indexOf(REPLACEMENT) < 0 : isAscii(shown)) {
      return shown.getBytes(UTF_8);
    }
    // The JDK keeps a path's bytes and writes them, percent-escaped, into its URI; the URI of an
    // absolute path needs no working directory, whose own name may be just as lossy.
    Path absolute = path.isAbsolute() ? path : ROOT.resolve(path);
    String escaped = absolute.toUri().getRawPath();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(escaped.length());
    for (int i = path.isAbsolute() ? 0 : 1; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '%') {
        bytes.write(Integer.parseInt(escaped, i + 1, i + 3, 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    byte[] result = bytes.toByteArray();
    // toUri() marks a directory with a final slash; the name has none.
    int length = result.length;
    return length > 1 && result[length - 1] == '/' ? Arrays.copyOf(result, length - 1) : result;
  }

  /** {@code path} for messages: its name in UTF-8, each other byte as {@code \xFF}. */
  static String display(Path path) {
    return legible(decode(bytes(path)));
  }

  /**
   * The name messages give {@code fileName} in the directory the user named {@code directoryName}:
   * {@code out/2024-10-10.json} for {@code out} or {@code out/}.
   */
  static String displayIn(String directoryName, Path fileName) {
    return (directoryName.endsWith("/") ? directoryName : directoryName + "/") + display(fileName);
  }

  /** UTF-8 {@code bytes} as a string, each byte that is not valid UTF-8 escaped as a surrogate. */
  static String decode(byte[] bytes) {
    int malformed = Utf8.indexOfMalformed(bytes, 0, bytes.length);
    if (malformed < 0) {
      return new String(bytes, UTF_8);
    }
    StringBuilder text = new StringBuilder(bytes.length);
    int from = 0;
    while (malformed >= 0) {
      text.append(new String(bytes, from, malformed - from, UTF_8));
      int end = malformed + Utf8.malformedLength(bytes, malformed, bytes.length);
      for (int i = malformed; i < end; i++) {
        text.append((char) (FIRST_ESCAPE - 0x80 + (bytes[i] & 0xFF)));
      }
      from = end;
      malformed = Utf8.indexOfMalformed(bytes, from, bytes.length);
    }
    return text.append(new String(bytes, from, bytes.length - from, UTF_8)).toString();
  }

  /** The bytes {@link #decode} read {@code text} from. */
  static byte[] encode(String text) {
    if (!hasEscapes(text)) {
      return text.getBytes(UTF_8);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 8);
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isEscape(text, i)) {
        bytes.writeBytes(text.substring(from, i).getBytes(UTF_8));
        bytes.write(c - FIRST_ESCAPE + 0x80);
        from = i + 1;
      }
    }
    bytes.writeBytes(text.substring(from).getBytes(UTF_8));
    return bytes.toByteArray();
  }

  /** {@code text} with each escaped byte written {@code \xFF}, fit to print. */
  static String legible(String text) {
    if (!hasEscapes(text)) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      if (isEscape(text, i)) {
        shown.append(String.format("\\x%02X", text.charAt(i) - FIRST_ESCAPE + 0x80));
      } else {
        shown.append(text.charAt(i));
      }
    }
    return shown.toString();
  }

  private static boolean hasEscapes(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isEscape(text, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the char at {@code i} is an escaped byte: a low surrogate with no high one before. */
  private static boolean isEscape(String text, int i) {
    char c = text.charAt(i);
    return c >= FIRST_ESCAPE
        && c <= LAST_ESCAPE
        && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUriSafe(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '/'
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static Path exactWorkingDirectory() {
    String userDirectory = System.getProperty("user.dir", "");
    if (JNU_IS_UTF8 ? userDirectory.indexOf(REPLACEMENT) < 0 : isAscii(userDirectory)) {
      return null;
    }
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/cwd"));
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  /** The character set the JVM decodes arguments and file names with. */
  static Charset jnuCharset() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding"));
    } catch (RuntimeException e) {
      return Charset.defaultCharset();
    }
  }
}
