package dev.paperdigest.examples.tsv;

import dev.paperdigest.core.PaperField;
import java.util.List;

/**
 * The columns of a row and the escapes inside a value: shared by the reader and the writer, so that
 * the two cannot drift apart.
 */
final class TsvLayout {
  /** The first line of every file the writer writes; the reader skips it. */
  static final String HEADER = "date\ttitle\tauthors\tabstract\tcomment\ttranslation\ttags";

  /** What each column after the date holds. */
  static final List<PaperField> COLUMNS =
      List.of(
          PaperField.TITLE,
          PaperField.AUTHORS,
          PaperField.ABSTRACT,
          PaperField.COMMENT,
          PaperField.TRANSLATION,
          PaperField.TAGS);

  /** Between two authors in the authors column. */
  static final String AUTHOR_SEPARATOR = "; ";

  private TsvLayout() {}

  /** {@code value} with its backslashes, tabs and line feeds written as {@code \\ \t \n}. */
  static void appendEscaped(StringBuilder row, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> row.append("\\\\");
        case '\t' -> row.append("\\t");
        case '\n' -> row.append("\\n");
        default -> row.append(c);
      }
    }
  }

  /**
   * {@code cell} with its escapes undone.
   *
   * @return the value, or {@code null} when a backslash starts no escape; {@code badEscape[0]} then
   *     holds its index in {@code cell}
   */
  static String unescape(String cell, int[] badEscape) {
    if (cell.indexOf('\\') < 0) {
      return cell;
    }
    StringBuilder value = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char next = i + 1 < cell.length() ? cell.charAt(i + 1) : ' ';
      switch (next) {
        case '\\' -> value.append('\\');
        case 't' -> value.append('\t');
        case 'n' -> value.append('\n');
        default -> {
          badEscape[0] = i;
          return null;
        }
      }
      i++;
    }
    return value.toString();
  }
}
