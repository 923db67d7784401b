package dev.paperdigest.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperdigest.core.DigestFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of Jackson's syntax errors that {@link JsonSyntax} words for people, at the place Jackson
 * gives: {@code ¦} marks it in the input (and is taken out before reading).
 */
class JsonSyntaxMessagesTest {
  private static final DigestFormat JSON = new JsonDigestFormat();

  static Stream<Arguments> brokenJson() {
    return Stream.of(
        Arguments.of(
            "{\"date\":\"2024-10-10\",\"papers\":[]}¦}",
            "$: `}` closes nothing: no object is open here"),
        Arguments.of(
            "{\"date\":\"2024-10-10\",\"papers\":[¦}",
            "$.papers: expected `]` to close the array, found `}`"),
        Arguments.of(
            "{\"date\" ¦\"2024-10-10\"}",
            "$.date: expected `:` between the key and its value, found `\"`"),
        Arguments.of(
            "{\"date\":\"\\u12¦G4\"}", "$.date: a `\\u` escape takes four hex digits, found `G`"),
        Arguments.of(
            "2024¦-10-10",
            "$: expected a digest object or an array of digests, found a number followed by `-`"),
        Arguments.of(
            "{\"date\":\"2024¦\r10\"}",
            "$.date: a carriage return inside a string is written `\\r`; or is the closing `\"` of"
                + " the string missing?"),
        Arguments.of(
            "{\"date\":\"2024¦\u000110\"}",
            "$.date: the control character U+0001 inside a string is written `\\u0001`"),
        Arguments.of(
            "{\"da¦\nte\":1}",
            "$: a line break inside a key is written `\\n`; or is the closing `\"` of the key"
                + " missing?"),
        Arguments.of("[¦,]", "$[0]: expected a value before `,`; is a value missing?"),
        Arguments.of("{\"date\":¦}", "$.date: a key has no value: expected a value before `}`"),
        Arguments.of(
            "{\"date\": ¦'2024-10-10'}",
            "$.date: JSON strings and keys are written in double quotes (`\"`), not single quotes"),
        Arguments.of("{¦,}", "$: expected a key in double quotes, found `,`"),
        Arguments.of(
            "{\"date\": ¦#x}",
            "$.date: expected a value, found `#`; a value is a string in double quotes, a number,"
                + " an object, an array, true, false or null"),
        Arguments.of(
            "{\"date\": ¦hello}",
            "$.date: `hello` is not a JSON value; a string is written in double quotes"),
        Arguments.of("{\"date\": ¦False}", "$.date: `False` is not JSON; write false"),
        Arguments.of(
            "{\"date\": ¦-Infinity}",
            "$.date: `-Infinity` is not JSON, which has no NaN or Infinity"),
        Arguments.of(
            "{\"date\":\"2024-10-10\"¦",
            "$.date: the input ends before the object is closed with `}`; is it truncated?"),
        Arguments.of(
            "{\"da¦",
            "$: the input ends inside a key: its closing `\"` is missing; is it truncated?"),
        Arguments.of(
            "{\"date\":\"2024-10-10\",\"papers\":[¦",
            "$.papers: the input ends before the array is closed with `]`; is it truncated?"),
        Arguments.of(
            "{\"date\":\"2024-10-10\",\"papers\":[]}¦\uFEFF",
            "$: a byte-order mark (U+FEFF) may only come first in the input; remove this one"),
        Arguments.of(
            "{\"date\": 0¦1}", "$.date: Invalid numeric value: Leading zeroes not allowed"));
  }

  @ParameterizedTest
  @MethodSource("brokenJson")
  void brokenJsonIsWordedForPeople(String marked, String message) {
    int column = marked.codePointCount(0, marked.indexOf('¦')) + 1;
    String json = marked.replace("¦", "");
    List<String> found = JsonFromOtherProgramsTest.problems(JSON, json, "in");
    assertEquals(List.of("in:1:" + column + ": error: " + message), found);
  }
}
