package dev.paperdigest.json.internal;

import dev.paperdigest.core.PaperField;
import java.io.IOException;

/**
 * What {@link DigestTokenReader} tells about its input as it reads: the problems it finds, the
 * warnings, and where each part of a digest begins. The formats turn all of it into diagnostics and
 * locations and read on; each {@code DigestModule} throws the first problem as a Jackson exception,
 * which is how a user's {@code ObjectMapper} reports errors, and has no use for the rest.
 *
 * @param <S> the adapter of the parser, through which the listener reaches the parser's locations
 *     and contexts
 * @param <P> how the listener marks a place in the input: line and column in code points for the
 *     formats, Jackson's own location for the module
 */
public interface ReadEvents<S extends TokenSource, P> {

  /** What sort of problem, so that a Jackson exception of the matching type can be thrown. */
  enum Kind {
    /** A key the shape does not have. */
    UNKNOWN_KEY,
    /** The right JSON type holding a value the model refuses, such as a blank title. */
    INVALID_VALUE,
    /** The wrong JSON type, a missing or repeated key, {@code null} where a value is required. */
    MISMATCH
  }

  /**
   * One problem, or one warning.
   *
   * @param kind what sort of problem
   * @param type the Java type being read, or the type that owns an unknown key
   * @param value the refused value, or the unknown key; may be {@code null}
   * @param at where in the input
   * @param key a key to append to the parser's current path, or {@code null}
   * @param index an index to append after {@code key}, or {@code -1}
   * @param message what is wrong, for people
   * @param <P> as for {@link ReadEvents}
   */
  record Problem<P>(
      Kind kind, Class<?> type, Object value, P at, String key, int index, String message) {}

  /** The place where the parser's current token begins. */
  P place(S source);

  /** Reports {@code problem}; returns if reading should go on, throws if it should stop. */
  void problem(S source, Problem<P> problem) throws IOException;

  /**
   * Reports input that reads, but probably not as its writer meant, found by the rule whose stable
   * id is {@code code} (lint selects and silences it by that id).
   */
  void warning(S source, Problem<P> warning, String code);

  /** Paper {@code paper} of the digest being read begins at {@code at}. */
  void paperBegins(int paper, P at);

  /**
   * The value of {@code field} of paper {@code paper} begins at {@code at}: the field's own value
   * when {@code element} is -1, else that element of a list field.
   */
  void valueBegins(int paper, PaperField field, int element, P at);
}
