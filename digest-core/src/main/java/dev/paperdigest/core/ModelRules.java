package dev.paperdigest.core;

import dev.paperdigest.core.InvalidPaperException.Rule;

/**
 * The checks {@link AbstractPaper} runs when a paper is built; each throws an {@link
 * InvalidPaperException} that names the field, the element and the rule.
 *
 * <p>Every reader builds papers from strings it has just decoded, so each string is scanned once,
 * for all of its rules together.
 */
final class ModelRules {
  /** Characters copied at a time by {@link #firstSurrogate}: a few cache lines. */
  private static final int SURROGATE_SCAN_BLOCK = 512;

  private ModelRules() {}

  /** A single line that is not blank: the title, an author. */
  static void requireLine(PaperField field, int index, String value) {
    int at = scan(field, index, value, true);
    if (at >= 0) {
      throw new InvalidPaperException(field, index, Rule.LINE_BREAK, value, at);
    }
    if (UnicodeText.isBlank(value)) {
      throw new InvalidPaperException(field, index, Rule.BLANK, value, -1);
    }
  }

  /** Multi-line text: present means non-empty, lines separated by LF only. */
  static void requireText(PaperField field, String value) {
    if (value.isEmpty()) {
      throw new InvalidPaperException(field, -1, Rule.EMPTY, value, -1);
    }
    int at = scan(field, -1, value, false);
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
        if (!isPairAt(tag, i)) {
          throw new InvalidPaperException(PaperField.TAGS, index, Rule.UNPAIRED_SURROGATE, tag, i);
        }
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
    // Every string read is scanned, which profiled at a tenth of reading JSON: String.indexOf, an
    // intrinsic, finds the line break, so that the loop tests one thing per character.
    int lineBreak = value.indexOf('\r');
    if (singleLine) {
      int lineFeed = value.indexOf('\n');
      if (lineFeed >= 0 && (lineBreak < 0 || lineFeed < lineBreak)) {
        lineBreak = lineFeed;
      }
    }
    int end = lineBreak < 0 ? value.length() : lineBreak;
    for (int i = firstSurrogate(value, end); i >= 0 && i < end; i++) {
      if (Character.isSurrogate(value.charAt(i))) {
        if (!isPairAt(value, i)) {
          throw new InvalidPaperException(field, index, Rule.UNPAIRED_SURROGATE, value, i);
        }
        i++;
      }
    }
    return lineBreak;
  }

  /**
   * The index of the first surrogate in {@code value[0, end)}, or -1. Most text has none, and
   * copying it out in blocks is several times cheaper than {@code charAt} per character where the
   * JVM runs on its first compiler alone, as the {@code digest} command does.
   */
  private static int firstSurrogate(String value, int end) {
    char[] block = new char[Math.min(end, SURROGATE_SCAN_BLOCK)];
    for (int from = 0; from < end; from += block.length) {
      int length = Math.min(block.length, end - from);
      value.getChars(from, from + length, block, 0);
      for (int i = 0; i < length; i++) {
        if (Character.isSurrogate(block[i])) {
          return from + i;
        }
      }
    }
    return -1;
  }

  /** Whether {@code value[i]} is a high surrogate followed by a low one. */
  private static boolean isPairAt(String value, int i) {
    return Character.isHighSurrogate(value.charAt(i))
        && i + 1 < value.length()
        && Character.isLowSurrogate(value.charAt(i + 1));
  }
}
