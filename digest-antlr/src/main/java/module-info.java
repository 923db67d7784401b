/**
 * The plain-text digest format ({@code text}, {@code .txt}). Only {@code dev.paperdigest.text} is
 * exported; the grammar's generated classes and the reader and writer stay inside.
 */
module dev.paperdigest.text {
  requires dev.paperdigest.core;
  requires org.antlr.antlr4.runtime;

  exports dev.paperdigest.text;

  provides dev.paperdigest.core.DigestFormat with
      dev.paperdigest.text.TextFormat;
}
