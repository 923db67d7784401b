package dev.paperdigest.markdown;

import org.commonmark.parser.Parser;

/** Counts the documents commonmark-java parses with the parsers built from {@link #builder()}. */
final class ParseCounter {
  private int parses;

  /** A parser builder whose parsers count each parse here. */
  Parser.Builder builder() {
    return Parser.builder()
        .postProcessor(
            document -> {
              parses++;
              return document;
            });
  }

  int parses() {
    return parses;
  }
}
