package dev.paperdigest.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * The floor for any line-oriented reader of the text format: decode UTF-8, split lines, and
 * classify each line as a date, authors, tags, Hangul or other line. It builds no model and checks
 * nothing beyond what the classification needs, so no parser that does the same work and more can
 * beat it; the text reader's MB/s is measured against it.
 */
final class LineScan {
  static final int DATE = 0;
  static final int AUTHORS = 1;
  static final int TAGS = 2;
  static final int HANGUL = 3;
  static final int OTHER = 4;

  private LineScan() {}

  /** The number of lines of each kind, indexed by {@link #DATE} .. {@link #OTHER}. */
  static int[] scan(byte[] text) {
    int[] counts = new int[5];
    int start = 0;
    while (start < text.length) {
      int end = start;
      while (end < text.length && text[end] != '\n') {
        end++;
      }
      int contentEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
      counts[classify(new String(text, start, contentEnd - start, StandardCharsets.UTF_8))]++;
      start = end + 1;
    }
    return counts;
  }

  static int classify(String line) {
    if (isDateLine(line)) {
      return DATE;
    }
    if (isTagLine(line)) {
      return TAGS;
    }
    if (line.length() >= 2 && line.charAt(0) == '(' && line.charAt(line.length() - 1) == ')') {
      return AUTHORS;
    }
    for (int i = 0; i < line.length(); i++) {
      if (isHangul(line.charAt(i))) {
        return HANGUL;
      }
    }
    return OTHER;
  }

  /** {@code YYYY년 M월 D일}: digits, then each unit, single spaces between. */
  private static boolean isDateLine(String line) {
    int i = digits(line, 0);
    if (i < 0 || !at(line, i, '년') || !at(line, i + 1, ' ')) {
      return false;
    }
    i = digits(line, i + 2);
    if (i < 0 || !at(line, i, '월') || !at(line, i + 1, ' ')) {
      return false;
    }
    i = digits(line, i + 2);
    return i >= 0 && at(line, i, '일') && i + 1 == line.length();
  }

  /** The index after a run of at least one ASCII digit starting at {@code from}, or -1. */
  private static int digits(String line, int from) {
    int i = from;
    while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
      i++;
    }
    return i > from ? i : -1;
  }

  private static boolean at(String line, int index, char expected) {
    return index < line.length() && line.charAt(index) == expected;
  }

  /** Every space-separated token starts with '#' and has more after it. */
  private static boolean isTagLine(String line) {
    if (line.isEmpty() || line.charAt(0) != '#') {
      return false;
    }
    boolean tokenStart = true;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        if (tokenStart) {
          return false;
        }
        tokenStart = true;
      } else if (tokenStart) {
        if (c != '#' || i + 1 == line.length() || line.charAt(i + 1) == ' ') {
          return false;
        }
        tokenStart = false;
      }
    }
    return !tokenStart;
  }

  /** Syllables, jamo and compatibility jamo: the blocks a Korean comment is written in. */
  private static boolean isHangul(char c) {
    return (c >= '\uAC00' && c <= '\uD7A3')
        || (c >= '\u1100' && c <= '\u11FF')
        || (c >= '\u3130' && c <= '\u318F')
        || (c >= '\uA960' && c <= '\uA97F')
        || (c >= '\uD7B0' && c <= '\uD7FF');
  }
}
