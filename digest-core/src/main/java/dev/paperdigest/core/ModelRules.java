package dev.paperdigest.core;

/** The checks {@link AbstractPaper} runs when a paper is built; each names the field it rejects. */
final class ModelRules {
  private ModelRules() {}

  static void requireNotBlank(String field, String value) {
    if (UnicodeText.isBlank(value)) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }

  /** A single line: no line break of any kind a format could split on. */
  static void requireLine(String field, String value) {
    requireWellFormed(field, value);
    int at = indexOfAny(value, '\n', '\r');
    if (at >= 0) {
      throw new IllegalArgumentException(field + " must be a single line, but has a line break at index " + at);
    }
  }

  /** Multi-line text: present means non-empty, lines separated by LF only. */
  static void requireText(String field, String value) {
    requireWellFormed(field, value);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty when present (leave it absent instead)");
    }
    int at = value.indexOf('\r');
    if (at >= 0) {
      throw new IllegalArgumentException(
          field + " has a carriage return at index " + at + ": lines are separated by \\n only");
    }
  }

  static void requireTag(String field, String tag) {
    requireWellFormed(field, tag);
    if (tag.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    for (int i = 0; i < tag.length(); ) {
      int cp = tag.codePointAt(i);
      if (UnicodeText.isWhitespace(cp)) {
        throw new IllegalArgumentException(
            field + " must not contain whitespace, but has U+" + hex(cp) + " at index " + i + ": \"" + tag + "\"");
      }
      i += Character.charCount(cp);
    }
  }

  private static void requireWellFormed(String field, String value) {
    int at = UnicodeText.indexOfLoneSurrogate(value);
    if (at >= 0) {
      throw new IllegalArgumentException(
          field + " has an unpaired surrogate U+" + hex(value.charAt(at)) + " at index " + at
              + ": it is not Unicode text");
    }
  }

  private static int indexOfAny(String value, char a, char b) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == a || c == b) {
        return i;
      }
    }
    return -1;
  }

  private static String hex(int cp) {
    return String.format("%04X", cp);
  }
}
