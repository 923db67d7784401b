package dev.paperdigest.core;

/**
 * The checks {@link AbstractPaper} runs when a paper is built; each names the field it rejects.
 *
 * <p>Every reader builds papers from strings it has just decoded, so each string is scanned once,
 * for all of its rules together.
 */
final class ModelRules {
  private ModelRules() {}

  static void requireNotBlank(String field, String value) {
    if (UnicodeText.isBlank(value)) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }

  /** A single line: no line break of any kind a format could split on. */
  static void requireLine(String field, String value) {
    int at = scan(field, value, true);
    if (at >= 0) {
      throw new IllegalArgumentException(
          field + " must be a single line, but has a line break at index " + at);
    }
  }

  /** Multi-line text: present means non-empty, lines separated by LF only. */
  static void requireText(String field, String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(
          field + " must not be empty when present (leave it absent instead)");
    }
    int at = scan(field, value, false);
    if (at >= 0) {
      throw new IllegalArgumentException(
          field + " has a carriage return at index " + at + ": lines are separated by \\n only");
    }
  }

  static void requireTag(String field, String tag) {
    if (tag.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    for (int i = 0; i < tag.length(); ) {
      int cp = tag.codePointAt(i);
      if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        throw unpairedSurrogate(field, tag, i);
      }
      if (UnicodeText.isWhitespace(cp)) {
        throw new IllegalArgumentException(
            field
                + " must not contain whitespace, but has U+"
                + hex(cp)
                + " at index "
                + i
                + ": \""
                + tag
                + "\"");
      }
      i += Character.charCount(cp);
    }
  }

  /**
   * The index of the first carriage return in {@code value} (or line feed, when {@code
   * singleLine}), or -1; an unpaired surrogate before it is thrown as not Unicode text.
   */
  private static int scan(String field, String value, boolean singleLine) {
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c == '\r' || (singleLine && c == '\n')) {
        return i;
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          throw unpairedSurrogate(field, value, i);
        }
      }
    }
    return -1;
  }

  private static IllegalArgumentException unpairedSurrogate(String field, String value, int at) {
    return new IllegalArgumentException(
        field
            + " has an unpaired surrogate U+"
            + hex(value.charAt(at))
            + " at index "
            + at
            + ": it is not Unicode text");
  }

  private static String hex(int cp) {
    return String.format("%04X", cp);
  }
}
