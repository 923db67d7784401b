/**
 * The text format's reader and writer, the lexer and parser ANTLR generates from {@code
 * DigestLexer.g4} and {@code DigestParser.g4}, and the fast token source that stands in for the
 * generated lexer. Not part of the API: the module does not export this package, and its public
 * classes are public only because ANTLR makes them so or {@link dev.paperdigest.text.TextFormat}
 * needs them.
 *
 * <p>Reading goes: {@link dev.paperdigest.text.internal.LineSplitter} cuts bytes into numbered
 * lines, {@link dev.paperdigest.text.internal.LineDecoder} decodes each and diagnoses bytes that
 * are not UTF-8, {@link dev.paperdigest.text.internal.LineTokenSource} classifies it into a token
 * ({@link dev.paperdigest.text.internal.LineClassifier}), {@link
 * dev.paperdigest.text.internal.LineTokens} cuts off a date glued to the end of a line, {@link
 * dev.paperdigest.text.internal.TextDigestIterator} cuts digests and entries, {@link
 * dev.paperdigest.text.internal.EntryParser} parses each entry, and {@link
 * dev.paperdigest.text.internal.DigestAssembler} builds the papers.
 */
package dev.paperdigest.text.internal;
