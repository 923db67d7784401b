package dev.paperdigest.json.internal;

import java.util.Collections;
import java.util.List;

/**
 * Where in a JSON document a problem is, taken from the parser's own nesting contexts, so that
 * reading keeps no path of its own. Paths are written in JSONPath (RFC 9535) normalized form, with
 * dot notation for names that are identifiers: {@code $.papers[2].tags[0]}, {@code $[1].date},
 * {@code $['odd key']}.
 */
public final class JsonPaths {
  private JsonPaths() {}

  /**
   * The path to a problem: {@code innermostFirst}, the steps an adapter took from its parser's
   * nesting contexts, outermost first, then {@code key} and {@code index} when given ({@code null}
   * and {@code -1} when not). A step is a {@link String} name or an {@link Integer} index.
   *
   * @param innermostFirst reversed in place
   */
  public static List<Object> steps(List<Object> innermostFirst, String key, int index) {
    Collections.reverse(innermostFirst);
    if (key != null) {
      innermostFirst.add(key);
    }
    if (index >= 0) {
      innermostFirst.add(index);
    }
    return innermostFirst;
  }

  /** {@code steps} as a JSONPath from the root {@code $}. */
  public static String render(List<Object> steps) {
    StringBuilder path = new StringBuilder("$");
    for (Object step : steps) {
      if (step instanceof Integer) {
        path.append('[').append(step).append(']');
      } else if (isIdentifier((String) step)) {
        path.append('.').append(step);
      } else {
        path.append("['");
        appendEscaped(path, (String) step);
        path.append("']");
      }
    }
    return path.toString();
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !isIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isIdentifierStart(c) && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  /** RFC 9535 escaping inside a single-quoted name. */
  private static void appendEscaped(StringBuilder path, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case '\'' -> path.append("\\'");
        case '\\' -> path.append("\\\\");
        case '\b' -> path.append("\\b");
        case '\f' -> path.append("\\f");
        case '\n' -> path.append("\\n");
        case '\r' -> path.append("\\r");
        case '\t' -> path.append("\\t");
        default -> {
          if (c < 0x20) {
            path.append(String.format("\\u%04x", (int) c));
          } else {
            path.append(c);
          }
        }
      }
    }
  }
}
