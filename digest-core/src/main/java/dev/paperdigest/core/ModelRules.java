package dev.paperdigest.core;

import dev.paperdigest.core.InvalidPaperException.Rule;

/**
 * The checks {@link AbstractPaper} runs when a paper is built; each throws an {@link
 * InvalidPaperException} that names the field, the element and the rule.
 *
 * <p>Every reader builds papers from strings it has just decoded, so each string is scanned once,
 * for all of its rules together; the text format's strings, decoded line by line, need no scan for
 * line breaks and surrogates at all.
 */
final class ModelRules {
  /** Characters {@link #scanInBlocks} copies at a time: a few cache lines. */
  private static final int SCAN_BLOCK = 512;

  /**
   * Whether the JVM compiles with its first compiler alone ({@code -XX:TieredStopAtLevel=1}, as the
   * {@code digest} command runs it for a fast start), which it reports in {@code java.vm.info}. The
   * two compilers favour different loops (measured in docs/performance.md).
   */
  private static final boolean FIRST_COMPILER_ONLY =
      System.getProperty("java.vm.info", "").contains("emulated-client");

  private ModelRules() {}

  /**
   * A single line that is not blank: the title, an author.
   *
   * @param scan whether to look for line breaks and unpaired surrogates, which text decoded from
   *     one line cannot hold ({@link dev.paperdigest.core.internal.DecodedLines})
   */
  static void requireLine(PaperField field, int index, String value, boolean scan) {
    int at = scan ? scan(field, index, value, true) : -1;
    if (at >= 0) {
      throw new InvalidPaperException(field, index, Rule.LINE_BREAK, value, at);
    }
    if (UnicodeText.isBlank(value)) {
      throw new InvalidPaperException(field, index, Rule.BLANK, value, -1);
    }
  }

  /**
   * Multi-line text: present means non-empty, lines separated by LF only.
   *
   * @param scan as for {@link #requireLine}
   */
  static void requireText(PaperField field, String value, boolean scan) {
    if (value.isEmpty()) {
      throw new InvalidPaperException(field, -1, Rule.EMPTY, value, -1);
    }
    int at = scan ? scan(field, -1, value, false) : -1;
    if (at >= 0) {
      throw new InvalidPaperException(field, -1, Rule.CARRIAGE_RETURN, value, at);
    }
  }

  /** A tag: one word, not empty. */
  static void requireTag(int index, String tag) {
    if (tag.isEmpty()) {
      throw new InvalidPaperException(PaperField.TAGS, index, Rule.EMPTY, tag, -1);
    }
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (Character.isSurrogate(c)) {
        requirePairAt(PaperField.TAGS, index, tag, i);
        i++;
      } else if (UnicodeText.isWhitespace(c)) {
        // White_Space has no supplementary code points, so a UTF-16 unit decides.
        throw new InvalidPaperException(PaperField.TAGS, index, Rule.WHITESPACE, tag, i);
      }
    }
  }

  /**
   * The index of the first carriage return in {@code value} (or line feed, when {@code
   * singleLine}), or -1; an unpaired surrogate before it is thrown as not Unicode text.
   */
  private static int scan(PaperField field, int index, String value, boolean singleLine) {
    // Every string read is scanned, once; how fast depends on the JVM's compilers.
    return FIRST_COMPILER_ONLY
        ? scanInBlocks(field, index, value, singleLine)
        : scanByCharacter(field, index, value, singleLine);
  }

  /**
   * {@link #scan} as the optimising compiler runs it best: {@code String.indexOf}, an intrinsic,
   * finds the line break, and {@code charAt}, inlined, tests one thing per character.
   */
  static int scanByCharacter(PaperField field, int index, String value, boolean singleLine) {
    int lineBreak = value.indexOf('\r');
    if (singleLine) {
      int lineFeed = value.indexOf('\n');
      if (lineFeed >= 0 && (lineBreak < 0 || lineFeed < lineBreak)) {
        lineBreak = lineFeed;
      }
    }
    // Only surrogates are left to find before it; testing for line breaks too cost a third more.
    for (int i = 0, end = lineBreak < 0 ? value.length() : lineBreak; i < end; i++) {
      if (Character.isSurrogate(value.charAt(i))) {
        requirePairAt(field, index, value, i);
        i++;
      }
    }
    return lineBreak;
  }

  /**
   * {@link #scan} as the first compiler alone runs it best, where {@code charAt} is a call per
   * character: the text is copied out in blocks and each character tested once, since line breaks
   * and surrogates are both rare. Twice as fast there, half as fast under the optimising compiler.
   */
  static int scanInBlocks(PaperField field, int index, String value, boolean singleLine) {
    int length = value.length();
    char[] block = new char[Math.min(length, SCAN_BLOCK)];
    for (int from = 0; from < length; from += block.length) {
      int count = Math.min(block.length, length - from);
      value.getChars(from, from + count, block, 0);
      for (int i = 0; i < count; i++) {
        char c = block[i];
        if (c <= '\r' ? isLineBreak(c, singleLine) : Character.isSurrogate(c)) {
          return scanFrom(field, index, value, singleLine, from + i);
        }
      }
    }
    return -1;
  }

  /**
   * The first line break in {@code value} from {@code start}, or -1, one character at a time; an
   * unpaired surrogate before it is thrown.
   */
  private static int scanFrom(
      PaperField field, int index, String value, boolean singleLine, int start) {
    for (int i = start; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isLineBreak(c, singleLine)) {
        return i;
      }
      if (Character.isSurrogate(c)) {
        requirePairAt(field, index, value, i);
        i++;
      }
    }
    return -1;
  }

  /** Throws unless the surrogate {@code value[i]} is a high one followed by a low one. */
  private static void requirePairAt(PaperField field, int index, String value, int i) {
    if (!(Character.isHighSurrogate(value.charAt(i))
        && i + 1 < value.length()
        && Character.isLowSurrogate(value.charAt(i + 1)))) {
      throw new InvalidPaperException(field, index, Rule.UNPAIRED_SURROGATE, value, i);
    }
  }

  private static boolean isLineBreak(char c, boolean singleLine) {
    return c == '\r' || (singleLine && c == '\n');
  }
}
