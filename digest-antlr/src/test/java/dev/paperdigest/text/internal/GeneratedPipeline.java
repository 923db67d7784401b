package dev.paperdigest.text.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/** The generated lexer and parser, run the textbook way over a whole input. */
final class GeneratedPipeline {
  private GeneratedPipeline() {}

  /** The generated lexer over {@code bytes}, decoded as ANTLR decodes UTF-8. */
  static DigestLexer lexer(byte[] bytes) {
    try {
      DigestLexer lexer = new DigestLexer(CharStreams.fromStream(new ByteArrayInputStream(bytes)));
      lexer.removeErrorListeners();
      return lexer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parser fed by the generated lexer, with ANTLR's own error handling. */
  static DigestParser parser(byte[] bytes) {
    DigestParser parser = new DigestParser(new CommonTokenStream(lexer(bytes)));
    parser.removeErrorListeners();
    return parser;
  }

  /** Every token of {@code source}, up to and including EOF. */
  static List<Token> tokens(TokenSource source) {
    List<Token> tokens = new ArrayList<>();
    Token token;
    do {
      token = source.nextToken();
      tokens.add(token);
    } while (token.getType() != Token.EOF);
    return tokens;
  }
}
