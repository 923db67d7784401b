package dev.paperdigest.text.internal;

/**
 * Something wrong within one line, found while cutting the input into tokens: a byte that is not
 * UTF-8, a date line glued to the end of a line. It becomes a diagnostic of the digest that reads
 * the line.
 *
 * @param column where in the line, in code points from 1
 * @param message what is wrong, in people's words
 */
record LineProblem(long column, String message) {}
