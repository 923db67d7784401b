/**
 * The plain-text digest format, registered as {@code text} ({@code .txt}); its entry point is
 * {@link dev.paperdigest.text.TextFormat}.
 *
 * <pre>{@code
 * DigestFormat text = DigestFormats.load().byName("text").orElseThrow();
 * Digest digest = text.reader().read(Path.of("examples/2024-10-10.txt"));
 * text.writer().write(digest, System.out);
 * }</pre>
 *
 * <p>The structure is an ANTLR 4 grammar ({@code DigestParser.g4}) over one token per line. The
 * line classes are specified by the lexer grammar {@code DigestLexer.g4}; the reader produces the
 * same tokens with a hand-written line classifier that reads UTF-8 bytes directly, because a
 * generated lexer is slow on Hangul text. The grammars, the generated lexer and parser and the
 * reader and writer live in {@code dev.paperdigest.text.internal}, which the module does not
 * export.
 */
package dev.paperdigest.text;
