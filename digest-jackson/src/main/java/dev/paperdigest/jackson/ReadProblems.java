package dev.paperdigest.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Where {@link DigestTokenReader} sends what is wrong with its input. The formats collect every
 * problem of a digest as diagnostics and read on; {@link DigestModule} throws the first as a
 * Jackson exception, which is how a user's {@code ObjectMapper} reports errors.
 */
abstract class ReadProblems {

  /** What sort of problem, so that a Jackson exception of the matching type can be thrown. */
  enum Kind {
    /** A key the shape does not have. */
    UNKNOWN_KEY,
    /** The right JSON type holding a value the model refuses, such as a blank title. */
    INVALID_VALUE,
    /** The wrong JSON type, a missing or repeated key, {@code null}. */
    MISMATCH
  }

  /**
   * One problem.
   *
   * @param kind what sort of problem
   * @param type the Java type being read, or the type that owns an unknown key
   * @param value the refused value, or the unknown key; may be {@code null}
   * @param at where in the input
   * @param key a key to append to the parser's current path, or {@code null}
   * @param index an index to append after {@code key}, or {@code -1}
   * @param message what is wrong, for people; it includes the model's own reason
   */
  record Problem(
      Kind kind,
      Class<?> type,
      Object value,
      JsonLocation at,
      String key,
      int index,
      String message) {}

  /** Reports {@code problem}; returns if reading should go on, throws if it should stop. */
  abstract void report(JsonParser parser, Problem problem) throws IOException;

  /** How many problems have been reported so far. */
  abstract int count();
}
