package dev.paperdigest.markdown;

import dev.paperdigest.core.UnicodeText;

/**
 * Writes text so that CommonMark reads back exactly its characters and turns none of them into
 * markup. Backslash escapes and numeric character references are both decoded by the parser into
 * plain text, so the reader needs no unescaping of its own.
 *
 * <ul>
 *   <li>Characters that start inline markup anywhere ({@code \ ` * _ [ ] < &}) and those GitHub
 *       adds to CommonMark ({@code | ~ $}: tables, strikethrough, math) get a backslash. Headings
 *       also escape every {@code #}, which could close them.
 *   <li>A line's first character gets a backslash when it would start a block: {@code # - + = >}
 *       (headings, lists, rules, setext underlines, quotes) and the {@code .} or {@code )} after
 *       leading digits (ordered lists). Everything else that can start a block already begins with
 *       an escaped character.
 *   <li>Whitespace at either end of a line becomes a numeric character reference such as {@code
 *       &#32;}: CommonMark strips spaces and tabs there, four of them make a code block, and any
 *       Unicode space next to {@code *} stops it from emphasising an author's name.
 * </ul>
 *
 * <p>The one code point Markdown cannot carry is U+0000, which parsers replace with U+FFFD; callers
 * refuse it before escaping.
 */
final class MarkdownEscaping {
  private MarkdownEscaping() {}

  /**
   * Appends {@code text[from, to)}, one line, escaped for inline content.
   *
   * @param inHeading whether the line is a heading's content, where {@code #} also needs escaping
   */
  static void appendLine(
      StringBuilder out, CharSequence text, int from, int to, boolean inHeading) {
    if (from == to) {
      return;
    }
    int last = to - 1;
    boolean trailingSpace = isEdgeSpace(text.charAt(last));
    int i = from;
    if (isEdgeSpace(text.charAt(from))) {
      appendReference(out, text.charAt(from));
      i++;
    } else {
      i = appendBlockStart(out, text, from, to);
    }
    int end = trailingSpace && last >= i ? last : to;
    for (; i < end; i++) {
      char c = text.charAt(i);
      if (needsBackslash(c) || (inHeading && c == '#')) {
        out.append('\\');
      }
      out.append(c);
    }
    if (end < to) {
      appendReference(out, text.charAt(last));
    }
  }

  /**
   * Appends {@code content} as a code span: a backtick fence longer than any backtick run inside,
   * and a space inside each fence when the content ends with a backtick (CommonMark takes one such
   * space off each side). Code spans need no other escaping.
   */
  static void appendCodeSpan(StringBuilder out, String content) {
    int fence = longestBacktickRun(content) + 1;
    boolean padded = content.startsWith("`") || content.endsWith("`");
    appendBackticks(out, fence);
    if (padded) {
      out.append(' ');
    }
    out.append(content);
    if (padded) {
      out.append(' ');
    }
    appendBackticks(out, fence);
  }

  /**
   * Escapes what would open a block at the start of a line and returns the index of the first
   * character not yet written.
   */
  private static int appendBlockStart(StringBuilder out, CharSequence text, int from, int to) {
    char first = text.charAt(from);
    switch (first) {
      case '#':
      case '-':
      case '+':
      case '=':
      case '>':
        out.append('\\').append(first);
        return from + 1;
      default:
        break;
    }
    int digits = from;
    while (digits < to && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
      digits++;
    }
    if (digits > from
        && digits < to
        && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
      out.append(text, from, digits).append('\\').append(text.charAt(digits));
      return digits + 1;
    }
    return from;
  }

  private static boolean needsBackslash(char c) {
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '&':
      case '|':
      case '~':
      case '$':
        return true;
      default:
        return false;
    }
  }

  /**
   * Unicode White_Space, which includes every character CommonMark strips or counts as whitespace
   * next to a delimiter; all of it lies in the BMP, so one UTF-16 unit decides.
   */
  private static boolean isEdgeSpace(char c) {
    return UnicodeText.isWhitespace(c);
  }

  private static void appendReference(StringBuilder out, char c) {
    out.append("&#").append((int) c).append(';');
  }

  private static int longestBacktickRun(String s) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private static void appendBackticks(StringBuilder out, int count) {
    for (int i = 0; i < count; i++) {
      out.append('`');
    }
  }
}
