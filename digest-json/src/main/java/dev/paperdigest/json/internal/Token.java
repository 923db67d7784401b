package dev.paperdigest.json.internal;

/**
 * A JSON token as {@link DigestTokenReader} tells them apart; the end of the input is {@code null}.
 */
public enum Token {
  /** {@code {} */
  START_OBJECT,
  /** {@code }} */
  END_OBJECT,
  /** {@code [} */
  START_ARRAY,
  /** {@code ]} */
  END_ARRAY,
  /** A key of an object. */
  KEY,
  /** A string value. */
  STRING,
  /** A number, integer or not. */
  NUMBER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** {@code null} */
  NULL,
  /** Anything else a parser may give: an embedded object, or no token yet. */
  OTHER;

  /** The token in words, for messages: {@code an array}, {@code a string}, ... */
  public static String describe(Token t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case END_OBJECT -> "}";
      case START_ARRAY -> "an array";
      case END_ARRAY -> "]";
      case KEY -> "a key";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case OTHER -> "a value that is not JSON";
    };
  }
}
