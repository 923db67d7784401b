package dev.paperdigest.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import dev.paperdigest.core.spi.MessageText;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's messages for broken JSON, in people's words: what is wrong and what to write instead,
 * for the mistakes people and other programs make (a trailing comma, single quotes, Python's {@code
 * None}, a raw line break in a string). Jackson gives no code for its errors, only English text, so
 * its message is matched here, in one place; a message not recognised is passed on without its
 * Java-isms. JsonSyntaxMessagesTest pins every translation to the Jackson in use.
 */
final class JsonSyntax {
  private static final Pattern UNEXPECTED =
      Pattern.compile(
          "Unexpected character \\('.*?' \\(code (\\d+)[^)]*\\)\\): (.*)", Pattern.DOTALL);
  private static final Pattern CONTROL =
      Pattern.compile(
          "Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): has to be escaped.*"
              + " in (string value|name)");
  private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '(.*)': .*");
  private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '(.*)': .*");
  private static final Pattern ESCAPE =
      Pattern.compile("Unrecognized character escape '.*' \\(code (\\d+)\\)");
  private static final Pattern CLOSE_MISMATCH =
      Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*", Pattern.DOTALL);
  private static final Pattern CLOSE_NOTHING =
      Pattern.compile("Unexpected close marker '(.)': no open (Object|Array) to close.*");

  private static final String SINGLE_QUOTES =
      "JSON strings and keys are written in double quotes (`\"`), not single quotes";

  private JsonSyntax() {}

  /**
   * What is wrong, for people.
   *
   * @param e what Jackson threw
   * @param context where the parser is, to tell a trailing comma from a missing value
   * @param input what ends when the input ends early: {@code input}, or {@code line} in JSON Lines
   */
  static String describe(JsonProcessingException e, JsonStreamContext context, String input) {
    String jackson = withoutJavaisms(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return "over a limit of the format: " + jackson;
    }
    if (jackson.startsWith("Unexpected end-of-input")) {
      return endedEarly(jackson, input);
    }
    Matcher m = UNEXPECTED.matcher(jackson);
    if (m.matches()) {
      String translated =
          unexpected(
              Integer.parseInt(m.group(1)), m.group(2), context != null && context.inArray());
      return translated != null ? translated : jackson;
    }
    if ((m = CONTROL.matcher(jackson)).matches()) {
      return control(
          Integer.parseInt(m.group(1)), m.group(2).equals("name") ? "a key" : "a string");
    }
    if ((m = UNRECOGNIZED.matcher(jackson)).matches()) {
      return switch (m.group(1)) {
        case "None" -> "`None` is not JSON; write null";
        case "True" -> "`True` is not JSON; write true";
        case "False" -> "`False` is not JSON; write false";
        case "undefined" -> "`undefined` is not JSON; leave the key out, or write null";
        default ->
            MessageText.quote(m.group(1))
                + " is not a JSON value; a string is written in double quotes";
      };
    }
    if ((m = NON_STANDARD.matcher(jackson)).matches()) {
      return MessageText.quote(m.group(1)) + " is not JSON, which has no NaN or Infinity";
    }
    if ((m = ESCAPE.matcher(jackson)).matches()) {
      return MessageText.quote("\\" + Character.toString(Integer.parseInt(m.group(1))))
          + " is not a JSON escape; JSON has `\\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`,"
          + " `\\t` and `\\uXXXX`";
    }
    if ((m = CLOSE_MISMATCH.matcher(jackson)).matches()) {
      return "expected "
          + MessageText.quote(m.group(2))
          + " to close the "
          + (m.group(2).equals("]") ? "array" : "object")
          + ", found "
          + MessageText.quote(m.group(1));
    }
    if ((m = CLOSE_NOTHING.matcher(jackson)).matches()) {
      return MessageText.quote(m.group(1))
          + " closes nothing: no "
          + m.group(2).toLowerCase(Locale.ROOT)
          + " is open here";
    }
    return jackson;
  }

  /**
   * Where the offending token begins. Jackson places most errors there, but a non-standard token
   * ({@code NaN}, {@code Infinity}) after it.
   *
   * @param e what Jackson threw, with its location
   * @return the location to report
   */
  static JsonLocation location(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    Matcher m = NON_STANDARD.matcher(e.getOriginalMessage());
    if (at == null || !m.matches() || at.getByteOffset() < m.group(1).length()) {
      return at;
    }
    int length = m.group(1).length();
    return new JsonLocation(
        ContentReference.unknown(),
        at.getByteOffset() - length,
        -1,
        at.getLineNr(),
        Math.max(1, at.getColumnNr() - length));
  }

  /** An unexpected character, {@code code}, where Jackson {@code expected} something else. */
  private static String unexpected(int code, String expected, boolean inArray) {
    if (code == 0xFEFF) {
      return "a byte-order mark (U+FEFF) may only come first in the input; remove this one";
    }
    String found = MessageText.quote(Character.toString(code));
    if (expected.startsWith("expected a value")) {
      if (code == ']' && inArray) {
        return "`]` follows a comma, but JSON allows no comma after the last element of an array;"
            + " remove the comma";
      }
      return code == '}'
          ? "a key has no value: expected a value before `}`"
          : "expected a value before " + found + "; is a value missing?";
    }
    if (expected.startsWith("was expecting double-quote to start field name")) {
      if (code == '}') {
        return "`}` follows a comma, but JSON allows no comma after the last entry of an object;"
            + " remove the comma";
      }
      if (code == '\'') {
        return SINGLE_QUOTES;
      }
      return Character.isLetter(code) || code == '_' || code == '$'
          ? "a key is written in double quotes: JSON has no unquoted keys"
          : "expected a key in double quotes, found " + found;
    }
    if (expected.startsWith("expected a valid value")) {
      return code == '\''
          ? SINGLE_QUOTES
          : "expected a value, found "
              + found
              + "; a value is a string in double quotes, a number, an object, an array, true,"
              + " false or null";
    }
    if (expected.startsWith("was expecting comma to separate Object entries")) {
      return "expected `,` or `}` after an entry of the object, found "
          + found
          + "; is a comma missing?";
    }
    if (expected.startsWith("was expecting comma to separate Array entries")) {
      return "expected `,` or `]` after an element of the array, found "
          + found
          + "; is a comma missing?";
    }
    if (expected.startsWith("was expecting a colon")) {
      return "expected `:` between the key and its value, found " + found;
    }
    if (expected.startsWith("Expected space separating root-level values")) {
      return "expected a digest object or an array of digests, found a number followed by " + found;
    }
    if (expected.contains("comment")) {
      return "JSON has no comments; remove the comment that begins here";
    }
    if (expected.startsWith("expected a hex-digit")) {
      return "a `\\u` escape takes four hex digits, found " + found;
    }
    return null;
  }

  /** A control character that {@code where} (a string or a key) holds as it is. */
  private static String control(int code, String where) {
    return switch (code) {
      case '\n' ->
          "a line break inside "
              + where
              + " is written `\\n`; or is the closing `\"` of the "
              + where.substring(2)
              + " missing?";
      case '\r' ->
          "a carriage return inside "
              + where
              + " is written `\\r`; or is the closing `\"` of the "
              + where.substring(2)
              + " missing?";
      case '\t' -> "a tab inside " + where + " is written `\\t`";
      default ->
          "the control character "
              + MessageText.codePointName(code)
              + " inside "
              + where
              + " is written "
              + MessageText.quote(String.format("\\u%04x", code));
    };
  }

  private static String endedEarly(String jackson, String input) {
    String what;
    if (jackson.contains("VALUE_STRING")) {
      what = "inside a string: its closing `\"` is missing";
    } else if (jackson.contains("field name")) {
      what = "inside a key: its closing `\"` is missing";
    } else if (jackson.contains("Object")) {
      what = "before the object is closed with `}`";
    } else if (jackson.contains("Array")) {
      what = "before the array is closed with `]`";
    } else {
      what = "too early";
    }
    return "the "
        + input
        + " ends "
        + what
        + (input.equals("line")
            ? "; a jsonl line holds one whole digest object"
            : "; is it truncated?");
  }

  /** Jackson's message without its references to Java classes and its byte-counted locations. */
  private static String withoutJavaisms(String message) {
    return message
        .replaceAll(" \\(start marker at \\[Source: [^\\]]*\\]\\)", "")
        .replaceAll(" \\(for (Object|Array) starting at \\[Source: [^\\]]*\\]\\)", "")
        .replaceAll(", from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`", "");
  }
}
